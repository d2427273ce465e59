package org.veta.client.render;

import org.veta.protocol.wire.Indicator;

/** An indicator's change since the previous round, as an arrow and a size (the player's and the facilitator's screens). */
public final class IndicatorText {
  private static final double UNCHANGED = 1e-9;

  private IndicatorText() {}

  public static boolean changed(Indicator indicator) {
    return Math.abs(indicator.getValue() - indicator.getPrevious()) > UNCHANGED;
  }

  /** "↑ 12 pts" for a share shown as a percentage, "↓ 150" otherwise, "=" when unchanged. */
  public static String change(Indicator indicator, Glyphs glyphs) {
    double delta = indicator.getValue() - indicator.getPrevious();
    if (!changed(indicator)) {
      return glyphs.same();
    }
    String arrow = delta > 0 ? glyphs.up() : glyphs.down();
    boolean share = indicator.getShown().endsWith("%") && Math.abs(indicator.getValue()) <= 1.0
        && Math.abs(indicator.getPrevious()) <= 1.0;
    return share
        ? arrow + " " + Text.number(Math.abs(delta) * 100) + " pts"
        : arrow + " " + Text.number(Math.abs(delta));
  }

  public static String shown(Indicator indicator) {
    return indicator.getShown().isEmpty() ? Text.number(indicator.getValue()) : indicator.getShown();
  }
}
