package org.veta.engine;

/** The named rules of the engine, in the study's words. Every effect names the one that made it. */
public enum MechanismId {
  SCENARIO_EVENT("scenario event"),
  ECONOMIC_DEPENDENCE("economic dependence"),
  CENTRAL_RESPONSE("central response"),
  ROUNDTABLE("roundtable"),
  REGULATION_AND_THREAT("regulation and threat"),
  MOBILIZATION("mobilization and strikes"),
  FORBEARANCE("forbearance"),
  PRESSURE_GROUP("pressure-group formation"),
  PUBLIC_ENDORSEMENT("public endorsement and defiance"),
  NATIONAL_LOBBYING("national lobbying"),
  EXPOSURE("exposure of incoherence"),
  ELECTIONS("running for office and elections"),
  DIRECT_NEGOTIATION("direct negotiation"),
  SOCIAL_LICENCE("social licence and conflict"),
  FORMALIZATION("formalization and revenue"),
  BROKEN_PROMISES("broken promises");

  private final String label;

  MechanismId(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
