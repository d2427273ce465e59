package org.veta.engine;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;
import org.veta.engine.state.WorkingState;

/**
 * The only writer of a round's working state. Every write clamps to the variable's bounds and
 * records an effect with its reason; a write that changes nothing records nothing, so "every
 * change has a reason" and "every effect is a change" both hold.
 */
public final class Ledger {
  private final WorkingState state;
  private final int round;
  private final List<Effect> effects = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();

  public Ledger(WorkingState state, int round) {
    this.state = state;
    this.round = round;
  }

  public WorkingState state() {
    return state;
  }

  public int round() {
    return round;
  }

  public List<Effect> effects() {
    return effects;
  }

  public List<Note> notes() {
    return notes;
  }

  /** Sets a value; returns the value actually written after clamping. */
  public double set(MechanismId mechanism, Cause cause, Target target, double value, Reason reason) {
    double before = state.get(target);
    double after = target.variable().clamp(value);
    if (after != before) {
      state.set(target, after);
      effects.add(new Effect(round, mechanism, cause, target, before, after, reason));
    }
    return after;
  }

  public double add(MechanismId mechanism, Cause cause, Target target, double delta, Reason reason) {
    return set(mechanism, cause, target, state.get(target) + delta, reason);
  }

  public void note(MechanismId mechanism, Cause cause, String text) {
    notes.add(new Note(round, mechanism, cause, text));
  }

  /** A writer bound to one mechanism, so mechanism code reads as the study does. */
  public Changes by(MechanismId mechanism) {
    return new Changes(this, mechanism);
  }

  /**
   * The writes of one mechanism. Reasons are templates with values ({@code "strike of %.0f%%"}),
   * formatted in the root locale only when read.
   */
  public record Changes(Ledger ledger, MechanismId mechanism) {
    public double add(Cause cause, Target target, double delta, String reason, Object... values) {
      return ledger.add(mechanism, cause, target, delta, new Reason(reason, values));
    }

    public double set(Cause cause, Target target, double value, String reason, Object... values) {
      return ledger.set(mechanism, cause, target, value, new Reason(reason, values));
    }

    public double add(Cause cause, NationalVar var, double delta, String reason, Object... values) {
      return add(cause, new Target.National(var), delta, reason, values);
    }

    public double set(Cause cause, NationalVar var, double value, String reason, Object... values) {
      return set(cause, new Target.National(var), value, reason, values);
    }

    public double add(Cause cause, String region, RegionVar var, double delta, String reason,
        Object... values) {
      return add(cause, new Target.Regional(region, var), delta, reason, values);
    }

    public double set(Cause cause, String region, RegionVar var, double value, String reason,
        Object... values) {
      return set(cause, new Target.Regional(region, var), value, reason, values);
    }

    public double addSeat(Cause cause, String seat, SeatVar var, double delta, String reason,
        Object... values) {
      return add(cause, new Target.OfSeat(seat, var), delta, reason, values);
    }

    public double setSeat(Cause cause, String seat, SeatVar var, double value, String reason,
        Object... values) {
      return set(cause, new Target.OfSeat(seat, var), value, reason, values);
    }

    public void note(Cause cause, String text) {
      ledger.note(mechanism, cause, text);
    }
  }
}
