package org.veta.client.facilitate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as facilitators type them (90, 90s, 2m, 1m30s, 1h) and as the console shows them. */
final class Durations {
  /** The server takes phase lengths up to a day. */
  static final long MAX_SECONDS = 24 * 3600;
  static final String EXAMPLES = "90, 90s, 2m, 1m30s or 1h";
  private static final Pattern UNITS = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,6})s)?");

  private Durations() {}

  /**
   * Seconds. A bare number is seconds; otherwise hours, minutes and seconds in that order, each
   * with its unit (so "1h30" is refused rather than guessed).
   *
   * @throws IllegalArgumentException with a sentence naming the text
   */
  static long parseSeconds(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    long seconds;
    if (t.matches("\\d{1,6}")) {
      seconds = Long.parseLong(t);
    } else {
      Matcher m = UNITS.matcher(t);
      if (t.isEmpty() || !m.matches()) {
        throw new IllegalArgumentException("\"" + text + "\" is not a duration (try " + EXAMPLES + ").");
      }
      seconds = 3600 * number(m.group(1)) + 60 * number(m.group(2)) + number(m.group(3));
    }
    if (seconds > MAX_SECONDS) {
      throw new IllegalArgumentException("\"" + text + "\" is longer than a day, the longest a phase can last.");
    }
    return seconds;
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  /** "45s", "2m05s", "1h05m": what is left of a phase, rounded up to the second. */
  static String format(long millis) {
    long s = Math.max(0, (millis + 999) / 1000);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
