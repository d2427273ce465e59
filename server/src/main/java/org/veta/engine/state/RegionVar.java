package org.veta.engine.state;

/** Variables of one region. */
public enum RegionVar implements Variable {
  MINING_SHARE_GDP("mining share of GDP", Unit.SHARE),
  GOLD_LINKED_ECONOMY("economy linked to gold", Unit.SHARE),
  AGRICULTURAL_INCOME("agricultural income", Unit.SHARE),
  ENFORCEMENT_CAPACITY("regional enforcement capacity", Unit.SHARE),
  DEPENDENCE("economic dependence on mining", Unit.SHARE),
  THREAT("threat felt by miners", Unit.SHARE),
  MOBILIZATION("miners' mobilization", Unit.SHARE),
  MEMBERSHIP("federation membership", Unit.SHARE),
  STRIKE_DAYS("strike days this round", Unit.COUNT),
  INTERDICTION("interdiction pressure", Unit.SHARE),
  ENFORCEMENT("effective enforcement", Unit.SHARE),
  CLANDESTINE_MINING("clandestine mining", Unit.SHARE),
  FORBEARANCE("forbearance", Unit.SHARE),
  PRESSURE_GROUP("pressure group strength", Unit.SHARE),
  ENDORSEMENT("public endorsement by officials", Unit.SHARE),
  SOCIAL_LICENCE("community social licence", Unit.SHARE),
  CONFLICT("socio-environmental conflict", Unit.SHARE),
  MINER_CANDIDATE("federation candidate standing", Unit.FLAG),
  MINER_IN_OFFICE("federation holds the office", Unit.FLAG);

  private final String label;
  private final Unit unit;

  RegionVar(String label, Unit unit) {
    this.label = label;
    this.unit = unit;
  }

  @Override
  public String key() {
    return "region." + name().toLowerCase(java.util.Locale.ROOT);
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
    return unit == Unit.COUNT ? 366 : 1;
  }

  @Override
  public Unit unit() {
    return unit;
  }
}
