package org.veta.engine.score;

import java.util.Locale;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;
import org.veta.engine.state.Variable;

/**
 * A scoring metric named in a scenario: {@code national.<var>}, {@code region.<var>} (the seat's
 * region), {@code seat.<var>} (the seat itself) or {@code law} (the seat's utility for the draft).
 * Only shares and flags may be scored, so every metric lies in [0, 1].
 */
public sealed interface Metric {
  double value(Game game, PolicyState state, SeatInfo seat);

  record Law() implements Metric {
    public double value(Game game, PolicyState state, SeatInfo seat) {
      return seat.utility().isEmpty() ? 0 : seat.utility().of(state::clause);
    }
  }

  record National(NationalVar var) implements Metric {
    public double value(Game game, PolicyState state, SeatInfo seat) {
      return state.get(var);
    }
  }

  record Regional(RegionVar var) implements Metric {
    public double value(Game game, PolicyState state, SeatInfo seat) {
      return seat.hasRegion() ? state.get(new Target.Regional(seat.region(), var)) : 0;
    }
  }

  record OwnSeat(SeatVar var) implements Metric {
    public double value(Game game, PolicyState state, SeatInfo seat) {
      return state.get(new Target.OfSeat(seat.id(), var));
    }
  }

  /** Reads a metric name; an error sentence for the scenario's author if it cannot. */
  public static Metric parse(String name) throws IllegalArgumentException {
    if (name.equals("law")) {
      return new Law();
    }
    int dot = name.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException(problem(name));
    }
    String scope = name.substring(0, dot);
    String var = name.substring(dot + 1).toUpperCase(Locale.ROOT);
    try {
      Metric metric = switch (scope) {
        case "national" -> new National(NationalVar.valueOf(var));
        case "region" -> new Regional(RegionVar.valueOf(var));
        case "seat" -> new OwnSeat(SeatVar.valueOf(var));
        default -> throw new IllegalArgumentException(problem(name));
      };
      Variable variable = metric instanceof National n ? n.var()
          : metric instanceof Regional r ? r.var() : ((OwnSeat) metric).var();
      if (variable.unit() != Variable.Unit.SHARE && variable.unit() != Variable.Unit.FLAG) {
        throw new IllegalArgumentException("metric '" + name + "' is a count, not a share; "
            + "only shares and flags can be scored");
      }
      return metric;
    } catch (IllegalArgumentException e) {
      throw e.getMessage() != null && e.getMessage().startsWith("metric") ? e
          : new IllegalArgumentException(problem(name));
    }
  }

  static Optional<String> check(String name) {
    try {
      parse(name);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static String problem(String name) {
    return "unknown metric '" + name + "'; use law, national.<variable>, region.<variable> or "
        + "seat.<variable> (see scenarios/README.md for the variables)";
  }
}
