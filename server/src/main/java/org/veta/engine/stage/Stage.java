package org.veta.engine.stage;

/**
 * The stages of the study's sequence, in its order. The simulation reports the round in which the
 * state first meets each stage's condition (see {@link StageTracker}).
 */
public enum Stage {
  /** A region's dependence on mining reaches the activation threshold. */
  ECONOMIC_DEPENDENCE(true),
  /** Miners' mobilization reaches the threshold in a region that depends on mining. */
  MOBILIZATION(true),
  /** Officials' forbearance reaches the threshold in a region that depends on mining. */
  FORBEARANCE(true),
  /** The pressure group of miners and officials reaches the threshold in a dependent region. */
  PRESSURE_GROUP(true),
  /** Officials' public endorsement reaches the threshold in a dependent region. */
  PUBLIC_ENDORSEMENT(true),
  /** The national lobbying tilt reaches the threshold (incorporated miners only). */
  NATIONAL_LOBBYING(false),
  /** A federation leader stands for a regional office. */
  RAN_FOR_OFFICE(true),
  /** A federation leader wins a regional office. */
  WON_OFFICE(true),
  /** Direct negotiation between the centre and the federation opens. */
  DIRECT_NEGOTIATION(false),
  /** The policy conceded to the miners reaches the threshold. */
  POLICY_CONCESSION(false);

  private final boolean regional;

  Stage(boolean regional) {
    this.regional = regional;
  }

  public boolean regional() {
    return regional;
  }
}
