package org.veta.client.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.net.CannedTable;
import org.veta.client.net.FakeTableServer;

/**
 * The interactive client in a real pseudo-terminal against the fake server: completion, events
 * above a half-typed line, friendly refusals, quitting. The lead's end-to-end test against the
 * real server follows the same pattern.
 */
class InteractiveShellTmuxTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Test
  void aPersonPlaysARoundAtEightyByTwentyFour(@TempDir Path home) throws Exception {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
    CannedTable table = new CannedTable();
    try (FakeTableServer server = new FakeTableServer(table)) {
      try (TmuxSession session = TmuxSession.start("sh '" + launcher(home, server.port()) + "'", 80, 24)) {
        String screen = session.waitFor("veta fedemin>", PATIENCE);
        assertThat(screen).contains("JOINED table t1 seat fedemin", "Tutorial: Madre de Dios, 2012",
            "Lobby: waiting for the game to start", "Type `help` for the commands");
        assertThat(screen.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

        session.type("star");
        session.keys("Tab", "Enter");
        session.waitFor("PHASE ORDERS round 1", PATIENCE);
        session.waitFor("STARTED", PATIENCE);

        // The status screen and the line that asked for it fit 80x24 together.
        session.type("state");
        session.keys("Enter");
        screen = session.waitForAll(PATIENCE, "Round 1 of 2 | 2012-01 to 2012-06 | ORDERS",
            "adds one, then `submit`.");
        assertThat(screen).contains("veta fedemin> state").contains("Tutorial: Madre de Dios, 2012")
            .contains("Submitted: nobody");
        assertThat(screen.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

        session.type("order str");
        session.keys("Tab");
        session.waitFor("veta fedemin> order strike", PATIENCE);
        session.type("scale=1");
        session.keys("Enter");
        session.waitFor("ACCEPTED strike scale=1", PATIENCE);

        // An event while a line is half typed goes above it; the typing survives.
        session.type("orde");
        server.push(table.notice("The facilitator pauses the game for five minutes."));
        // The line goes above the prompt, then the prompt and the typing are drawn again below it;
        // the wait fails (an AssertionError with the screen) if the typing never comes back.
        screen = session.waitUntil("the notice with \"veta fedemin> orde\" still below it",
            shown -> shown.contains("NOTICE The facilitator pauses")
                && lastLine(shown).equals("veta fedemin> orde"), PATIENCE);
        assertThat(screen.indexOf("NOTICE The facilitator pauses")).isLessThan(screen.lastIndexOf("veta fedemin> orde"));
        session.keys("C-u");

        // Ctrl-C stops a wait and keeps the client running.
        session.type("wait end");
        session.keys("Enter");
        session.waitFor("press Ctrl-C to stop waiting", PATIENCE);
        session.keys("C-c");
        session.waitFor("STOPPED waiting", PATIENCE);

        session.type("ready");
        session.keys("Enter");
        session.waitFor("GAME OVER", PATIENCE);
        session.type("order strike");
        session.keys("Enter");
        session.waitFor("Not now: Orders can only be given in the ORDERS phase.", PATIENCE);

        session.type("quit");
        session.keys("Enter");
        assertThat(session.awaitExit(PATIENCE)).isZero();
      }
    }
  }

  @Test
  void theServerHangingUpIsSaidPlainly(@TempDir Path home) throws Exception {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
    try (FakeTableServer server = new FakeTableServer(new CannedTable());
        TmuxSession session = TmuxSession.start("sh '" + launcher(home, server.port()) + "'", 80, 24)) {
      session.waitFor("veta fedemin>", PATIENCE);

      server.hangUp();

      session.waitFor("Disconnected: the server closed the connection. Press Enter to leave.", PATIENCE);
      session.keys("Enter");
      assertThat(session.awaitExit(PATIENCE)).isEqualTo(3);
    }
  }

  private static String lastLine(String screen) {
    return screen.lines().reduce((first, second) -> second.isBlank() ? first : second).orElse("");
  }

  private static Path launcher(Path home, int port) throws java.io.IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path launcher = home.resolve("client.sh");
    Files.writeString(launcher, "#!/bin/sh\nexport HOME='" + home + "' LANG=C.UTF-8 LC_ALL=C.UTF-8\nexec '" + java
        + "' -cp '" + System.getProperty("java.class.path") + "' org.veta.client.ClientMain join 127.0.0.1:"
        + port + " GOOD --name Ana\n");
    return launcher;
  }
}
