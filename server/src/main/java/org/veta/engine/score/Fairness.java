package org.veta.engine.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.UtilityPoint;

/**
 * How fair and how efficient a law is, for the scorecard and the debrief: every seat's utility for
 * it, how far it is from the Pareto front (laws no seat could improve on without another losing),
 * and from the Nash bargaining point (the law that maximizes the product of every seat's gain over
 * its reservation value, Nash 1950).
 *
 * <p>The clause space is continuous; the search runs over laws whose clause values are the
 * breakpoints of the seats' piecewise-linear value utilities (and the clause's bounds), where
 * linear additive utilities take their extreme values. Up to {@link #LEVELS} values per clause
 * are kept, spread evenly over the breakpoints, so the search stays bounded for any scenario. The
 * distance from the Pareto front is the Euclidean distance, in the seats' utility space, to the
 * nearest law on the searched front (as negotiation analysis tools such as GENIUS report it).
 */
public final class Fairness {
  /** Most clause values tried per clause: 7 clauses x 5 values is 78,125 laws. */
  static final int LEVELS = 5;

  /** The law's utilities, and its distances in utility space (Euclidean, over seats). */
  public record Report(Map<String, Double> utilities, double paretoDistance,
      Optional<Map<String, Double>> nashLaw, Map<String, Double> nashUtilities,
      double nashDistance) {}

  private Fairness() {}

  /** One searched law: its clause values and every seat's utility for it. */
  private record Outcome(double[] law, double[] utilities, double sum) {}

  public static Report of(Game game, PolicyState state) {
    List<SeatInfo> seats = game.seats().stream().filter(s -> !s.utility().isEmpty()).toList();
    List<ClauseVariable> clauses = game.layout().clauses();
    double[] actual = utilities(seats, state::clause);
    List<Outcome> front = front(game, seats, clauses);
    double pareto = front.stream().mapToDouble(o -> distance(o.utilities(), actual)).min().orElse(0);
    double[] reservation = seats.stream().mapToDouble(s -> s.utility().reservationValue()).toArray();
    Outcome nash = null;
    double best = 0;
    for (Outcome o : front) {
      double product = 1;
      for (int s = 0; s < reservation.length && product > 0; s++) {
        product *= Math.max(0, o.utilities()[s] - reservation[s]);
      }
      if (product > best) {
        best = product;
        nash = o;
      }
    }
    Map<String, Double> bySeat = new LinkedHashMap<>();
    Map<String, Double> nashBySeat = new LinkedHashMap<>();
    for (int s = 0; s < seats.size(); s++) {
      bySeat.put(seats.get(s).id(), actual[s]);
      if (nash != null) {
        nashBySeat.put(seats.get(s).id(), nash.utilities()[s]);
      }
    }
    Optional<Map<String, Double>> nashLaw = Optional.empty();
    if (nash != null) {
      Map<String, Double> law = new LinkedHashMap<>();
      for (int i = 0; i < clauses.size(); i++) {
        law.put(clauses.get(i).id(), nash.law()[i]);
      }
      nashLaw = Optional.of(law);
    }
    return new Report(bySeat, pareto, nashLaw, nashBySeat,
        nash == null ? Double.NaN : distance(nash.utilities(), actual));
  }

  /**
   * The searched laws that no other searched law dominates. Swept in order of falling total
   * utility: a law can only be dominated by one with a larger total, so each is compared with the
   * front found so far, not with every law.
   */
  static List<Outcome> front(Game game, List<SeatInfo> seats, List<ClauseVariable> clauses) {
    List<double[]> levels = new ArrayList<>();
    for (ClauseVariable c : clauses) {
      levels.add(levels(game, c));
    }
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < clauses.size(); i++) {
      position.put(clauses.get(i).id(), i);
    }
    List<Outcome> all = new ArrayList<>();
    int[] index = new int[clauses.size()];
    do {
      double[] law = new double[clauses.size()];
      for (int i = 0; i < law.length; i++) {
        law[i] = levels.get(i)[index[i]];
      }
      double[] u = utilities(seats, id -> law[position.get(id)]);
      double sum = 0;
      for (double x : u) {
        sum += x;
      }
      all.add(new Outcome(law, u, sum));
    } while (next(index, levels));
    all.sort((a, b) -> Double.compare(b.sum(), a.sum()));
    List<Outcome> front = new ArrayList<>();
    for (Outcome candidate : all) {
      boolean dominated = false;
      for (Outcome kept : front) {
        if (dominates(kept.utilities(), candidate.utilities())) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        front.add(candidate);
      }
    }
    return front;
  }

  /** a is at least as good for every seat and better for one. */
  static boolean dominates(double[] a, double[] b) {
    boolean better = false;
    for (int i = 0; i < a.length; i++) {
      if (a[i] < b[i] - 1e-12) {
        return false;
      }
      if (a[i] > b[i] + 1e-12) {
        better = true;
      }
    }
    return better;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }

  private static double[] utilities(List<SeatInfo> seats,
      java.util.function.ToDoubleFunction<String> clause) {
    double[] u = new double[seats.size()];
    for (int s = 0; s < u.length; s++) {
      u[s] = seats.get(s).utility().of(clause);
    }
    return u;
  }

  private static boolean next(int[] index, List<double[]> levels) {
    for (int i = 0; i < index.length; i++) {
      if (++index[i] < levels.get(i).length) {
        return true;
      }
      index[i] = 0;
    }
    return false;
  }

  /** The clause's bounds and every seat's breakpoints inside them, thinned to LEVELS values. */
  static double[] levels(Game game, ClauseVariable clause) {
    TreeSet<Double> points = new TreeSet<>(List.of(clause.min(), clause.max()));
    for (SeatInfo seat : game.seats()) {
      for (ClauseUtility cu : seat.definition().getUtility().getClausesList()) {
        if (cu.getClause().equals(clause.id())) {
          for (UtilityPoint p : cu.getPointsList()) {
            if (p.getValue() >= clause.min() && p.getValue() <= clause.max()) {
              points.add(p.getValue());
            }
          }
        }
      }
    }
    double[] all = points.stream().mapToDouble(Double::doubleValue).toArray();
    if (all.length <= LEVELS) {
      return all;
    }
    double[] thinned = new double[LEVELS];
    for (int i = 0; i < LEVELS; i++) {
      thinned[i] = all[(int) Math.round(i * (all.length - 1) / (double) (LEVELS - 1))];
    }
    return thinned;
  }
}
