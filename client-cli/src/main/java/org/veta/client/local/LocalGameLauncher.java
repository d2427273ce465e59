package org.veta.client.local;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts a game on this machine for `veta play`: a real server on a free loopback port with one
 * table, bots in the other seats, starting as soon as the player joins. The client then joins
 * it over the network like any other, so `play` exercises the same path as a workshop.
 */
public interface LocalGameLauncher {
  /** What to start. dataDir may be null for the server's default; overrides are `--set` style. */
  record Settings(String scenario, long seed, List<String> overrides, String bots, Path dataDir) {}

  /** A running local game. */
  interface LocalGame extends AutoCloseable {
    int port();

    String joinCode();

    /** The session log, printed when the game ends so a debrief can find it. */
    Path logFile();

    /** Completes when the table's game is over. */
    java.util.concurrent.CompletableFuture<Void> ended();

    @Override
    void close();
  }

  LocalGame start(Settings settings) throws Exception;
}
