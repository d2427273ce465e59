package org.veta.engine.move;

import java.util.List;

/** One parameter of a move: its name, type, bounds or choices, default and help. */
public record Param(String name, Type type, double min, double max, double defaultValue,
    List<String> choices, String help) {

  public enum Type { NUMBER, WHOLE_NUMBER, REGION, CLAUSE, CHOICE }

  public static Param number(String name, double min, double max, double dflt, String help) {
    return new Param(name, Type.NUMBER, min, max, dflt, List.of(), help);
  }

  public static Param whole(String name, int min, int max, int dflt, String help) {
    return new Param(name, Type.WHOLE_NUMBER, min, max, dflt, List.of(), help);
  }

  public static Param region(String help) {
    return new Param("region", Type.REGION, 0, 0, Double.NaN, List.of(), help);
  }

  public static Param clause(String help) {
    return new Param("clause", Type.CLAUSE, 0, 0, Double.NaN, List.of(), help);
  }

  /** The value of a clause: its bounds are the clause's, checked by the move rules. */
  public static Param clauseValue(String help) {
    return new Param("value", Type.NUMBER, -Double.MAX_VALUE, Double.MAX_VALUE, Double.NaN,
        List.of(), help);
  }

  public static Param choice(String name, List<String> choices, String help) {
    return new Param(name, Type.CHOICE, 0, 0, Double.NaN, choices, help);
  }

  public boolean hasDefault() {
    return type == Type.CHOICE ? false : !Double.isNaN(defaultValue);
  }
}
