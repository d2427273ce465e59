package org.veta.session;

import java.security.SecureRandom;

/**
 * Join codes people can read aloud and type: letters and digits without the ones that look alike
 * (0/O, 1/I/L). Eight characters from 31 give 31^8 = 8.5e11 codes, about 39.6 bits; the server
 * refuses joins from an address that sent too many wrong codes (org.veta.net.AddressLimits).
 */
final class JoinCodes {
  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private final SecureRandom random = new SecureRandom();

  synchronized String next() {
    char[] code = new char[8];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** Codes are typed by people: accept lower case and stray spaces or dashes. */
  static String normalize(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }
}
