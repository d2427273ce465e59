package org.veta.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.veta.bot.BotView;
import org.veta.bot.Strategy;
import org.veta.engine.Game;
import org.veta.engine.RoundResolver;
import org.veta.engine.RoundResult;
import org.veta.engine.SeatInfo;
import org.veta.engine.SeededRandom;
import org.veta.engine.move.Orders;
import org.veta.engine.score.Scorer;
import org.veta.engine.stage.StageTracker;
import org.veta.engine.state.PolicyState;

/**
 * Plays a whole game with bots in every seat, headless. Each bot draws from its own stream of the
 * session seed, and the rounds resolve with the session seed, so a run is a function of
 * (scenario, seed, rounds, bots).
 */
public final class Simulation {
  private Simulation() {}

  public static SimulationRun run(Game game, long seed, int rounds, BotAssignment bots,
      boolean keepRounds) {
    return run(game, seed, rounds, bots::strategyFor, keepRounds);
  }

  /** A run with strategies chosen by code, for experiments and tests. */
  public static SimulationRun run(Game game, long seed, int rounds,
      Function<SeatInfo, Strategy> bots, boolean keepRounds) {
    PolicyState state = game.initialState();
    StageTracker stages = new StageTracker(game);
    Orders last = Orders.NONE;
    List<RoundResult> results = new ArrayList<>();
    int effects = 0;
    for (int r = 1; r <= rounds; r++) {
      Orders.Builder orders = Orders.builder();
      for (SeatInfo seat : game.seats()) {
        SeededRandom random = SeededRandom.stream(seed, r, "bot:" + seat.id());
        BotView view = new BotView(game, state, seat, random, last);
        orders.set(seat.id(), bots.apply(seat).choose(view));
      }
      last = orders.build();
      RoundResult result = RoundResolver.resolve(game, state, last, seed);
      stages.observe(result);
      effects += result.effects().size();
      if (keepRounds) {
        results.add(result);
      }
      state = result.after();
    }
    return new SimulationRun(game.scenario().getId(), seed, rounds, stages.reached(), state,
        Scorer.scores(game, state), effects, List.copyOf(results));
  }
}
