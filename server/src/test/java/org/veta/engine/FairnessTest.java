package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veta.engine.score.Fairness;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.Target;
import org.veta.engine.state.WorkingState;
import org.veta.simulation.BotAssignment;
import org.veta.simulation.Simulation;

class FairnessTest {
  private static PolicyState withLaw(Game game, PolicyState state, Map<String, Double> law) {
    WorkingState edit = state.edit();
    law.forEach((clause, value) -> edit.set(new Target.OfClause(game.layout().clause(clause)), value));
    return edit.freeze(state.round());
  }

  @Test
  void theNashLawIsOnTheParetoFrontAndAtZeroDistanceFromItself() {
    for (String scenario : List.of("bolivia", "peru", "tutorial")) {
      Game game = TestGames.load(scenario);
      PolicyState end = Simulation.run(game, 1, game.rounds(), BotAssignment.parse("historical"), false)
          .finalState();
      Fairness.Report report = Fairness.of(game, end);
      assertThat(report.utilities()).as(scenario).isNotEmpty()
          .allSatisfy((seat, u) -> assertThat(u).isBetween(0.0, 1.0));
      assertThat(report.paretoDistance()).isGreaterThanOrEqualTo(0);
      assertThat(report.nashLaw()).as("%s has a law every seat prefers to no agreement", scenario)
          .isPresent();
      Fairness.Report atNash = Fairness.of(game, withLaw(game, end, report.nashLaw().get()));
      assertThat(atNash.nashDistance()).isCloseTo(0, within(1e-12));
      assertThat(atNash.paretoDistance()).as("the Nash point is Pareto-optimal").isCloseTo(0, within(1e-12));
      assertThat(atNash.utilities()).isEqualTo(report.nashUtilities());
    }
  }

  @Test
  void aLawThatEverySeatCouldImproveOnIsAwayFromTheFront() {
    Game game = TestGames.load("bolivia");
    PolicyState start = game.initialState();
    Fairness.Report initial = Fairness.of(game, start);
    // The same draft with the credit fund emptied: no seat values an empty fund more than the
    // initial 10, and the federation and mayors value it less, so the initial draft dominates it.
    Fairness.Report worse = Fairness.of(game, withLaw(game, start, Map.of("credit_fund", 0.0)));
    assertThat(worse.paretoDistance()).isGreaterThan(initial.paretoDistance());
    assertThat(worse.utilities().get("fencomin")).isLessThan(initial.utilities().get("fencomin"));
  }

  @Test
  void theBolivianLawIsCloserToTheFederationThanTheNashPointIs() {
    Game game = TestGames.load("bolivia");
    PolicyState end = Simulation.run(game, 1, game.rounds(), BotAssignment.parse("historical"), false)
        .finalState();
    Fairness.Report report = Fairness.of(game, end);
    // The study's outcome: the law "co-edited by the miners" favours them beyond a fair split.
    assertThat(report.utilities().get("fencomin")).isGreaterThan(report.nashUtilities().get("fencomin"));
    assertThat(report.utilities().get("president")).isLessThan(report.nashUtilities().get("president"));
  }
}
