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
 * Three participants talk at a Peru table, each in their own client process: a private message
 * reaches only its two seats, a role group only its role, public talk everyone, and a channel the
 * phase keeps closed is refused with its reason.
 */
class TalkEndToEndTest {
  @Test
  void eachParticipantReadsOnlyWhatTheChannelsAllow(@TempDir Path dir) throws Exception {
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir.resolve("data"))
        .withHost("127.0.0.1").withPort(0)
        .withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")))) {
      int port = server.listen();
      Table table = server.open("peru", List.of(), 3, server.tableOptions());
      String address = "127.0.0.1:" + port;
      Path fedemin = Files.writeString(dir.resolve("fedemin.txt"), String.join("\n",
          "wait phase BRIEFING", "ready", "wait phase TALKS",
          "tell mdd_governor Will you forbear this round?",
          "group Federations, we strike together", "say No interdictions in our region", "ready",
          "wait phase ORDERS", "say Too late for speeches", "quit", ""));
      Path miners = Files.writeString(dir.resolve("miners.txt"), String.join("\n",
          "wait phase BRIEFING", "ready", "wait phase TALKS", "ready", "wait phase ORDERS", "inbox",
          "quit", ""));
      Path governor = Files.writeString(dir.resolve("governor.txt"), String.join("\n",
          "start", "wait phase BRIEFING", "ready", "wait phase TALKS", "ready", "wait phase ORDERS",
          "inbox", "quit", ""));
      try (ClientProcess ana = ClientProcess.start("join", address, table.joinCode(), "--name", "Ana",
          "--seat", "fedemin", "--script", fedemin.toString());
          ClientProcess ben = ClientProcess.start("join", address, table.joinCode(), "--name", "Ben",
              "--seat", "la_libertad_miners", "--script", miners.toString())) {
        ana.awaitLine("JOINED", Duration.ofSeconds(60));
        ben.awaitLine("JOINED", Duration.ofSeconds(60));
        try (ClientProcess eve = ClientProcess.start("join", address, table.joinCode(), "--name",
            "Eve", "--seat", "mdd_governor", "--script", governor.toString())) {
          for (ClientProcess client : List.of(ana, ben, eve)) {
            assertThat(client.awaitExit(Duration.ofMinutes(2))).as(client.output()).isZero();
          }
          assertThat(ana.output()).contains("SENT private to mdd_governor", "SENT group", "SENT public",
              "ERROR WRONG_PHASE");
          String benInbox = ben.output().substring(ben.output().indexOf("> inbox"));
          assertThat(benInbox).contains("TALK group FEDERATION fedemin (Ana): Federations, we strike together",
              "TALK public fedemin (Ana): No interdictions in our region")
              .doesNotContain("Will you forbear");
          String eveInbox = eve.output().substring(eve.output().indexOf("> inbox"));
          assertThat(eveInbox).contains("TALK private fedemin (Ana) -> mdd_governor: Will you forbear this round?",
              "TALK public fedemin (Ana): No interdictions in our region")
              .doesNotContain("strike together");
        }
      }
    }
    // Every session this test played re-executes to the digests its log recorded.
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }
}
