package org.veta.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;

/**
 * A server inside the client's process for `veta play`: one table, bots in every seat but the
 * player's, listening on 127.0.0.1 on a free port. The client talks to it over TCP all the same,
 * so a local game exercises the same code as a classroom one. Its log goes to
 * DATA/logs/veta-server.log only; the terminal belongs to the client.
 */
public final class LocalServer implements AutoCloseable {
  /** Short briefing and report (a person skips them with Ready anyway), the usual orders phase. */
  static final PhaseDurations DURATIONS = PhaseDurations.parse("briefing=20,talks=0,orders=300,report=30");

  private final VetaServer server;
  private final ServerLogging logging;
  private final Table table;
  private final int port;

  private LocalServer(VetaServer server, ServerLogging logging, Table table, int port) {
    this.server = server;
    this.logging = logging;
    this.table = table;
    this.port = port;
  }

  /**
   * Starts the server and opens its table, which starts as soon as the player joins.
   *
   * @param bots as for `veta simulate --bots`; null or "" = each seat's scenario default
   */
  public static LocalServer start(String scenario, long seed, List<String> overrides, String bots,
      Path dataDir) throws Exception {
    ServerConfig config = ServerConfig.defaults(dataDir).withHost("127.0.0.1").withPort(0)
        .withDurations(DURATIONS);
    ServerLogging logging = ServerLogging.start(dataDir, false);
    VetaServer server = VetaServer.create(config);
    try {
      Table table = server.open(scenario, overrides, seed, TableOptions.DEFAULT
          .withDurations(DURATIONS).withBots(bots == null ? "" : bots).startingOnFirstJoin());
      int port = server.listen();
      return new LocalServer(server, logging, table, port);
    } catch (Exception | Error e) {
      server.close();
      logging.close();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  public String joinCode() {
    return table.joinCode();
  }

  public Path logFile() {
    return table.logFile();
  }

  /** Completes when the game has ended and its session log is closed. */
  public CompletableFuture<Void> ended() {
    return table.ended();
  }

  @Override
  public void close() {
    server.close();
    logging.close();
  }
}
