package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.net.FakeTableServer;
import org.veta.client.terminal.TmuxSession;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableSummary;

/**
 * The facilitator's console in a real pseudo-terminal of 80x24 against the fake server: the
 * overview on arrival, completion of tables and seats, the y/N before ending every table, the
 * live overview redrawn by a summary, and a wrong key said plainly.
 */
class FacilitatorShellTmuxTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Test
  void aFacilitatorSteersTablesAtEightyByTwentyFour(@TempDir Path home) throws Exception {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
    try (FakeTableServer server = new FakeTableServer(new CannedTables());
        TmuxSession session = TmuxSession.start("sh '" + launcher(home, server.port(), CannedTables.KEY) + "'", 80, 24)) {
      String screen = session.waitFor("facilitate>", PATIENCE);
      assertThat(screen).contains("FACILITATOR Maria", "#1 peru  K4TQ-92  round 3/8  ORDERS",
          "#3 bolivia  QQ22-11  round 5/6  REPORT  PAUSED (42s left)", "Type `help` for the commands");
      assertThat(screen.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

      // Tab completes the command, then a seat of the table named.
      session.type("sea");
      session.keys("Tab");
      session.type("3 fen");
      session.keys("Tab");
      session.waitFor("facilitate> seat 3 fencomin", PATIENCE);
      session.type("bot hardline");
      session.keys("Enter");
      session.waitFor("OK 3 fencomin SEAT_BOT", PATIENCE);

      // Ending every table asks first; no is no.
      session.type("end");
      session.keys("Enter");
      session.waitFor("End every game now, each with the scorecard of the state it reached? [y/N]", PATIENCE);
      session.type("n");
      session.keys("Enter");
      session.waitFor("CANCELLED", PATIENCE);
      assertThat(server.received()).noneMatch(m -> m.hasPace());

      // The live overview is redrawn when a table changes, until Enter.
      session.type("tables --live");
      session.keys("Enter");
      session.waitFor("Live overview: press Enter to stop.", PATIENCE);
      TableSummary started = CannedTables.lobby().toBuilder().setRound(1).setPhase(Phase.TALKS).build();
      server.push(ServerMessage.newBuilder().setTableId("t-2").setTableChanged(started).build());
      // A redraw clears the screen, prints the tables, then puts the prompt back: wait for all of it.
      screen = session.waitForAll(PATIENCE, "#2 peru  ZX81-07  round 1/8  TALKS", "Live overview: press Enter to stop.");
      assertThat(screen).doesNotContain("T2 CHANGED");
      session.keys("Enter");
      session.waitFor("facilitate>", PATIENCE);

      // Out of the live view, a change is one line again.
      server.push(ServerMessage.newBuilder().setTableId("t-2")
          .setTableChanged(started.toBuilder().setPhase(Phase.ORDERS)).build());
      session.waitFor("T2 CHANGED round=1/8 phase=ORDERS left=none seats=1/4 submitted=0/4", PATIENCE);

      session.type("paws 2");
      session.keys("Enter");
      session.waitFor("There is no command \"paws\".", PATIENCE);
      session.type("timer 2 orders soon");
      session.keys("Enter");
      session.waitFor("\"soon\" is not a duration (try 90, 90s, 2m, 1m30s or 1h).", PATIENCE);
      session.waitFor("Usage: timer [TABLE|all] PHASE DURATION   (type `help timer` for more)", PATIENCE);

      session.type("quit");
      session.keys("Enter");
      assertThat(session.awaitExit(PATIENCE)).isZero();
    }
  }

  @Test
  void aWrongKeyIsSaidPlainlyAndExitsNonZero(@TempDir Path home) throws Exception {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
    try (FakeTableServer server = new FakeTableServer(new CannedTables());
        TmuxSession session = TmuxSession.start("sh '" + launcher(home, server.port(), "guess") + "'", 80, 24)) {
      String screen = session.waitFor("[exited ", PATIENCE);

      assertThat(screen).contains("Not admitted: That is not this server's facilitator key.",
          "Check the facilitator key: it is the one the server was started with.");
      assertThat(session.awaitExit(PATIENCE)).isEqualTo(1);
    }
  }

  private static Path launcher(Path home, int port, String key) throws java.io.IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path keyFile = Files.writeString(home.resolve("facilitator.key"), key + "\n");
    Path launcher = home.resolve("facilitate.sh");
    // A fresh tmux server can lose the first line its pane prints: let it be this one, not the console's.
    Files.writeString(launcher, "#!/bin/sh\nexport HOME='" + home + "' LANG=C.UTF-8 LC_ALL=C.UTF-8\necho launching\nexec '" + java
        + "' -cp '" + System.getProperty("java.class.path") + "' org.veta.client.ClientMain facilitate 127.0.0.1:"
        + port + " --key-file '" + keyFile + "' --name Maria\n");
    return launcher;
  }
}
