package org.veta.engine;

/**
 * Who set an effect in motion: a seat and the move it ordered, or nobody (the passing of time,
 * the scenario's exogenous path).
 */
public record Cause(String seat, String move) {
  public static final Cause NONE = new Cause("", "");

  public static Cause of(String seat, String move) {
    return new Cause(seat, move);
  }

  public boolean isNone() {
    return seat.isEmpty();
  }

  @Override
  public String toString() {
    return isNone() ? "-" : seat + ": " + move;
  }
}
