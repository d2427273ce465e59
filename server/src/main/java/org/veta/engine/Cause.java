package org.veta.engine;

import java.util.Objects;
import org.veta.engine.move.Move;

/**
 * Who set an effect in motion: a seat and the move it ordered, or nobody (the passing of time,
 * the scenario's exogenous path). The move's text is written only when read, because bots resolve
 * many imagined rounds whose causes nobody reads.
 */
public final class Cause {
  public static final Cause NONE = new Cause("", null, "");

  private final String seat;
  private final Move move;
  private String text;

  private Cause(String seat, Move move, String text) {
    this.seat = seat;
    this.move = move;
    this.text = text;
  }

  public static Cause of(String seat, String moveText) {
    return new Cause(seat, null, moveText);
  }

  public static Cause of(String seat, Move move) {
    return new Cause(seat, move, null);
  }

  public String seat() {
    return seat;
  }

  /** The move in move syntax, e.g. {@code strike scale=1 days=23}. */
  public String move() {
    String t = text;
    if (t == null) {
      t = move.text();
      text = t; // a benign race: every thread computes the same text
    }
    return t;
  }

  public boolean isNone() {
    return seat.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cause c && seat.equals(c.seat) && move().equals(c.move());
  }

  @Override
  public int hashCode() {
    return Objects.hash(seat, move());
  }

  @Override
  public String toString() {
    return isNone() ? "-" : seat + ": " + move();
  }
}
