package org.veta.engine.score;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.scenario.Objective;

/**
 * A seat's score, 0 to 100: the weighted mean of its objectives, each a metric in [0, 1] (turned
 * round where lower is better). The scorecard and the adaptive bot both use it.
 */
public final class Scorer {
  private Scorer() {}

  public static double score(Game game, PolicyState state, SeatInfo seat) {
    double sum = 0;
    double weights = 0;
    var objectives = seat.definition().getObjectivesList();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      double v = seat.metrics().get(i).value(game, state, seat);
      sum += o.getWeight() * (o.getLowerIsBetter() ? 1 - v : v);
      weights += o.getWeight();
    }
    return weights == 0 ? 0 : 100 * sum / weights;
  }

  public static Map<String, Double> scores(Game game, PolicyState state) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (SeatInfo seat : game.seats()) {
      out.put(seat.id(), score(game, state, seat));
    }
    return out;
  }

  /** For the scenario validator: an error sentence if a metric name cannot be read. */
  public static Optional<String> checkMetric(String name) {
    return Metric.check(name);
  }
}
