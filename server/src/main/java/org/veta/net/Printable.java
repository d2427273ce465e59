package org.veta.net;

import org.veta.session.Names;

/**
 * Text a client chose, made safe to echo into a log line or back to a terminal: no control
 * characters or escape sequences ({@link Names#printable}), and not longer than a line.
 */
final class Printable {
  private Printable() {}

  static String of(String raw, int max) {
    String clean = Names.printable(raw);
    return clean.length() <= max ? clean : clean.substring(0, max) + "...";
  }
}
