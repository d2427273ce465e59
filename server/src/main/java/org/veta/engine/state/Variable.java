package org.veta.engine.state;

/** A bounded quantity of the policy state: every variable declares its bounds and how to show it. */
public interface Variable {
  String key();

  String label();

  double min();

  double max();

  Unit unit();

  /** How a value is shown to people and whether it is a continuous share or a count. */
  enum Unit {
    SHARE, COUNT, FLAG, ROUND, US_DOLLARS,
    /** A clause's value in its own unit: shown with up to two decimals (0.67, 1, 60). */
    VALUE;

    public String format(double value) {
      return switch (this) {
        case SHARE -> WholeNumbers.format(value * 100, false) + "%";
        case COUNT, ROUND -> WholeNumbers.format(value, false);
        case FLAG -> value >= 0.5 ? "yes" : "no";
        case US_DOLLARS -> "US$" + WholeNumbers.format(value, true);
        case VALUE -> new java.math.BigDecimal(Math.round(value * 100) / 100.0 + "")
            .stripTrailingZeros().toPlainString();
      };
    }
  }

  default double clamp(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(key() + " computed as NaN");
    }
    return Math.max(min(), Math.min(max(), value));
  }
}
