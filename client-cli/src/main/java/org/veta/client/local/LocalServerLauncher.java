package org.veta.client.local;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.veta.app.LocalServer;

/**
 * The launcher `veta play` uses: a real server in this process, on a free loopback port, with one
 * table whose other seats are bots. The client then talks to it over TCP like any other client,
 * so a local game exercises the same protocol as a workshop.
 */
public final class LocalServerLauncher implements LocalGameLauncher {
  @Override
  public LocalGame start(Settings s) throws Exception {
    LocalServer server = LocalServer.start(s.scenario(), s.seed(), s.overrides(), s.bots(), s.dataDir());
    return new LocalGame() {
      @Override
      public int port() {
        return server.port();
      }

      @Override
      public String joinCode() {
        return server.joinCode();
      }

      @Override
      public Path logFile() {
        return server.logFile();
      }

      @Override
      public CompletableFuture<Void> ended() {
        return server.ended();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }
}
