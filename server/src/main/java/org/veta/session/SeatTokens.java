package org.veta.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Seat tokens: 128 random bits, the key a person's client keeps to take its seat back after a
 * dropped connection. Compared in constant time; logs keep only their SHA-256.
 */
final class SeatTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SeatTokens() {}

  static String next() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return HexFormat.of().formatHex(bits);
  }

  /** How a logged rejoin names the token: by its fingerprint, never the token itself. */
  static final String FINGERPRINT = "sha256:";

  /**
   * Whether a presented token is the one whose fingerprint the seat keeps; constant time. A table
   * being rebuilt from its log also takes the logged form, the fingerprint itself.
   */
  static boolean opens(String fingerprint, String presented, boolean fromLog) {
    String presentedPrint = fromLog && presented.startsWith(FINGERPRINT)
        ? presented.substring(FINGERPRINT.length()) : fingerprint(presented);
    return !fingerprint.isEmpty() && MessageDigest.isEqual(
        fingerprint.getBytes(StandardCharsets.US_ASCII),
        presentedPrint.getBytes(StandardCharsets.US_ASCII));
  }

  static String fingerprint(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
