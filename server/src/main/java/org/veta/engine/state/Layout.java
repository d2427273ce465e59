package org.veta.engine.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a policy state: which regions, seats and clauses it has, in scenario order.
 * Shared by every state of a game; holds no values.
 */
public final class Layout {
  private static final int NATIONAL = NationalVar.values().length;
  private static final int REGION = RegionVar.values().length;
  private static final int SEAT = SeatVar.values().length;

  private final List<String> regions;
  private final List<String> regionNames;
  private final List<String> seats;
  private final List<String> seatNames;
  private final List<ClauseVariable> clauses;
  private final Map<String, Integer> regionIndex = new HashMap<>();
  private final Map<String, Integer> seatIndex = new HashMap<>();
  private final Map<String, Integer> clauseIndex = new HashMap<>();
  /**
   * Every value of this layout by its key as {@link Target#key} writes it: a bot rebuilding a
   * state from a table view looks up every indicator, and parsing each key (split, upper case,
   * an enum by name) was half of a network bot's choosing (JFR on the load tool).
   */
  private final Map<String, Target> targets = new HashMap<>();

  public Layout(
      List<String> regions,
      List<String> regionNames,
      List<String> seats,
      List<String> seatNames,
      List<ClauseVariable> clauses) {
    this.regions = List.copyOf(regions);
    this.regionNames = List.copyOf(regionNames);
    this.seats = List.copyOf(seats);
    this.seatNames = List.copyOf(seatNames);
    this.clauses = List.copyOf(clauses);
    for (int i = 0; i < regions.size(); i++) {
      regionIndex.put(regions.get(i), i);
    }
    for (int i = 0; i < seats.size(); i++) {
      seatIndex.put(seats.get(i), i);
    }
    for (int i = 0; i < clauses.size(); i++) {
      clauseIndex.put(clauses.get(i).id(), i);
    }
    // (every field this needs is set above)
    for (Target target : PolicyState.targets(this)) {
      targets.put(target.key(), target);
    }
  }

  public List<String> regions() {
    return regions;
  }

  public List<String> seats() {
    return seats;
  }

  public List<ClauseVariable> clauses() {
    return clauses;
  }

  public int regionIndex(String region) {
    return index(regionIndex, region, "region");
  }

  public int seatIndex(String seat) {
    return index(seatIndex, seat, "seat");
  }

  public int clauseIndex(String clause) {
    return index(clauseIndex, clause, "clause");
  }

  public boolean hasRegion(String region) {
    return regionIndex.containsKey(region);
  }

  public boolean hasClause(String clause) {
    return clauseIndex.containsKey(clause);
  }

  public ClauseVariable clause(String clause) {
    return clauses.get(clauseIndex(clause));
  }

  /** Number of values in a state of this layout. */
  public int size() {
    return clauseOffset(clauses.size());
  }

  int regionOffset(String region) {
    return NATIONAL + regionIndex(region) * REGION;
  }

  int seatOffset(String seat) {
    return NATIONAL + regions.size() * REGION + seatIndex(seat) * SEAT;
  }

  int clauseOffset(String clause) {
    return clauseOffset(clauseIndex(clause));
  }

  private int clauseOffset(int index) {
    return NATIONAL + regions.size() * REGION + seats.size() * SEAT + index;
  }

  public String regionName(String region) {
    return regionNames.get(regionIndex(region));
  }

  public String seatName(String seat) {
    Integer i = seatIndex.get(seat);
    return i == null ? seat : seatNames.get(i);
  }

  /**
   * The value a dotted key names (national.x, region.ID.x, seat.ID.x, clause.ID), as
   * {@link Target#key} writes it; empty for a key this layout has no value for.
   */
  public java.util.Optional<Target> target(String key) {
    Target known = targets.get(key);
    if (known != null) {
      return java.util.Optional.of(known);
    }
    // Not as Target#key writes it (another case, say): read it part by part.
    String[] parts = key.split("\\.", -1);
    try {
      switch (parts[0]) {
        case "national":
          return parts.length == 2 ? java.util.Optional.of(new Target.National(
              NationalVar.valueOf(upper(parts[1])))) : java.util.Optional.empty();
        case "region":
          return parts.length == 3 && hasRegion(parts[1]) ? java.util.Optional.of(
              new Target.Regional(parts[1], RegionVar.valueOf(upper(parts[2]))))
              : java.util.Optional.empty();
        case "seat":
          return parts.length == 3 && seatIndex.containsKey(parts[1]) ? java.util.Optional.of(
              new Target.OfSeat(parts[1], SeatVar.valueOf(upper(parts[2]))))
              : java.util.Optional.empty();
        case "clause":
          return parts.length == 2 && hasClause(parts[1])
              ? java.util.Optional.of(new Target.OfClause(clause(parts[1])))
              : java.util.Optional.empty();
        default:
          return java.util.Optional.empty();
      }
    } catch (IllegalArgumentException unknownVariable) {
      return java.util.Optional.empty();
    }
  }

  private static String upper(String name) {
    return name.toUpperCase(java.util.Locale.ROOT);
  }

  private static int index(Map<String, Integer> map, String id, String what) {
    Integer i = map.get(id);
    if (i == null) {
      throw new IllegalArgumentException("no " + what + " '" + id + "' in this game");
    }
    return i;
  }
}
