package org.veta.debrief;

import java.util.Locale;

/** Numbers for people: shares as percentages, signed changes in points, plain decimals. */
final class Numbers {
  private Numbers() {}

  static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** A change of a share, in percentage points: "+12 pts". */
  static String points(double delta) {
    if (Double.isNaN(delta)) {
      return "–";
    }
    String s = String.format(Locale.ROOT, "%+.0f pts", delta * 100);
    return s.equals("-0 pts") || s.equals("+0 pts") ? String.format(Locale.ROOT, "%+.1f pts",
        delta * 100) : s;
  }

  static String plain(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e12) {
      return Long.toString((long) value);
    }
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%.0f", score);
  }

  static String utility(double u) {
    return Double.isNaN(u) ? "–" : String.format(Locale.ROOT, "%.2f", u);
  }
}
