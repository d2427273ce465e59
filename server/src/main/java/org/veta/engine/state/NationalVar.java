package org.veta.engine.state;

/** Country-wide variables of the policy state. */
public enum NationalVar implements Variable {
  GOLD_PRICE("gold price", 0, 100_000, Unit.US_DOLLARS),
  GOLD_PRICE_FACTOR("gold price shock factor", 0, 5, Unit.VALUE),
  REGULATION_STRINGENCY("regulation stringency", 0, 1, Unit.SHARE),
  ENFORCEMENT_INTENSITY("interdiction intensity", 0, 1, Unit.SHARE),
  FORMALIZATION_RATE("miners formalized", 0, 1, Unit.SHARE),
  FORMALIZATION_DEADLINE("formalization deadline (round)", 0, 100, Unit.ROUND),
  STATE_COHERENCE("state coherence", 0, 1, Unit.SHARE),
  CENTRAL_LEGITIMACY("central legitimacy", 0, 1, Unit.SHARE),
  FISCAL_REVENUE("fiscal revenue", 0, 1, Unit.SHARE),
  EX_PEER_MINISTERS("ex-peer ministers", 0, 1, Unit.SHARE),
  MINERS_MOMENTUM("miners' momentum", 0, 1, Unit.SHARE),
  NEGOTIATION_PRESSURE("pressure to negotiate directly", 0, 1, Unit.SHARE),
  LOBBY_TILT("national lobbying tilt", 0, 1, Unit.SHARE),
  /** The miners' best channel to the centre: ex-peer ministers, or an office of their own. */
  MINERS_ACCESS("miners' access to the centre", 0, 1, Unit.SHARE),
  ROUNDTABLE_OPEN("roundtable in session", 0, 1, Unit.FLAG),
  ROUNDTABLE_LEGITIMACY("roundtable legitimacy", 0, 1, Unit.SHARE),
  /** The federation's weight at the roundtable in session; above 1/3 it is over-represented. */
  MINERS_TABLE_WEIGHT("the federation's weight at the roundtable", 0, 1, Unit.SHARE),
  DIRECT_NEGOTIATION("direct negotiation open", 0, 1, Unit.FLAG),
  /** 0 drafting, 1 submitted to the legislature, 2 revised by the legislature, 3 enacted. */
  LAW_STAGE("law stage", 0, 3, Unit.COUNT),
  RETREATS("central retreats", 0, 1000, Unit.COUNT),
  DELEGATION("formalization delegated to regions", 0, 1, Unit.FLAG),
  POLICY_CONCESSION("policy conceded to miners", 0, 1, Unit.SHARE),
  DEATHS("deaths in strikes", 0, 1000, Unit.COUNT),
  MINISTER_CHANGES("ministers replaced", 0, 1000, Unit.COUNT);

  private final String label;
  private final double min;
  private final double max;
  private final Unit unit;

  NationalVar(String label, double min, double max, Unit unit) {
    this.label = label;
    this.min = min;
    this.max = max;
    this.unit = unit;
  }

  @Override
  public String key() {
    return "national." + name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public double min() {
    return min;
  }

  @Override
  public double max() {
    return max;
  }

  @Override
  public Unit unit() {
    return unit;
  }
}
