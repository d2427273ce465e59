package org.veta.client.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.terminal.TmuxSession;

/**
 * `veta replay LOG` in a real pseudo-terminal of 80x24 (tmux), its own JVM, driven as an
 * instructor at a projector would: arrow keys, space and Page Down to move, typed commands with
 * Tab completion, the view switched to a seat, a mark made, and the mark found again by a second
 * replay of the same log. Every screen must fit the window: its first row stays the title.
 */
class ReplayInATerminalTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void anInstructorStepsThroughASessionAtEightyByTwentyFour(@TempDir Path home) throws Exception {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
    Path log = RecordedSession.copy(RecordedSession.tutorial(home.resolve("recorded")), home.resolve("logs"));
    Path launcher = launcher(home, log);

    try (TmuxSession session = TmuxSession.start("sh '" + launcher + "'", 80, 24)) {
      String screen = session.waitFor("replay>", PATIENCE);
      fits(screen);
      assertThat(screen).contains("REPLAY as everyone | Tutorial: Valle Dorado in four rounds",
          "| LOBBY | event 1 of ", "SESSION Tutorial: Valle Dorado", "Policy state before round 1",
          "central legitimacy", "Right/Space next");

      session.keys("Right");
      fits(session.waitFor("| event 2 of", PATIENCE));
      session.keys("Space");
      fits(session.waitFor("| event 3 of", PATIENCE));
      session.keys("Left");
      // A screen is drawn top to bottom: wait for its last part too, not only the heading.
      session.waitForAll(PATIENCE, "| event 2 of", "SEAT TAKEN federation: Ana");

      session.keys("NPage");
      fits(session.waitForAll(PATIENCE, "Round 1 of 4 | BRIEFING", "PHASE BRIEFING round 1"));

      type(session, "goto 2");
      fits(session.waitForAll(PATIENCE, "ROUND 2 RESOLVED", "Round 2 of 4 | RESOLUTION",
          "ORDERS federation: organize", "INJECTED Mine collapse", "CHANGE ",
          "Policy state after round 2 of 4"));

      // Tab completes; on a line being typed the arrows edit it instead of moving the replay.
      session.type("help go");
      session.keys("Tab");
      session.waitFor("replay> help goto", PATIENCE);
      session.keys("C-u");
      session.type("as mayr");
      session.keys("Left");
      session.type("o");
      session.waitFor("replay> as mayor", PATIENCE);
      session.keys("Enter");
      fits(session.waitForAll(PATIENCE, "REPLAY as mayor", "VIEW mayor: only what the table sent mayor"));
      type(session, "talk");
      // Wait for the whole answer (the prompt back below it) before saying what it lacks.
      screen = session.waitUntil("the public talk and an empty prompt below it",
          shown -> shown.contains(RecordedSession.PUBLIC_FROM_ANA)
              && shown.strip().endsWith("replay>"), PATIENCE);
      assertThat(screen).doesNotContain(RecordedSession.SECRET_FROM_ANA, RecordedSession.SECRET_FROM_BEN);

      type(session, "as all");
      session.waitFor("REPLAY as everyone", PATIENCE);
      type(session, "mark debrief");
      session.waitFor("MARK debrief at round 2", PATIENCE);
      type(session, "show");
      fits(session.waitFor("* mark: debrief", PATIENCE));

      type(session, "quit");
      assertThat(session.awaitExit(PATIENCE)).isZero();
    }
    assertThat(Files.readString(NotesFile.beside(log))).contains("\"name\": \"debrief\"");

    // The next replay of the log finds the mark.
    try (TmuxSession session = TmuxSession.start("sh '" + launcher + "'", 80, 24)) {
      String screen = session.waitFor("replay>", PATIENCE);
      assertThat(screen).contains("NOTES 1 mark and 0 notes from");
      fits(screen);
      session.keys("End");
      screen = session.waitFor("LOG CLOSED", PATIENCE);
      fits(screen);
      type(session, "goto debrief");
      fits(session.waitForAll(PATIENCE, "* mark: debrief", "ROUND 2 RESOLVED"));
      session.keys("C-d");
      assertThat(session.awaitExit(PATIENCE)).isZero();
    }
  }

  /** The screen fits 80x24: no row wider, and the title is still the first row (nothing scrolled). */
  private static void fits(String screen) {
    List<String> rows = screen.lines().toList();
    assertThat(rows).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(80));
    assertThat(rows.get(0)).as("the first row of:\n" + screen).startsWith("REPLAY as ");
  }

  private static void type(TmuxSession session, String line) throws Exception {
    session.type(line);
    session.keys("Enter");
  }

  private static Path launcher(Path home, Path log) throws java.io.IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) {
      cp = System.getProperty("java.class.path");
    }
    Path launcher = home.resolve("replay.sh");
    Files.writeString(launcher, "#!/bin/sh\nexport HOME='" + home + "' LANG=C.UTF-8 LC_ALL=C.UTF-8\nexec '" + java
        + "' -Xmx256m -XX:TieredStopAtLevel=1 -cp '" + cp + "' org.veta.client.ClientMain replay '" + log + "'\n");
    return launcher;
  }
}
