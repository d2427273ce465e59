package org.veta.export;

import java.math.BigDecimal;

/**
 * Numbers as outside tools read them back exactly: the shortest decimal that is the same double,
 * never in exponent form ("0.0001", "770.5", "1"); no number for NaN or infinity.
 */
final class Values {
  private Values() {}

  static String number(double d) {
    if (!Double.isFinite(d)) {
      return "";
    }
    if (d == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }
}
