package org.veta.engine.move;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The moves each seat ordered for one round, in the order each seat gave them. */
public final class Orders {
  public static final Orders NONE = new Orders(Map.of());

  private final Map<String, List<Move>> bySeat;

  private Orders(Map<String, List<Move>> bySeat) {
    this.bySeat = bySeat;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Move> of(String seat) {
    return bySeat.getOrDefault(seat, List.of());
  }

  public Map<String, List<Move>> bySeat() {
    return bySeat;
  }

  public Orders with(String seat, List<Move> moves) {
    Map<String, List<Move>> copy = new LinkedHashMap<>(bySeat);
    copy.put(seat, List.copyOf(moves));
    return new Orders(Map.copyOf(copy));
  }

  @Override
  public String toString() {
    return bySeat.toString();
  }

  public static final class Builder {
    private final Map<String, List<Move>> bySeat = new LinkedHashMap<>();

    public Builder add(String seat, Move move) {
      bySeat.computeIfAbsent(seat, s -> new ArrayList<>()).add(move);
      return this;
    }

    public Builder set(String seat, List<Move> moves) {
      bySeat.put(seat, new ArrayList<>(moves));
      return this;
    }

    public Orders build() {
      Map<String, List<Move>> frozen = new LinkedHashMap<>();
      bySeat.forEach((seat, moves) -> frozen.put(seat, List.copyOf(moves)));
      return new Orders(java.util.Collections.unmodifiableMap(frozen));
    }
  }
}
