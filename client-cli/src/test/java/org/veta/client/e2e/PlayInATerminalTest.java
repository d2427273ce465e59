package org.veta.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.terminal.TmuxSession;

/**
 * `veta play` under a real pseudo-terminal (tmux), driven as a person would: type at the prompt,
 * read the screen. A whole tutorial game against bots, on a real local server, to the scorecard.
 */
class PlayInATerminalTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void aPersonPlaysTheTutorialToTheScorecard(@TempDir Path home) throws Exception {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
    Path launcher = home.resolve("play.sh");
    Files.writeString(launcher, "#!/bin/sh\nexport HOME='" + home + "' LANG=C.UTF-8 LC_ALL=C.UTF-8\n"
        + "exec " + String.join(" ", ClientProcess.command("play", "--scenario", "tutorial",
            "--seat", "federation", "--seed", "5", "--data", home.resolve("data").toString())
            .stream().map(a -> "'" + a + "'").toList()) + "\n");
    try (TmuxSession session = TmuxSession.start("sh '" + launcher + "'", 80, 24)) {
      String screen = session.waitFor("veta federation>", PATIENCE);
      assertThat(screen.lines()).allMatch(line -> line.length() <= 80);
      for (int round = 1; round <= 4; round++) {
        if (round > 1) {
          session.waitForInScrollback("PHASE BRIEFING round " + round, PATIENCE);
        }
        say(session, "ready"); // the briefing is read
        session.waitForInScrollback("PHASE ORDERS round " + round, PATIENCE);
        say(session, "order strike scale=1 days=10");
        if (round == 1) {
          session.waitFor("ACCEPTED strike scale=1 days=10", PATIENCE);
          say(session, "state");
          screen = session.waitFor("Round 1 of 4", PATIENCE);
          assertThat(screen).contains("ORDERS");
          assertThat(screen.lines()).allMatch(line -> line.length() <= 80);
          // An offer built step by step, as a newcomer to the term syntax would make it.
          say(session, "propose");
          session.waitFor("to (seats", PATIENCE);
          say(session, "government");
          session.waitFor("term 1>", PATIENCE);
          say(session, "clause tax_rate=3");
          session.waitFor("term 2>", PATIENCE);
          say(session, "");
          assertThat(session.waitForInScrollback("PROPOSAL 1 ", PATIENCE))
              .contains("PROPOSAL 1 OPEN from federation to government: clause tax_rate=3");
        }
        say(session, "submit");
        session.waitForInScrollback("ROUND " + round + " REPORT", PATIENCE);
        say(session, "ready"); // the report is read
      }
      screen = session.waitForInScrollback("GAME OVER", PATIENCE);
      say(session, "scores");
      screen = session.waitForInScrollback("SCORE federation", PATIENCE);
      assertThat(screen.split("ACCEPTED strike scale=1 days=10", -1)).as("four rounds of orders")
          .hasSize(5);
      say(session, "quit");
      screen = session.waitForInScrollback("SESSION LOG", PATIENCE);
      assertThat(session.awaitExit(PATIENCE)).isZero();
    }
    try (var logs = Files.list(home.resolve("data").resolve("sessions"))) {
      assertThat(logs.filter(p -> p.toString().endsWith(".vlog"))).hasSize(1);
    }
    // Every session this test played re-executes to the digests its log recorded.
    assertThat(org.veta.replay.EverySessionVerifies.in(home.resolve("data"))).isPositive();
  }

  private static void say(TmuxSession session, String line) throws Exception {
    session.type(line);
    session.keys("Enter");
  }
}
