package org.veta.client.local;

/**
 * The launcher `veta play` uses: the server's in-process LocalServer.
 *
 * <p>TODO(lead, after merging the server branch): implement with org.veta.app.LocalServer, e.g.
 * <pre>
 *   LocalServer server = LocalServer.start(s.scenario(), s.seed(), s.overrides(), s.bots(), s.dataDir());
 *   return new LocalGame() {
 *     public int port() { return server.port(); }
 *     public String joinCode() { return server.joinCode(); }
 *     public Path logFile() { return server.logFile(); }
 *     public CompletableFuture&lt;Void&gt; ended() { return server.ended(); }
 *     public void close() { server.close(); }
 *   };
 * </pre>
 * Until then it says plainly that this build cannot start a local game.
 */
public final class LocalServerLauncher implements LocalGameLauncher {
  @Override
  public LocalGame start(Settings settings) {
    throw new UnsupportedOperationException(
        "this build cannot start a local game yet (the local server is not included); "
        + "join a running server with `veta join HOST:PORT CODE --name NAME`");
  }
}
