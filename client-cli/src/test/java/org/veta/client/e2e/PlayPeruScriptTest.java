package org.veta.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `veta play` with its defaults (Peru, bots in the other seats), played through every round to
 * the scorecard from a script, as a participant who prefers plain text would.
 */
class PlayPeruScriptTest {
  @Test
  void aPersonPlaysEveryRoundOfPeruToTheScorecard(@TempDir Path dir) throws Exception {
    StringBuilder script = new StringBuilder("# FEDEMIN, every round\n");
    for (int round = 1; round <= 14; round++) {
      script.append("wait phase BRIEFING\nready\nwait phase ORDERS\n")
          .append(round == 10 ? "order run_for_office\n" : "order strike scale=0.8 days=10\n")
          .append("submit\nwait phase REPORT\nready\n");
    }
    script.append("wait end\nscores\n");
    Path file = Files.writeString(dir.resolve("fedemin.txt"), script);
    Path data = dir.resolve("data");
    try (ClientProcess play = ClientProcess.start("play", "--seat", "fedemin", "--seed", "2",
        "--data", data.toString(), "--script", file.toString())) {
      assertThat(play.awaitExit(Duration.ofMinutes(3))).as(play.output()).isZero();
      String out = play.output();
      assertThat(out).contains("JOINED table peru-", "seat fedemin", "REACHED phase ORDERS round 14",
          "ACCEPTED run_for_office", "GAME OVER", "SCORE fedemin", "LAW fedemin utility",
          "PARETO DISTANCE", "NASH DISTANCE", "SESSION LOG " + data);
      assertThat(out).doesNotContain("ERROR");
    }
    try (var logs = Files.list(data.resolve("sessions"))) {
      assertThat(logs.filter(p -> p.getFileName().toString().startsWith("peru-"))).hasSize(1);
    }
    // Every session this test played re-executes to the digests its log recorded.
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }
}
