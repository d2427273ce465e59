package org.veta.engine;

import java.util.List;
import org.veta.engine.score.Metric;
import org.veta.engine.score.UtilityFunction;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Seat;

/** A seat as the engine sees it: identity, role, region and utility over the law. */
public record SeatInfo(String id, String name, Role role, String region, Seat definition,
    UtilityFunction utility, List<Metric> metrics) {

  static SeatInfo of(Seat seat) {
    return new SeatInfo(seat.getId(), seat.getName(), seat.getRole(), seat.getRegion(), seat,
        new UtilityFunction(seat.getUtility()),
        seat.getObjectivesList().stream().map(o -> Metric.parse(o.getMetric())).toList());
  }

  public boolean hasRegion() {
    return !region.isEmpty();
  }
}
