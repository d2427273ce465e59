package org.veta.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veta.engine.Game;
import org.veta.scenario.Problem;
import org.veta.scenario.ScenarioException;
import org.veta.simulation.BotAssignment;
import org.veta.simulation.Json;
import org.veta.simulation.MonteCarlo;
import org.veta.simulation.Simulation;
import org.veta.simulation.SimulationReport;
import org.veta.simulation.SimulationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `veta simulate`: a whole game played by bots, once or many times. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Play a scenario headless with bots in every seat and report what happened.")
final class SimulateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "peru",
      description = "A built-in scenario or a scenario file (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--scenarios", paramLabel = "DIR", description = "A directory of extra scenarios.")
  java.nio.file.Path directory;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the session (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rounds", description = "Rounds to play (default: the scenario's).")
  Integer rounds;

  @Option(names = "--bots", paramLabel = "STRATEGY|SEAT=STRATEGY,...",
      description = "historical, hardline, conciliatory, random or adaptive, for every seat or per seat"
          + " (default: each seat's scenario default).")
  String bots;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario parameter.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--runs", defaultValue = "1", description = "Runs, seeds seed..seed+N-1, on all cores.")
  int runs;

  @Option(names = "--threads", description = "Threads for --runs (default: every core).")
  Integer threads;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Game game;
    try {
      game = new ScenarioSource(directory).game(scenario, overrides);
    } catch (ScenarioException e) {
      err.println("veta: the scenario does not load:");
      for (Problem p : e.problems()) {
        err.println("  " + (p.line() == 0 ? p.message() : p.toString()));
      }
      return 1;
    }
    BotAssignment assignment;
    try {
      assignment = BotAssignment.parse(bots).checkedAgainst(game);
    } catch (IllegalArgumentException e) {
      err.println("veta: " + e.getMessage());
      return 1;
    }
    int r = rounds == null ? game.rounds() : rounds;
    if (r < 1 || runs < 1) {
      err.println("veta: --rounds and --runs must be at least 1");
      return 1;
    }
    var botNames = assignment.describe(game);
    if (runs == 1) {
      SimulationRun run = Simulation.run(game, seed, r, assignment, !json);
      var fairness = org.veta.engine.score.Fairness.of(game, run.finalState());
      if (json) {
        var object = SimulationReport.json(run, botNames);
        object.put("law", SimulationReport.law(fairness));
        out.println(Json.write(object));
      } else {
        out.println(SimulationReport.text(game, run, botNames) + SimulationReport.lawText(game, fairness));
      }
    } else {
      int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      var all = MonteCarlo.runAll(game, seed, runs, r, assignment, t);
      var summary = MonteCarlo.summarize(game, seed, r, all);
      out.println(json ? Json.write(SimulationReport.json(summary, botNames))
          : SimulationReport.text(game, summary, botNames));
    }
    return 0;
  }
}
