package org.veta.net;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's SHA-256 fingerprint as people read it aloud and type it: 32 bytes in upper-case
 * hex pairs joined by colons ("AB:CD:..."), as `veta serve` prints it and as openssl shows it
 * ({@code openssl x509 -noout -fingerprint -sha256}). Shared by the server and the client.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The SHA-256 fingerprint of the certificate's DER encoding. */
  public static String sha256(X509Certificate certificate) {
    try {
      return format(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot take the certificate's fingerprint", e);
    }
  }

  static String format(byte[] digest) {
    StringBuilder out = new StringBuilder(digest.length * 3);
    for (byte b : digest) {
      if (out.length() > 0) {
        out.append(':');
      }
      out.append(String.format(Locale.ROOT, "%02X", b & 0xff));
    }
    return out.toString();
  }

  /**
   * A fingerprint as a person typed it (any case; colons, spaces or dashes between the digits, or
   * none; an optional "SHA256:" or "SHA-256" in front), in the canonical form; empty if it is not
   * 64 hex digits.
   */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = typed.strip().toUpperCase(Locale.ROOT);
    for (String prefix : new String[] {"SHA-256", "SHA256"}) {
      if (text.startsWith(prefix)) {
        text = text.substring(prefix.length());
        break;
      }
    }
    String hex = text.replaceAll("[\\s:=-]", "");
    if (!hex.matches("[0-9A-F]{64}")) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    for (int i = 0; i < 32; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return Optional.of(format(bytes));
  }
}
