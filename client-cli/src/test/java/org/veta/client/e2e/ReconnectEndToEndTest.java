package org.veta.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A participant's link drops in the middle of the talks: the client gets the seat back by itself
 * when the link returns, receives what was said meanwhile, and plays on.
 */
class ReconnectEndToEndTest {
  private static final Duration LONG = Duration.ofSeconds(60);

  @Test
  void aDroppedLinkIsMendedAndNothingSaidMeanwhileIsMissed(@TempDir Path dir) throws Exception {
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir.resolve("data"))
        .withHost("127.0.0.1").withPort(0)
        .withDurations(PhaseDurations.parse("briefing=600,talks=600,orders=600,report=600")))) {
      int port = server.listen();
      Table table = server.open("peru", List.of(), 3, server.tableOptions());
      try (CuttableProxy wifi = new CuttableProxy(port);
          ClientProcess ana = ClientProcess.start("join", "127.0.0.1:" + wifi.port(),
              table.joinCode(), "--name", "Ana", "--seat", "fedemin", "--script", "-");
          ClientProcess ben = ClientProcess.start("join", "127.0.0.1:" + port, table.joinCode(),
              "--name", "Ben", "--seat", "mdd_governor", "--script", "-")) {
        ana.awaitLine("JOINED", LONG);
        ben.awaitLine("JOINED", LONG);
        ben.send("start");
        for (ClientProcess p : List.of(ana, ben)) {
          p.awaitLine("PHASE BRIEFING round 1", LONG);
          p.send("ready");
        }
        for (ClientProcess p : List.of(ana, ben)) {
          p.awaitLine("PHASE TALKS round 1", LONG);
        }

        wifi.cut();
        ana.awaitLine("NOTICE The connection to the server dropped", LONG);
        ben.awaitContaining("fedemin=dropped:Ana", LONG); // her seat is kept for her
        ben.send("say Did you see the decree?");
        ben.awaitLine("SENT public", LONG);
        wifi.heal();

        ana.awaitLine("NOTICE Back at your seat fedemin.", LONG);
        ana.awaitLine("TALK public mdd_governor (Ben): Did you see the decree?", LONG);
        ana.send("say Yes, we strike tomorrow");
        ana.awaitLine("SENT public", LONG);
        ben.awaitLine("TALK public fedemin (Ana): Yes, we strike tomorrow", LONG);
        for (ClientProcess p : List.of(ana, ben)) {
          p.send("ready");
        }
        ana.awaitLine("PHASE ORDERS round 1", LONG);
        ana.send("order organize");
        ana.awaitLine("ACCEPTED organize", LONG);
        ana.send("quit");
        ben.send("quit");
        assertThat(ana.awaitExit(LONG)).as(ana.output()).isZero();
      }
    }
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }
}
