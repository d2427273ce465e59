package org.veta.negotiation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much each seat trusts each other seat, from 0 (no word of theirs counts) to 1. Every pair
 * starts at {@link #NEUTRAL}: the study gives no figure, and a stranger's word is worth half. An
 * immutable value; only pairs that moved away from neutral are stored.
 */
public final class Trust {
  /** Where every pair starts, whatever the scenario. */
  public static final double NEUTRAL = 0.5;
  public static final Trust NEUTRAL_TABLE = new Trust(new TreeMap<>());

  private final Map<String, Double> byPair;

  private Trust(TreeMap<String, Double> byPair) {
    this.byPair = java.util.Collections.unmodifiableMap(byPair);
  }

  /** How much {@code truster} trusts {@code trusted}. */
  public double of(String truster, String trusted) {
    return byPair.getOrDefault(key(truster, trusted), NEUTRAL);
  }

  /** The trust after the trust changes among these consequences, each clamped to 0..1. */
  public Trust after(List<Consequence> consequences) {
    TreeMap<String, Double> next = new TreeMap<>(byPair);
    for (Consequence c : consequences) {
      if (c instanceof Consequence.TrustChange t) {
        String key = key(t.truster(), t.trusted());
        double value = Math.max(0, Math.min(1, next.getOrDefault(key, NEUTRAL) + t.delta()));
        if (value == NEUTRAL) {
          next.remove(key); // one representation per value, so equal tables are equal
        } else {
          next.put(key, value);
        }
      }
    }
    return new Trust(next);
  }

  private static String key(String truster, String trusted) {
    return truster + "\u0000" + trusted;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trust other && byPair.equals(other.byPair);
  }

  @Override
  public int hashCode() {
    return byPair.hashCode();
  }

  @Override
  public String toString() {
    return "Trust" + byPair.toString().replace('\u0000', '>');
  }
}
