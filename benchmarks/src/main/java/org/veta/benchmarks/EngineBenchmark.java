package org.veta.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.veta.app.ScenarioSource;
import org.veta.bot.BotView;
import org.veta.bot.Strategies;
import org.veta.engine.Game;
import org.veta.engine.RoundResolver;
import org.veta.engine.RoundResult;
import org.veta.engine.SeatInfo;
import org.veta.engine.SeededRandom;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;
import org.veta.simulation.BotAssignment;
import org.veta.simulation.Simulation;
import org.veta.simulation.SimulationRun;

/**
 * The engine's speed: one round's resolution (the round with the most moves of the Peruvian
 * record, 2012's 23-day strike), and whole 12-round simulations with historical and adaptive bots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  @Param({"peru", "bolivia"})
  public String scenario;

  private Game game;
  private PolicyState roundFiveState;
  private Orders roundFiveOrders;
  private BotAssignment historical;
  private BotAssignment adaptive;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    game = new ScenarioSource(null).game(scenario, List.of());
    historical = BotAssignment.parse("historical");
    adaptive = BotAssignment.parse("adaptive");
    PolicyState state = game.initialState();
    Orders last = Orders.NONE;
    for (int r = 1; r <= 5; r++) {
      Orders.Builder orders = Orders.builder();
      for (SeatInfo seat : game.seats()) {
        BotView view = new BotView(game, state, seat, SeededRandom.stream(1, r, seat.id()), last);
        orders.set(seat.id(), Strategies.byName("historical").orElseThrow().choose(view));
      }
      last = orders.build();
      if (r == 5) {
        roundFiveState = state;
        roundFiveOrders = last;
      } else {
        state = RoundResolver.resolve(game, state, last, 1).after();
      }
    }
  }

  @Benchmark
  public RoundResult oneRound() {
    return RoundResolver.resolve(game, roundFiveState, roundFiveOrders, seed++);
  }

  @Benchmark
  public SimulationRun twelveRoundsHistorical() {
    return Simulation.run(game, seed++, 12, historical, false);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 3, time = 3)
  public SimulationRun twelveRoundsAdaptive() {
    return Simulation.run(game, seed++, 12, adaptive, false);
  }
}
