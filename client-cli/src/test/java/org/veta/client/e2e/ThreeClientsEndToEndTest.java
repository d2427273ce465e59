package org.veta.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;

/**
 * Three participants, each in their own terminal client process, at one Peru table on a real
 * server, with bots in the other three seats: the whole game, to the scorecard.
 */
class ThreeClientsEndToEndTest {
  private static final Duration GAME = Duration.ofMinutes(4);

  /** A participant's script: each round, read the briefing, order, submit, read the report. */
  private static String script(boolean starts, String move, int rounds) {
    StringBuilder s = new StringBuilder(starts ? "start\n" : "");
    for (int r = 1; r <= rounds; r++) {
      s.append("wait phase BRIEFING\nready\nwait phase ORDERS\norder ").append(move)
          .append("\nsubmit\nwait phase REPORT\nready\n");
    }
    return s.append("wait end\nscores\nquit\n").toString();
  }

  @Test
  void threeTerminalClientsAndBotsPlayAWholePeruGame(@TempDir Path dir) throws Exception {
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir.resolve("data"))
        .withHost("127.0.0.1").withPort(0)
        .withDurations(PhaseDurations.parse("briefing=60,talks=0,orders=60,report=60")))) {
      int port = server.listen();
      Table table = server.open("peru", List.of(), 7, server.tableOptions());
      String address = "127.0.0.1:" + port;
      int rounds = table.game().rounds();
      Path governor = Files.writeString(dir.resolve("governor.txt"), script(false, "forbear", rounds));
      Path federation = Files.writeString(dir.resolve("federation.txt"),
          script(false, "strike scale=0.8 days=10", rounds));
      Path executive = Files.writeString(dir.resolve("executive.txt"),
          script(true, "decree size=0.1", rounds));
      try (ClientProcess ana = ClientProcess.start("join", address, table.joinCode(), "--name", "Ana",
          "--seat", "mdd_governor", "--script", governor.toString());
          ClientProcess ben = ClientProcess.start("join", address, table.joinCode(), "--name", "Ben",
              "--seat", "fedemin", "--script", federation.toString())) {
        ana.awaitLine("JOINED", Duration.ofSeconds(60));
        ben.awaitLine("JOINED", Duration.ofSeconds(60));
        // The third participant starts the game once the other two are seated.
        try (ClientProcess eve = ClientProcess.start("join", address, table.joinCode(), "--name",
            "Eve", "--seat", "executive", "--script", executive.toString())) {
          for (ClientProcess client : List.of(ana, ben, eve)) {
            assertThat(client.awaitExit(GAME)).as(client.output()).isZero();
          }
          for (ClientProcess client : List.of(ana, ben, eve)) {
            String out = client.output();
            assertThat(out).contains("REACHED phase ORDERS round " + rounds, "GAME OVER",
                "SCORE fedemin", "SCORE mdd_governor", "SCORE executive");
          }
          assertThat(ben.output()).contains("ACCEPTED strike scale=0.8 days=10")
              .contains("SUBMITTED");
          assertThat(ana.output()).contains("ACCEPTED forbear");
          assertThat(eve.output()).contains("STARTED").contains("ACCEPTED decree size=0.1");
        }
      }
      table.ended().get();
      assertThat(Files.size(table.logFile())).isPositive();
    }
    // Every session this test played re-executes to the digests its log recorded.
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }
}
