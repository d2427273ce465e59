package org.veta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.net.TestClient;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Submit;

/**
 * `veta play`'s server: one table that starts when the player joins; the player skips briefings
 * and reports with Ready and submits every round, so the game ends without waiting for a deadline.
 */
class LocalServerTest {
  @TempDir Path data;

  @Test
  void oneLocalGameAgainstBotsRunsToItsEnd() throws Exception {
    try (LocalServer server = LocalServer.start("tutorial", 5, List.of(), "adaptive", data);
        TestClient player = TestClient.connect("Player", server.port())) {
      player.hello();
      assertThat(player.join(server.joinCode(), "federation").getSeat()).isEqualTo("federation");
      ClientMessage.Builder ready = ClientMessage.newBuilder().setReady(Ready.getDefaultInstance());
      for (int round = 1; round <= 4; round++) {
        player.awaitPhase(round, Phase.BRIEFING);
        assertThat(player.request(ready.clone()).hasOk()).isTrue();
        player.awaitPhase(round, Phase.ORDERS);
        assertThat(player.request(ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()))
            .hasOrders()).isTrue();
        player.awaitPhase(round, Phase.REPORT);
        assertThat(player.request(ready.clone()).hasOk()).isTrue();
      }
      assertThat(player.await(ServerMessage::hasScorecard, "the scorecard").getScorecard()
          .getLinesList()).hasSize(3);
      server.ended().get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThat(Files.size(server.logFile())).isPositive();
      assertThat(server.logFile()).startsWith(data);
    }
  }
}
