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
 * Two participants negotiate from their own client processes, typing as the other answers: an
 * agreement on clauses changes the law draft only when the rules allow it, and a broken public
 * promise shows in both seats' reports.
 */
class NegotiationEndToEndTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static VetaServer server(Path dir) {
    return VetaServer.create(ServerConfig.defaults(dir.resolve("data")).withHost("127.0.0.1")
        .withPort(0).withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
  }

  /** Both send the same line. */
  private static void both(ClientProcess a, ClientProcess b, String line) throws Exception {
    a.send(line);
    b.send(line);
  }

  /** Both move on until both have reached the phase of the round. */
  private static void reach(ClientProcess a, ClientProcess b, String phase, int round) throws Exception {
    both(a, b, "wait phase " + phase);
    a.awaitLine("REACHED phase " + phase + " round " + round, PATIENCE);
    b.awaitLine("REACHED phase " + phase + " round " + round, PATIENCE);
  }

  /** Seats two participants, starts the game and brings both to the talks of round 1. */
  private static ClientProcess[] seatedInTheTalks(String address, Table table, String seatA,
      String nameA, String seatB, String nameB) throws Exception {
    ClientProcess a = ClientProcess.start("join", address, table.joinCode(), "--name", nameA,
        "--seat", seatA, "--script", "-");
    ClientProcess b = ClientProcess.start("join", address, table.joinCode(), "--name", nameB,
        "--seat", seatB, "--script", "-");
    a.awaitLine("JOINED", PATIENCE);
    b.awaitLine("JOINED", PATIENCE);
    a.send("start");
    reach(a, b, "BRIEFING", 1);
    both(a, b, "ready");
    reach(a, b, "TALKS", 1);
    return new ClientProcess[] {a, b};
  }

  @Test
  void agreedClausesReachTheDraftOnlyWhenTheRulesAllow(@TempDir Path dir) throws Exception {
    try (VetaServer server = server(dir)) {
      String address = "127.0.0.1:" + server.listen();
      Table table = server.open("bolivia", List.of(), 1, server.tableOptions().withBots("historical"));
      ClientProcess[] pair = seatedInTheTalks(address, table, "fencomin", "Flor", "president", "Evo");
      try (ClientProcess fed = pair[0]; ClientProcess centre = pair[1]) {
        fed.send("propose president clause tax_rate=1; clause credit_fund=60");
        centre.awaitLine("PROPOSAL 1 OPEN from fencomin to president", PATIENCE);
        centre.send("accept 1");
        assertThat(fed.awaitLine("DRAFT clause tax_rate=1", PATIENCE))
            .contains("Neither a roundtable nor direct negotiation is open");
        both(fed, centre, "ready");
        reach(fed, centre, "ORDERS", 1);
        both(fed, centre, "submit");
        reach(fed, centre, "REPORT", 1);
        both(fed, centre, "table");
        assertThat(fed.awaitLine("CLAUSE tax_rate", PATIENCE)).as("the agreement alone changed nothing")
            .contains("= 5 ");

        // Round 2: the historical ministry has convened a roundtable; the same deal can be done.
        both(fed, centre, "ready");
        reach(fed, centre, "BRIEFING", 2);
        both(fed, centre, "ready");
        reach(fed, centre, "TALKS", 2);
        fed.send("propose president clause tax_rate=1; clause credit_fund=60");
        centre.awaitLine("PROPOSAL 2 OPEN from fencomin to president", PATIENCE);
        centre.send("accept 2");
        assertThat(fed.awaitLine("DRAFT clause tax_rate=1", 2, PATIENCE))
            .contains("allowed, by fencomin: propose clause=tax_rate value=1 and president: draft clause=tax_rate value=1");
        both(fed, centre, "ready");
        reach(fed, centre, "ORDERS", 2);
        fed.send("order propose clause=tax_rate value=1");
        fed.send("order propose clause=credit_fund value=60");
        centre.send("order draft clause=tax_rate value=1");
        centre.send("order draft clause=credit_fund value=60");
        fed.awaitLine("ACCEPTED propose clause=credit_fund value=60", PATIENCE);
        centre.awaitLine("ACCEPTED draft clause=credit_fund value=60", PATIENCE);
        both(fed, centre, "submit");
        reach(fed, centre, "REPORT", 2);
        both(fed, centre, "table");
        assertThat(fed.awaitLine("CLAUSE tax_rate", 2, PATIENCE)).contains("= 1 ");
        assertThat(centre.awaitLine("CLAUSE credit_fund", 2, PATIENCE)).contains("= 60 ");
        both(fed, centre, "quit");
        assertThat(fed.awaitExit(PATIENCE)).isZero();
        assertThat(centre.awaitExit(PATIENCE)).isZero();
      }
    }
    // Every session this test played re-executes to the digests its log recorded.
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }

  @Test
  void aBrokenPromiseShowsInBothSeatsReports(@TempDir Path dir) throws Exception {
    try (VetaServer server = server(dir)) {
      String address = "127.0.0.1:" + server.listen();
      Table table = server.open("peru", List.of(), 1, server.tableOptions().withBots("historical"));
      ClientProcess[] pair = seatedInTheTalks(address, table, "fedemin", "Flor", "executive", "Ollanta");
      try (ClientProcess fed = pair[0]; ClientProcess centre = pair[1]) {
        fed.send("propose executive commit fedemin no_strike 2; say \"We keep the peace\"");
        centre.awaitLine("PROPOSAL 1 OPEN from fedemin to executive", PATIENCE);
        centre.send("accept 1");
        fed.awaitLine("AGREEMENT 1 fedemin, executive public", PATIENCE);
        both(fed, centre, "ready");
        reach(fed, centre, "ORDERS", 1);
        fed.send("order strike scale=1 days=14");
        fed.awaitLine("ACCEPTED strike scale=1 days=14", PATIENCE);
        both(fed, centre, "submit");
        reach(fed, centre, "REPORT", 1);
        centre.send("seats");
        assertThat(centre.awaitLine("TRUST fedemin", PATIENCE))
            .isEqualTo("TRUST fedemin you trust them 30%, they trust you 50%");
        for (ClientProcess who : List.of(fed, centre)) {
          assertThat(who.awaitLine("BREACH ", PATIENCE))
              .isEqualTo("BREACH fedemin broke 'no_strike' (agreement 1) with strike scale=1 days=14, in public");
          assertThat(who.awaitLine("EFFECT ", PATIENCE)).isNotBlank();
          assertThat(who.output()).contains("broken promises, fedemin strike scale=1 days=14]");
        }
        both(fed, centre, "quit");
        assertThat(fed.awaitExit(PATIENCE)).isZero();
        assertThat(centre.awaitExit(PATIENCE)).isZero();
      }
    }
    // Every session this test played re-executes to the digests its log recorded.
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }
}
