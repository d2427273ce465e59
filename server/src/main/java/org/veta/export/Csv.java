package org.veta.export;

import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled. An empty field is a missing value (null, NaN).
 */
final class Csv {
  private Csv() {}

  static String table(List<String> columns, List<Map<String, Object>> rows) {
    StringBuilder out = new StringBuilder(64 * 1024);
    row(out, columns.stream().map(c -> (Object) c).toList());
    for (Map<String, Object> r : rows) {
      row(out, columns.stream().map(r::get).toList());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(values.get(i)));
    }
    out.append("\r\n");
  }

  static String field(Object v) {
    String s;
    if (v == null) {
      s = "";
    } else if (v instanceof Boolean b) {
      s = b ? "true" : "false";
    } else if (v instanceof Integer || v instanceof Long) {
      s = v.toString();
    } else if (v instanceof Number n) {
      s = Values.number(n.doubleValue());
    } else {
      s = v.toString();
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
