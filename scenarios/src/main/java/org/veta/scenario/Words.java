package org.veta.scenario;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Small helpers that turn values and typos into the words of a problem message. */
final class Words {

  private Words() {}

  /**
   * A number as a facilitator would write it: {@code 0.9}, {@code 1}, {@code -0.2}; never {@code
   * 1.0} or {@code 0.90000001}.
   */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }

  /** {@link #number} for any boxed number a protobuf field may hold. */
  static String number(Object value) {
    if (value instanceof Float f) {
      // Through the float's own decimal form, so 0.1f reads 0.1, not 0.10000000149.
      return number(Double.parseDouble(Float.toString(f)));
    }
    if (value instanceof Number n && !(value instanceof Double)) {
      return Long.toString(n.longValue());
    }
    return number(((Number) value).doubleValue());
  }

  /** "a, b, c", or "none" for an empty collection. */
  static String list(Collection<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  /** {@code "; did you mean 'x'?"} when a candidate is close to the typo, else {@code ""}. */
  static String didYouMean(String typo, Collection<String> candidates) {
    return closest(typo, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * The candidate nearest to the typo by edit distance, if it is near enough to be what was meant:
   * at most a third of the typo's letters wrong (one for short words, three at most).
   */
  static Optional<String> closest(String typo, Collection<String> candidates) {
    String wanted = typo.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null || bestDistance > allowed || best.equals(typo)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of neighbouring letters
   * (optimal string alignment), since swapped letters are the commonest typo.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** "ForbearanceCoefficients" becomes "forbearance coefficients", for messages about a type. */
  static String typeName(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
