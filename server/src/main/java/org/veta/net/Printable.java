package org.veta.net;

/**
 * Text a client chose, made safe to echo into a log line or back to a terminal: no control
 * characters or escape sequences, and not longer than a line.
 */
final class Printable {
  private Printable() {}

  static String of(String raw, int max) {
    String clean = raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    return clean.length() <= max ? clean : clean.substring(0, max) + "...";
  }
}
