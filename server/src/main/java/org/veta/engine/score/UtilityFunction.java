package org.veta.engine.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.UtilityPoint;
import org.veta.protocol.scenario.UtilityProfile;

/**
 * A seat's utility for a law draft: linear additive over clauses (weights normalised to sum to
 * one), each clause valued by a piecewise-linear function of its value, as in GeniusWeb's linear
 * additive profiles.
 */
public final class UtilityFunction {
  private record Term(String clause, double weight, double[] values, double[] utilities) {}

  private final List<Term> terms;
  private final double reservation;

  public UtilityFunction(UtilityProfile profile) {
    double total = profile.getClausesList().stream().mapToDouble(ClauseUtility::getWeight).sum();
    List<Term> built = new ArrayList<>();
    for (ClauseUtility c : profile.getClausesList()) {
      if (c.getPointsCount() == 0 || total <= 0) {
        continue;
      }
      double[] values = c.getPointsList().stream().mapToDouble(UtilityPoint::getValue).toArray();
      double[] utilities = c.getPointsList().stream().mapToDouble(UtilityPoint::getUtility).toArray();
      built.add(new Term(c.getClause(), c.getWeight() / total, values, utilities));
    }
    this.terms = List.copyOf(built);
    this.reservation = profile.getReservationValue();
  }

  public double reservationValue() {
    return reservation;
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Utility in [0, 1] of a draft whose clause values the function gives. */
  public double of(ToDoubleFunction<String> clauseValue) {
    double sum = 0;
    for (Term t : terms) {
      sum += t.weight() * interpolate(t, clauseValue.applyAsDouble(t.clause()));
    }
    return sum;
  }

  /** The clause value this profile likes best (the first best point), if it values the clause. */
  public Optional<Double> ideal(String clause) {
    for (Term t : terms) {
      if (t.clause().equals(clause)) {
        int best = 0;
        for (int i = 1; i < t.utilities().length; i++) {
          if (t.utilities()[i] > t.utilities()[best]) {
            best = i;
          }
        }
        return Optional.of(t.values()[best]);
      }
    }
    return Optional.empty();
  }

  public double weight(String clause) {
    return terms.stream().filter(t -> t.clause().equals(clause)).mapToDouble(Term::weight)
        .findFirst().orElse(0);
  }

  private static double interpolate(Term t, double x) {
    double[] xs = t.values();
    double[] ys = t.utilities();
    if (x <= xs[0]) {
      return ys[0];
    }
    for (int i = 1; i < xs.length; i++) {
      if (x <= xs[i]) {
        double span = xs[i] - xs[i - 1];
        return span <= 0 ? ys[i] : ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / span;
      }
    }
    return ys[ys.length - 1];
  }
}
