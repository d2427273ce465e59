package org.veta.client.replay;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.veta.client.render.Glyphs;
import org.veta.client.render.Text;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Indicator;

/**
 * Changes and indicators as words. A change's size is in percentage points for a share (shown as
 * a percentage between 0 and 100%) and in percent of the larger value otherwise (a price, a
 * count, a clause, yes/no). Points and percents do not compare, so the largest changes are the
 * shares' by points first, then the other values' by percent: the shares are the state the study
 * follows, and the counts and clauses are also in the orders that moved them. The indicator arrows
 * follow the client's status screen.
 */
final class ChangeText {
  private static final double UNCHANGED = 1e-9;

  private ChangeText() {}

  static boolean share(String shownBefore, String shownAfter, double before, double after) {
    return shownAfter.endsWith("%") && !shownAfter.endsWith(" %") && Math.abs(before) <= 1.0
        && Math.abs(after) <= 1.0;
  }

  /** The size used for sorting: points for a share, percent of the larger value otherwise. */
  static double size(EffectView e) {
    double delta = e.getAfter() - e.getBefore();
    if (share(e.getShownBefore(), e.getShownAfter(), e.getBefore(), e.getAfter())) {
      return Math.abs(delta) * 100;
    }
    double scale = Math.max(Math.abs(e.getBefore()), Math.abs(e.getAfter()));
    return scale < UNCHANGED ? 0 : Math.abs(delta) / scale * 100;
  }

  /** "+12 pts", "-3.5 pts", "+200 (+15%)", "+1", "=". */
  static String sizeText(EffectView e) {
    double delta = e.getAfter() - e.getBefore();
    if (Math.abs(delta) <= UNCHANGED) {
      return "=";
    }
    String sign = delta > 0 ? "+" : "-";
    if (share(e.getShownBefore(), e.getShownAfter(), e.getBefore(), e.getAfter())) {
      return sign + Text.number(Math.abs(delta) * 100) + " pts";
    }
    String plain = sign + Text.number(Math.abs(delta));
    double scale = Math.max(Math.abs(e.getBefore()), Math.abs(e.getAfter()));
    boolean relative = Math.abs(e.getBefore()) > UNCHANGED && scale > 1.5;
    return relative ? plain + String.format(Locale.ROOT, " (%s%.0f%%)", sign, size(e)) : plain;
  }

  /**
   * "CHANGE +12 pts miners' mobilization in Valle Dorado: 32% -> 44% [mobilization and strikes,
   * federation strike scale=1 days=10] the reason".
   */
  static String line(EffectView e, Glyphs glyphs) {
    String label = e.getLabel().isEmpty() ? e.getTarget() : e.getLabel();
    String before = e.getShownBefore().isEmpty() ? Text.number(e.getBefore()) : e.getShownBefore();
    String after = e.getShownAfter().isEmpty() ? Text.number(e.getAfter()) : e.getShownAfter();
    String cause = e.getSeat().isEmpty() ? "passing of time"
        : e.getSeat() + (e.getMove().isEmpty() ? "" : " " + e.getMove());
    return "CHANGE " + sizeText(e) + " " + label + ": " + before + " " + glyphs.arrow() + " " + after
        + " [" + (e.getMechanism().isEmpty() ? "" : e.getMechanism() + ", ") + cause + "]"
        + (e.getReason().isEmpty() ? "" : " " + e.getReason());
  }

  /** Shares by points, largest first, then the other values by percent; among equals, the engine's order. */
  static List<EffectView> bySize(List<EffectView> effects) {
    return effects.stream().sorted(Comparator.comparing((EffectView e) -> !share(e))
        .thenComparing(Comparator.comparingDouble((EffectView e) -> size(e)).reversed())).toList();
  }

  static boolean share(EffectView e) {
    return share(e.getShownBefore(), e.getShownAfter(), e.getBefore(), e.getAfter());
  }

  static boolean share(Indicator i) {
    return share("", i.getShown(), i.getPrevious(), i.getValue());
  }

  static boolean changed(Indicator i) {
    return Math.abs(i.getValue() - i.getPrevious()) > UNCHANGED;
  }

  /** As on the status screen: "↑ 12 pts" for a share, "↓ 150" otherwise, "=" when unchanged. */
  static String change(Indicator i, Glyphs glyphs) {
    double delta = i.getValue() - i.getPrevious();
    if (!changed(i)) {
      return glyphs.same();
    }
    String arrow = delta > 0 ? glyphs.up() : glyphs.down();
    return share("", i.getShown(), i.getPrevious(), i.getValue())
        ? arrow + " " + Text.number(Math.abs(delta) * 100) + " pts"
        : arrow + " " + Text.number(Math.abs(delta));
  }

  /** The size of an indicator's last change, for choosing which to show: as for effects. */
  static double size(Indicator i) {
    double delta = Math.abs(i.getValue() - i.getPrevious());
    if (share("", i.getShown(), i.getPrevious(), i.getValue())) {
      return delta * 100;
    }
    double scale = Math.max(Math.abs(i.getValue()), Math.abs(i.getPrevious()));
    return scale < UNCHANGED ? 0 : delta / scale * 100;
  }

  static String shown(Indicator i) {
    return i.getShown().isEmpty() ? Text.number(i.getValue()) : i.getShown();
  }

  static String label(Indicator i) {
    return i.getLabel().isEmpty() ? i.getKey() : i.getLabel();
  }
}
