package org.veta.export;

import java.util.Locale;
import java.util.Map;

/**
 * One JSON object per line (JSON Lines): strings, numbers (see {@link Values}), booleans and null.
 * Written by hand: the export needs no more of JSON than this.
 */
final class JsonLines {
  private JsonLines() {}

  static String object(Map<String, Object> row) {
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      string(out, e.getKey());
      out.append(':');
      value(out, e.getValue());
    }
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Boolean b) {
      out.append(b);
    } else if (v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Number n) {
      String s = Values.number(n.doubleValue());
      out.append(s.isEmpty() ? "null" : s);
    } else {
      string(out, v.toString());
    }
  }

  private static void string(StringBuilder out, String s) {
    org.veta.simulation.Json.string(out, s);
  }
}
