package org.veta.facilitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The secret a facilitator's console presents in its Hello: 128 random bits, written in 26
 * characters of Crockford's base 32 (no look-alike letters) in groups, so it can be read aloud or
 * typed from a projector. Compared in constant time.
 */
public final class FacilitatorKey {
  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String key;

  private FacilitatorKey(String key) {
    this.key = key;
  }

  /** A new random key. */
  public static FacilitatorKey generate() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int held = 0;
    int written = 0;
    for (byte b : bits) {
      buffer = (buffer << 8) | (b & 0xff);
      held += 8;
      while (held >= 5) {
        out.append(ALPHABET[(buffer >> (held - 5)) & 31]);
        held -= 5;
        if (++written % 5 == 0) {
          out.append('-');
        }
      }
    }
    out.append(ALPHABET[(buffer << (5 - held)) & 31]);
    return new FacilitatorKey(out.toString());
  }

  /** A key given by the operator (from --facilitator-key-file). */
  public static FacilitatorKey of(String key) {
    return new FacilitatorKey(key.strip());
  }

  /** Whether a presented key is this one; in constant time, so timing tells a guesser nothing. */
  public boolean matches(String presented) {
    return MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
        presented.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** The key itself, to print once at start. */
  public String reveal() {
    return key;
  }

  @Override
  public String toString() {
    return "FacilitatorKey(hidden)";
  }
}
