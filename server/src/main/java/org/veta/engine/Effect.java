package org.veta.engine;

import java.util.Locale;
import org.veta.engine.state.Layout;
import org.veta.engine.state.Target;

/**
 * One change to the policy state, with its reason: which mechanism, triggered by which seat's
 * move, on which variable, from what to what. The report, the debrief and the replay are built
 * from these.
 */
public record Effect(
    int round,
    MechanismId mechanism,
    Cause cause,
    Target target,
    double before,
    double after,
    Reason reason) {

  public double size() {
    return after - before;
  }

  /** The region the effect happened in, or empty for national, seat and clause effects. */
  public String region() {
    return target instanceof Target.Regional r ? r.region() : "";
  }

  public String describe(Layout layout) {
    var unit = target.variable().unit();
    return String.format(Locale.ROOT, "%s: %s %s -> %s (%s)%s", mechanism.label(),
        target.describe(layout), unit.format(before), unit.format(after), reason.text(),
        cause.isNone() ? "" : " [" + layout.seatName(cause.seat()) + ": " + cause.move() + "]");
  }
}
