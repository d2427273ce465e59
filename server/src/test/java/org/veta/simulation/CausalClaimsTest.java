package org.veta.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veta.bot.Strategies;
import org.veta.bot.Strategy;
import org.veta.engine.Game;
import org.veta.engine.RoundResult;
import org.veta.engine.TestGames;
import org.veta.engine.move.Move;
import org.veta.engine.stage.Stage;
import org.veta.engine.stage.StageReached;
import org.veta.engine.state.RegionVar;

/**
 * The study's causal claims, as tests that could fail: they compare runs that differ only in the
 * cause (incorporation, dependence, forbearance), never a tuned outcome of one run.
 */
class CausalClaimsTest {
  private static final int SEEDS = 40;

  private static double share(Game game, String bots, Stage stage) {
    int reached = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      if (Simulation.run(game, seed, game.rounds(), BotAssignment.parse(bots), false).reached(stage)) {
        reached++;
      }
    }
    return (double) reached / SEEDS;
  }

  @Test
  void theCountriesDivergeAsTheStudySaysUnderAdaptiveBots() {
    Game peru = TestGames.load("peru");
    Game bolivia = TestGames.load("bolivia");
    assertThat(share(bolivia, "adaptive", Stage.NATIONAL_LOBBYING))
        .isGreaterThan(share(peru, "adaptive", Stage.NATIONAL_LOBBYING) + 0.5);
    // Running for office is "possible in both countries, decisive where miners are excluded":
    // more candidacies in Peru, and far more offices won there.
    assertThat(share(peru, "adaptive", Stage.RAN_FOR_OFFICE))
        .isGreaterThan(share(bolivia, "adaptive", Stage.RAN_FOR_OFFICE) + 0.1);
    assertThat(share(peru, "adaptive", Stage.WON_OFFICE))
        .isGreaterThan(share(bolivia, "adaptive", Stage.WON_OFFICE) + 0.3);
  }

  @Test
  void switchingIncorporationSwitchesTheRoadToTheCentre() {
    Game peru = TestGames.load("peru");
    Game peruIncorporated = TestGames.load("peru", "political_incorporation=0.9");
    Game bolivia = TestGames.load("bolivia");
    Game boliviaExcluded = TestGames.load("bolivia", "political_incorporation=0.1");
    assertThat(share(peruIncorporated, "adaptive", Stage.NATIONAL_LOBBYING))
        .isGreaterThan(share(peru, "adaptive", Stage.NATIONAL_LOBBYING) + 0.2);
    assertThat(share(boliviaExcluded, "adaptive", Stage.NATIONAL_LOBBYING))
        .isLessThan(share(bolivia, "adaptive", Stage.NATIONAL_LOBBYING) - 0.5);
    // Incorporated, the historical Bolivian path reaches the centre with no office at all...
    SimulationRun incorporated = Simulation.run(bolivia, 1, bolivia.rounds(),
        BotAssignment.parse("historical"), false);
    assertThat(incorporated.reached(Stage.DIRECT_NEGOTIATION)).isTrue();
    assertThat(incorporated.reached(Stage.WON_OFFICE)).isFalse();
    // ...excluded, the same moves cannot: lobbying is refused and there is no channel.
    SimulationRun excluded = Simulation.run(boliviaExcluded, 1, boliviaExcluded.rounds(),
        BotAssignment.parse("historical"), true);
    assertThat(excluded.reached(Stage.NATIONAL_LOBBYING)).isFalse();
    assertThat(excluded.reached(Stage.DIRECT_NEGOTIATION)).isFalse();
    assertThat(excluded.results().stream().flatMap(r -> r.refusals().stream()))
        .anyMatch(r -> r.move().equals("lobby"));
  }

  @Test
  void excludedMinersReachDirectNegotiationOnlyFromAnOffice() {
    Game boliviaExcluded = TestGames.load("bolivia", "political_incorporation=0.1");
    for (String bots : List.of("adaptive", "hardline", "conciliatory")) {
      for (long seed = 1; seed <= 15; seed++) {
        SimulationRun run = Simulation.run(boliviaExcluded, seed, boliviaExcluded.rounds(),
            BotAssignment.parse(bots), false);
        int negotiation = firstRound(run, Stage.DIRECT_NEGOTIATION);
        if (negotiation < Integer.MAX_VALUE) {
          assertThat(firstRound(run, Stage.WON_OFFICE)).as("%s seed %d", bots, seed)
              .isLessThanOrEqualTo(negotiation);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} never activates")
  @CsvSource({"peru, la_libertad", "bolivia, cochabamba"})
  void aRegionThatDoesNotDependOnMiningShowsNoPoliticalActivation(String scenario, String region) {
    Game game = TestGames.load(scenario);
    assertNoActivation(game, region, Strategies.names());
  }

  @Test
  void madreDeDiosWithoutItsGoldEconomyShowsNoActivationEvenUnderTheHistoricalMoves() {
    Game game = TestGames.load("peru", "regions.madre_de_dios.mining_share_gdp=0.04",
        "regions.madre_de_dios.gold_linked_economy=0.06",
        "regions.madre_de_dios.agricultural_income=0.8");
    assertNoActivation(game, "madre_de_dios", Strategies.names());
  }

  private static void assertNoActivation(Game game, String region, List<String> strategies) {
    double mobilization = game.initialState().get(region, RegionVar.MOBILIZATION);
    double group = game.initialState().get(region, RegionVar.PRESSURE_GROUP);
    Predicate<StageReached> here = s -> s.region().equals(region);
    for (String bots : strategies) {
      for (long seed = 1; seed <= 10; seed++) {
        SimulationRun run = Simulation.run(game, seed, game.rounds(), BotAssignment.parse(bots), true);
        assertThat(run.stages()).as("%s seed %d", bots, seed).noneMatch(here);
        for (RoundResult r : run.results()) {
          var s = r.after();
          assertThat(s.get(region, RegionVar.MOBILIZATION)).as("%s seed %d round %d", bots, seed,
              r.round()).isLessThanOrEqualTo(mobilization);
          assertThat(s.get(region, RegionVar.PRESSURE_GROUP)).isLessThanOrEqualTo(group);
          assertThat(s.get(region, RegionVar.ENDORSEMENT)).isZero();
        }
      }
    }
  }

  @Test
  void removingForbearanceWeakensThePressureGroup() {
    Game peru = TestGames.load("peru");
    Strategy withoutForbearance = new Strategy() {
      @Override
      public String name() {
        return "historical-without-forbearance";
      }

      @Override
      public List<Move> choose(org.veta.bot.BotView view) {
        List<Move> moves = Strategies.byName("historical").orElseThrow().choose(view).stream()
            .filter(m -> !(m instanceof Move.Forbear)).toList();
        return moves.isEmpty() ? List.of(new Move.Hold()) : moves;
      }
    };
    Game noForbearanceEffect = TestGames.load("peru", "coefficients.forbearance.forbearance_gain=0");
    for (long seed = 1; seed <= 10; seed++) {
      double full = peakGroup(Simulation.run(peru, seed, peru.rounds(),
          BotAssignment.parse("historical"), true));
      double withoutMoves = peakGroup(Simulation.run(peru, seed, peru.rounds(),
          seat -> withoutForbearance, true));
      double withoutMechanism = peakGroup(Simulation.run(noForbearanceEffect, seed,
          noForbearanceEffect.rounds(), BotAssignment.parse("historical"), true));
      assertThat(withoutMoves).as("seed %d", seed).isLessThan(full - 0.1);
      assertThat(withoutMechanism).as("seed %d", seed).isLessThan(full - 0.1);
    }
  }

  private static double peakGroup(SimulationRun run) {
    return run.results().stream()
        .mapToDouble(r -> r.after().get("madre_de_dios", RegionVar.PRESSURE_GROUP)).max().orElse(0);
  }

  private static int firstRound(SimulationRun run, Stage stage) {
    return run.stages().stream().filter(s -> s.stage() == stage).mapToInt(StageReached::round)
        .min().orElse(Integer.MAX_VALUE);
  }
}
