package org.veta.engine.state;

/** Variables of one seat. */
public enum SeatVar implements Variable {
  /** 0 sides with the centre, 1 sides with the miners. */
  ALIGNMENT("alignment with the miners", Unit.SHARE),
  APPROVAL("local approval", Unit.SHARE),
  HOLDS_OFFICE("holds a regional office", Unit.FLAG),
  FORBEARANCE_STREAK("rounds of forbearance in a row", Unit.COUNT);

  private final String label;
  private final Unit unit;

  SeatVar(String label, Unit unit) {
    this.label = label;
    this.unit = unit;
  }

  @Override
  public String key() {
    return "seat." + name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public double min() {
    return 0;
  }

  @Override
  public double max() {
    return unit == Unit.COUNT ? 1000 : 1;
  }

  @Override
  public Unit unit() {
    return unit;
  }
}
