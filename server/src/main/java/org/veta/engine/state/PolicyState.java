package org.veta.engine.state;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared policy state after a number of resolved rounds. Immutable: the resolver builds the
 * next state through a {@link WorkingState}, recording an effect for every change.
 */
public final class PolicyState {
  private final Layout layout;
  private final int round;
  private final double[] values;

  PolicyState(Layout layout, int round, double[] values) {
    this.layout = layout;
    this.round = round;
    this.values = values;
  }

  public Layout layout() {
    return layout;
  }

  /** Rounds resolved so far: 0 before the first round. */
  public int round() {
    return round;
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

  public WorkingState edit() {
    return new WorkingState(layout, values.clone());
  }

  /** Every target of this layout, in canonical order (national, regions, seats, clauses). */
  public static List<Target> targets(Layout layout) {
    List<Target> out = new java.util.ArrayList<>(layout.size());
    for (NationalVar v : NationalVar.values()) {
      out.add(new Target.National(v));
    }
    for (String region : layout.regions()) {
      for (RegionVar v : RegionVar.values()) {
        out.add(new Target.Regional(region, v));
      }
    }
    for (String seat : layout.seats()) {
      for (SeatVar v : SeatVar.values()) {
        out.add(new Target.OfSeat(seat, v));
      }
    }
    for (ClauseVariable c : layout.clauses()) {
      out.add(new Target.OfClause(c));
    }
    return out;
  }

  /** Every value by its dotted key, in canonical order. */
  public Map<String, Double> values() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Target t : targets(layout)) {
      out.put(t.key(), get(t));
    }
    return out;
  }

  /**
   * A canonical encoding of the whole state: the round and every value's IEEE bits in canonical
   * order. Two states are the same game position exactly when these bytes are equal.
   */
  public byte[] canonicalBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(4 + 8 * values.length);
    buffer.putInt(round);
    for (double v : values) {
      buffer.putLong(Double.doubleToLongBits(v));
    }
    return buffer.array();
  }

  /** SHA-256 of {@link #canonicalBytes()}, in hex: what logs record after each round. */
  public String digest() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyState other && round == other.round
        && Arrays.equals(canonicalBytes(), other.canonicalBytes());
  }

  @Override
  public int hashCode() {
    return 31 * round + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "PolicyState{round=" + round + ", " + values() + "}";
  }
}
