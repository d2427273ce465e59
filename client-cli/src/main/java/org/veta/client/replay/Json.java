package org.veta.client.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The little JSON the notes file needs: objects (kept in order), arrays, strings, numbers, booleans
 * and null. The client has no JSON library and the notes file is too small to want one.
 */
final class Json {
  private Json() {}

  /** Text that is not JSON, with where it went wrong. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /** Objects become LinkedHashMaps, arrays ArrayLists, numbers Doubles or Longs. */
  static Object parse(String text) throws Malformed {
    Parser parser = new Parser(text);
    parser.space();
    Object value = parser.value();
    parser.space();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected text after the end");
    }
    return value;
  }

  /** Indented two spaces, one member per line: a person can read and diff it. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
          : String.format(Locale.ROOT, "%s", d));
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append("  ".repeat(indent + 1));
        string(out, String.valueOf(e.getKey()));
        out.append(": ");
        write(out, e.getValue(), indent + 1);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append("  ".repeat(indent)).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append("  ".repeat(indent + 1));
        write(out, list.get(i), indent + 1);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append("  ".repeat(indent)).append(']');
    } else {
      string(out, value.toString());
    }
  }

  private static void string(StringBuilder out, String s) {
    org.veta.simulation.Json.string(out, s);
  }

  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Malformed error(String what) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.min(pos, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new Malformed(what + " at line " + line + ", column " + column);
    }

    void space() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    Object value() throws Malformed {
      if (pos >= text.length()) {
        throw error("the text ends where a value should be");
      }
      char c = text.charAt(pos);
      if (c == '{') {
        return object();
      }
      if (c == '[') {
        return array();
      }
      if (c == '"') {
        return string();
      }
      if (text.startsWith("true", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (text.startsWith("false", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      if (text.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      if (c == '-' || Character.isDigit(c)) {
        return number();
      }
      throw error("unexpected '" + c + "'");
    }

    Map<String, Object> object() throws Malformed {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      space();
      if (peek('}')) {
        pos++;
        return map;
      }
      while (true) {
        space();
        if (!peek('"')) {
          throw error("a member's name must be a string");
        }
        String key = string();
        space();
        expect(':');
        space();
        map.put(key, value());
        space();
        if (peek(',')) {
          pos++;
          continue;
        }
        expect('}');
        return map;
      }
    }

    List<Object> array() throws Malformed {
      List<Object> list = new ArrayList<>();
      pos++;
      space();
      if (peek(']')) {
        pos++;
        return list;
      }
      while (true) {
        space();
        list.add(value());
        space();
        if (peek(',')) {
          pos++;
          continue;
        }
        expect(']');
        return list;
      }
    }

    String string() throws Malformed {
      pos++;
      StringBuilder out = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("a \\u escape is cut short");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("a \\u escape is not hexadecimal");
            }
            pos += 4;
          }
          default -> out.append(e);
        }
      }
      throw error("a string is not closed");
    }

    Object number() throws Malformed {
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String n = text.substring(start, pos);
      try {
        if (n.matches("-?\\d{1,18}")) {
          return Long.parseLong(n);
        }
        return Double.parseDouble(n);
      } catch (NumberFormatException e) {
        pos = start;
        throw error("'" + n + "' is not a number");
      }
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) throws Malformed {
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }
  }
}
