package org.veta.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as JSON. Numbers are written as JSON numbers
 * with up to six decimals, so outside tools read them without surprises.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0, true);
    return out.toString();
  }

  /** One line, for JSON Lines output. */
  public static String writeCompact(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0, false);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int indent, boolean pretty) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number n) {
      number(out, n.doubleValue());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        newline(out, indent + 1, pretty);
        string(out, String.valueOf(e.getKey()));
        out.append(pretty ? ": " : ":");
        write(out, e.getValue(), indent + 1, pretty);
      }
      if (!map.isEmpty()) {
        newline(out, indent, pretty);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        newline(out, indent + 1, pretty);
        write(out, list.get(i), indent + 1, pretty);
      }
      if (!list.isEmpty()) {
        newline(out, indent, pretty);
      }
      out.append(']');
    } else {
      string(out, value.toString());
    }
  }

  private static void number(StringBuilder out, double d) {
    if (!Double.isFinite(d)) {
      out.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      out.append((long) d);
    } else {
      String s = String.format(Locale.ROOT, "%.6f", d);
      s = s.replaceAll("0+$", "");
      out.append(s.endsWith(".") ? s + "0" : s);
    }
  }

  private static void newline(StringBuilder out, int indent, boolean pretty) {
    if (pretty) {
      out.append('\n').append("  ".repeat(indent));
    }
  }

  /**
   * Appends a JSON string literal: quotes, backslashes and control characters escaped, and the
   * two line separators that JavaScript reads as line ends. Shared by every JSON veta writes.
   */
  public static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
