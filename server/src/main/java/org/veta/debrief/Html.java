package org.veta.debrief;

/** Escaping for HTML text and attribute values. */
final class Html {
  private Html() {}

  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters have no place in a page (names are cleaned by the server already).
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  static String attr(String s) {
    return text(s);
  }

  /** An id made of letters, digits, '-' and '_' only. */
  static String id(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
