package org.veta.simulation;

import java.util.List;
import java.util.Map;
import org.veta.engine.RoundResult;
import org.veta.engine.stage.StageReached;
import org.veta.engine.state.PolicyState;

/** One headless game: the stages it reached, its final state, scores and (optionally) rounds. */
public record SimulationRun(
    String scenario,
    long seed,
    int rounds,
    List<StageReached> stages,
    PolicyState finalState,
    Map<String, Double> scores,
    int effectsCount,
    List<RoundResult> results) {

  public boolean reached(org.veta.engine.stage.Stage stage) {
    return stages.stream().anyMatch(s -> s.stage() == stage);
  }
}
