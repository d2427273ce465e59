package org.veta.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each element of a repeated scalar field is written.
 *
 * <p>TextFormat records one location per occurrence of a field name, but one occurrence may hold a
 * whole list ({@code gold_price: [1200, 1350, 0]}); to point at the bad element, rescan the text
 * from each occurrence. Positions are 0-based, as TextFormat's.
 */
final class ListElements {

  /** A 0-based line and column. */
  record Position(int line, int column) {}

  private final String text;
  private final int[] lineStarts;

  ListElements(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The element positions of a repeated scalar field, in order, given where each occurrence of its
   * name is. An occurrence without a list holds one element, positioned at the field name.
   */
  List<Position> elements(List<Position> occurrences) {
    List<Position> elements = new ArrayList<>();
    for (Position occurrence : occurrences) {
      if (occurrence.line() < 0 || occurrence.line() >= lineStarts.length) {
        elements.add(occurrence);
        continue;
      }
      int at = lineStarts[occurrence.line()] + occurrence.column();
      at = skipName(at);
      at = skipBlank(at);
      if (at < text.length() && text.charAt(at) == ':') {
        at = skipBlank(at + 1);
      }
      if (at < text.length() && text.charAt(at) == '[') {
        scanList(at + 1, elements);
      } else {
        elements.add(occurrence);
      }
    }
    return elements;
  }

  private void scanList(int at, List<Position> elements) {
    while (true) {
      at = skipBlank(at);
      if (at >= text.length() || text.charAt(at) == ']') {
        return;
      }
      elements.add(position(at));
      at = skipValue(at);
      at = skipBlank(at);
      if (at >= text.length() || text.charAt(at) != ',') {
        return;
      }
      at++;
    }
  }

  private int skipName(int at) {
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    return at;
  }

  /** Skips whitespace and # comments. */
  private int skipBlank(int at) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '#') {
        while (at < text.length() && text.charAt(at) != '\n') {
          at++;
        }
      } else if (Character.isWhitespace(c)) {
        at++;
      } else {
        return at;
      }
    }
    return at;
  }

  /** Skips one value: quoted strings (with escapes, possibly several adjacent) or a bare token. */
  private int skipValue(int at) {
    if (text.charAt(at) == '"' || text.charAt(at) == '\'') {
      while (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
        char quote = text.charAt(at++);
        while (at < text.length() && text.charAt(at) != quote && text.charAt(at) != '\n') {
          at += text.charAt(at) == '\\' ? 2 : 1;
        }
        at = skipBlank(Math.min(at + 1, text.length()));
      }
      return at;
    }
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ',' || c == ']' || c == '#' || Character.isWhitespace(c)) {
        return at;
      }
      at++;
    }
    return at;
  }

  private Position position(int offset) {
    int line = 0;
    int low = 0;
    int high = lineStarts.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (lineStarts[middle] <= offset) {
        line = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return new Position(line, offset - lineStarts[line]);
  }
}
