package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed line split into words as a shell would: "double" or 'single' quotes keep spaces in a
 * word, and may sit inside one (move="decree size=0.2" is the word move=decree size=0.2). Inside
 * double quotes \" and \\ are a quote and a backslash; elsewhere a backslash is just a backslash,
 * so Windows paths type as they read. Each word remembers where it is, so a command can take "the
 * rest of the line" as typed (a message keeps its own quotes, apostrophes and spacing).
 */
final class Words {
  /** A word, unquoted, and where it starts and ends in the line. */
  record Word(String text, int start, int end, boolean quoted) {}

  private Words() {}

  /** @throws IllegalArgumentException for an unclosed quote, with a sentence saying so */
  static List<Word> split(String line) {
    return split(line, Integer.MAX_VALUE);
  }

  /**
   * The first count words only, the rest of the line unread: for commands whose last argument is
   * free text, where an apostrophe ("don't") is not a quote.
   */
  static List<Word> split(String line, int count) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n && words.size() < count) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      boolean quoted = false;
      StringBuilder text = new StringBuilder();
      while (i < n && !Character.isWhitespace(line.charAt(i))) {
        char c = line.charAt(i);
        if (c == '"' || c == '\'') {
          quoted = true;
          int close = i + 1;
          while (close < n && line.charAt(close) != c) {
            if (c == '"' && line.charAt(close) == '\\' && close + 1 < n
                && (line.charAt(close + 1) == '"' || line.charAt(close + 1) == '\\')) {
              close++;
            }
            text.append(line.charAt(close));
            close++;
          }
          if (close >= n) {
            throw new IllegalArgumentException("The line has a " + (c == '"' ? "double" : "single")
                + " quote that is never closed.");
          }
          i = close + 1;
        } else {
          text.append(c);
          i++;
        }
      }
      words.add(new Word(text.toString(), start, i, quoted));
    }
    return words;
  }

  /** The words' texts. */
  static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }

  /**
   * The line after the first count words, as typed (see split(line, count)); the text inside the
   * quotes when it is one quoted word and nothing else.
   */
  static String after(String line, int count) {
    List<Word> head = split(line, count);
    String rest = head.size() < count ? "" : line.substring(head.get(head.size() - 1).end()).strip();
    if (rest.length() >= 2 && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
      try {
        List<Word> whole = split(rest);
        if (whole.size() == 1 && whole.get(0).end() == rest.length() && whole.get(0).start() == 0
            && rest.charAt(rest.length() - 1) == rest.charAt(0)) {
          return whole.get(0).text();
        }
      } catch (IllegalArgumentException e) {
        // an apostrophe, not a quote: the text as typed
      }
    }
    return rest;
  }
}
