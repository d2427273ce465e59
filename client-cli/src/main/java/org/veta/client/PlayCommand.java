package org.veta.client;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veta.client.local.LocalGameLauncher;
import org.veta.client.local.LocalGameLauncher.LocalGame;
import org.veta.client.shell.ExitCodes;
import org.veta.client.shell.JoinRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `veta play`: a whole game on this machine, against bots, in one command. */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = "Play a game on this machine against bots: starts a local server and joins it.",
    footer = {"", "Example: veta play --scenario tutorial --seat federation",
        "         veta play --seat fedemin --set political_incorporation=0.9"})
final class PlayCommand implements Callable<Integer> {
  private final LocalGameLauncher launcher;
  private final Sessions sessions;

  @Option(names = "--scenario", paramLabel = "NAME", description = "peru, bolivia or tutorial (default: ${DEFAULT-VALUE})")
  String scenario = "peru";

  @Option(names = "--seat", paramLabel = "SEAT", description = "the seat you play (default: the first free one)")
  String seat = "";

  @Option(names = "--seed", paramLabel = "N", description = "the random seed, to replay a game (default: a new one)")
  Long seed;

  @Option(names = "--data", paramLabel = "DIR", description = "where the session log goes (default: ${DEFAULT-VALUE})")
  Path data = Path.of("veta-data");

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a scenario parameter, e.g. political_incorporation=0.9")
  List<String> overrides = new java.util.ArrayList<>();

  @Option(names = "--script", paramLabel = "FILE|-", description = "read commands from FILE (or - for standard input)")
  String script;

  @Option(names = "--bots", paramLabel = "STRATEGY", description = "how the bots play (default: ${DEFAULT-VALUE})")
  String bots = "adaptive";

  @Option(names = "--name", paramLabel = "NAME", description = "your name (default: your login name)")
  String name = System.getProperty("user.name", "player");

  PlayCommand(LocalGameLauncher launcher, Sessions sessions) {
    this.launcher = launcher;
    this.sessions = sessions;
  }

  @Override
  public Integer call() throws Exception {
    long chosenSeed = seed != null ? seed : System.nanoTime() & Long.MAX_VALUE;
    LocalGame game;
    try {
      game = launcher.start(new LocalGameLauncher.Settings(scenario, chosenSeed, List.copyOf(overrides), bots, data));
    } catch (Exception e) {
      sessions.err().println("veta: could not start a local game: " + e.getMessage());
      return ExitCodes.CONNECTION_FAILED;
    }
    try (game) {
      sessions.err().println("veta: local game of " + scenario + " with seed " + chosenSeed + " on port " + game.port());
      int exit = sessions.run(new JoinRequest("127.0.0.1", game.port(), game.joinCode(), name, seat), script);
      sessions.out().println("SESSION LOG " + game.logFile());
      return exit;
    }
  }
}
