package org.veta.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fitting words into columns. Widths count characters: the texts are Latin-script. */
public final class Text {
  private Text() {}

  /** The text cut to width, marked with an ellipsis when something was cut. */
  public static String fit(String text, int width, Glyphs glyphs) {
    if (text.length() <= width) {
      return text;
    }
    int keep = Math.max(0, width - glyphs.ellipsis().length());
    return text.substring(0, keep) + glyphs.ellipsis().substring(0, Math.min(width, glyphs.ellipsis().length()));
  }

  public static String padRight(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  public static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  /** Word-wrapped lines of at most width characters; long words are cut. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        while (word.length() > width) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (!word.isEmpty()) {
          line.append(line.length() > 0 ? " " : "").append(word);
        }
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** Wrapped to at most maxLines; the last kept line ends in an ellipsis if text was dropped. */
  public static List<String> wrap(String text, int width, int maxLines, Glyphs glyphs) {
    List<String> lines = wrap(text, width);
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, Math.max(0, maxLines)));
    if (!kept.isEmpty()) {
      int last = kept.size() - 1;
      kept.set(last, fit(kept.get(last) + glyphs.ellipsis(), width, glyphs));
    }
    return kept;
  }

  /** A number as people read it: no trailing ".0", one decimal at most above 10. */
  public static String number(double value) {
    double abs = Math.abs(value);
    String text = abs >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : abs >= 1 ? String.format(Locale.ROOT, "%.2f", value)
        : String.format(Locale.ROOT, "%.3f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }

  /** A score as the scripts grep it: one decimal, always. */
  public static String score(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** "1:45 left", or "no deadline". */
  public static String timeLeft(long deadlineUnixMs, long nowUnixMs) {
    if (deadlineUnixMs <= 0) {
      return "no deadline";
    }
    long seconds = Math.max(0, (deadlineUnixMs - nowUnixMs + 999) / 1000);
    return String.format(Locale.ROOT, "%d:%02d left", seconds / 60, seconds % 60);
  }
}
