package org.veta.engine.state;

/**
 * A private, mutable copy of a state while one round resolves. Only the resolver's ledger writes
 * to it, so every write is paired with an effect.
 */
public final class WorkingState {
  private final Layout layout;
  private final double[] values;

  WorkingState(Layout layout, double[] values) {
    this.layout = layout;
    this.values = values;
  }

  /** A fresh state with every value at its lower bound, for building an initial state. */
  public static WorkingState blank(Layout layout) {
    WorkingState blank = new WorkingState(layout, new double[layout.size()]);
    for (Target t : PolicyState.targets(layout)) {
      blank.set(t, t.variable().min());
    }
    return blank;
  }

  public Layout layout() {
    return layout;
  }

  public double get(Target target) {
    return values[target.offset(layout)];
  }

  public double get(NationalVar var) {
    return values[var.ordinal()];
  }

  public double get(String region, RegionVar var) {
    return get(new Target.Regional(region, var));
  }

  public double get(String seat, SeatVar var) {
    return get(new Target.OfSeat(seat, var));
  }

  public double clause(String clause) {
    return get(new Target.OfClause(layout.clause(clause)));
  }

  /** Writes a value already clamped to the target's bounds. */
  public void set(Target target, double value) {
    values[target.offset(layout)] = value;
  }

  public PolicyState freeze(int round) {
    return new PolicyState(layout, round, values.clone());
  }
}
