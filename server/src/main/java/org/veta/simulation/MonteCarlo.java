package org.veta.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.veta.engine.Game;
import org.veta.engine.stage.Stage;
import org.veta.engine.stage.StageReached;
import org.veta.engine.state.PolicyState;

/**
 * Many runs of one configuration, seeds seed..seed+N-1, spread over every core. Runs are
 * independent (the engine is pure), and results are gathered in seed order, so the summary does
 * not depend on how the work was scheduled.
 */
public final class MonteCarlo {
  /** Per stage: the share of runs that reached it and the median round of reaching it. */
  public record StageShare(Stage stage, double share, double medianRound) {}

  /** The summary over all runs. */
  public record Summary(String scenario, long firstSeed, int runs, int rounds,
      List<StageShare> stages, Map<String, double[]> finalStatePercentiles,
      Map<String, double[]> scorePercentiles) {}

  /** The percentiles reported for the final state and the scores. */
  public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

  private MonteCarlo() {}

  public static List<SimulationRun> runAll(Game game, long seed, int runs, int rounds,
      BotAssignment bots, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "veta-simulate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<SimulationRun>> futures = new ArrayList<>();
      LongStream.range(0, runs).forEach(i ->
          futures.add(pool.submit(() -> Simulation.run(game, seed + i, rounds, bots, false))));
      List<SimulationRun> out = new ArrayList<>();
      for (Future<SimulationRun> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a simulation run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  public static Summary summarize(Game game, long seed, int rounds, List<SimulationRun> runs) {
    List<StageShare> shares = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      List<Integer> firstRounds = new ArrayList<>();
      for (SimulationRun run : runs) {
        run.stages().stream().filter(s -> s.stage() == stage).mapToInt(StageReached::round).min()
            .ifPresent(firstRounds::add);
      }
      double[] rs = firstRounds.stream().mapToDouble(Integer::doubleValue).toArray();
      shares.add(new StageShare(stage, runs.isEmpty() ? 0 : (double) rs.length / runs.size(),
          rs.length == 0 ? Double.NaN : percentile(rs, 50)));
    }
    Map<String, double[]> state = new LinkedHashMap<>();
    Map<String, double[]> scores = new LinkedHashMap<>();
    if (!runs.isEmpty()) {
      // Read each run's state once, in the canonical order, then take percentiles per variable.
      var targets = PolicyState.targets(game.layout());
      double[][] columns = new double[targets.size()][runs.size()];
      for (int r = 0; r < runs.size(); r++) {
        PolicyState last = runs.get(r).finalState();
        for (int t = 0; t < targets.size(); t++) {
          columns[t][r] = last.get(targets.get(t));
        }
      }
      for (int t = 0; t < targets.size(); t++) {
        state.put(targets.get(t).key(), percentiles(columns[t]));
      }
      for (String seat : runs.get(0).scores().keySet()) {
        scores.put(seat, percentiles(runs.stream().mapToDouble(r -> r.scores().get(seat)).toArray()));
      }
    }
    return new Summary(game.scenario().getId(), seed, runs.size(), rounds, shares, state, scores);
  }

  private static double[] percentiles(double[] values) {
    double[] out = new double[PERCENTILES.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = percentile(values, PERCENTILES[i]);
    }
    return out;
  }

  /** Linear interpolation between closest ranks. */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (sorted.length == 1) {
      return sorted[0];
    }
    double rank = p / 100 * (sorted.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = (int) Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
  }
}
