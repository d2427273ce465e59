package org.veta.engine.state;

/** One clause of the law draft, bounded by what the scenario declares for it. */
public record ClauseVariable(String id, String label, double min, double max, String unitLabel)
    implements Variable {

  @Override
  public String key() {
    return "clause." + id;
  }

  @Override
  public Unit unit() {
    return Unit.VALUE;
  }
}
