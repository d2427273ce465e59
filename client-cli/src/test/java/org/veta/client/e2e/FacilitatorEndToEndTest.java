package org.veta.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogRecord;
import org.veta.replay.SessionRecord;
import org.veta.replay.Verifier;
import org.veta.session.PhaseDurations;

/**
 * The facilitator's acceptance run, every party in its own process as in a workshop: a scripted
 * facilitator's console opens three tables, scripted players and bots fill them, the facilitator
 * sets timers, pauses and resumes, injects an event that moves the state through the engine with
 * its reason, hands a dropped seat to a bot, ends the games and downloads the logs.
 */
class FacilitatorEndToEndTest {
  private static final Duration LONG = Duration.ofSeconds(90);

  @Test
  void aScriptedFacilitatorRunsAWorkshopOfThreeTables(@TempDir Path dir) throws Exception {
    // Phases are long: each ends because someone acts, never because a clock ran out.
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir.resolve("data"))
        .withHost("127.0.0.1").withPort(0)
        .withDurations(PhaseDurations.parse("briefing=600,talks=0,orders=600,report=600")))) {
      String address = "127.0.0.1:" + server.listen();
      try (ClientProcess maria = ClientProcess.start("facilitate", address, "--key",
          server.facilitatorKey(), "--name", "Maria", "--script", "-")) {
        maria.awaitLine("FACILITATOR Maria", LONG);
        maria.send("create tutorial --tables 3 --seed 4 --on-deadline hold");
        List<String> codes = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
          codes.add(maria.awaitLine("TABLE " + n + " ", LONG).split(" ")[2]);
        }
        maria.awaitLine("CREATED 3 tables of tutorial", LONG);

        try (ClientProcess ana = ClientProcess.start("join", address, codes.get(0), "--name", "Ana",
            "--seat", "federation", "--script", "-");
            ClientProcess ben = ClientProcess.start("join", address, codes.get(0), "--name", "Ben",
                "--seat", "mayor", "--script", "-");
            ClientProcess cy = ClientProcess.start("join", address, codes.get(1), "--name", "Cy",
                "--seat", "government", "--script", "-");
            ClientProcess dee = ClientProcess.start("join", address, codes.get(2), "--name", "Dee",
                "--seat", "mayor", "--script", "-")) {
          for (ClientProcess player : List.of(ana, ben, cy, dee)) {
            player.awaitLine("JOINED", LONG);
          }
          maria.send("wait 1 seats 2");
          maria.awaitLine("REACHED 1 seats 2", LONG);

          // Timers for every table, then start: the empty seats go to bots.
          maria.send("timer all orders 4m");
          maria.awaitLine("OK 3 ", LONG);
          maria.send("start all");
          maria.awaitLine("OK 3 started", LONG);
          maria.send("wait 1 phase BRIEFING round 1");
          maria.awaitLine("REACHED 1 phase BRIEFING round 1", LONG);
          maria.send("tables");
          assertThat(maria.awaitLine("T3 SEAT government ", LONG)).contains("bot:");

          // Paused, the briefing does not end although everyone at the table is ready.
          maria.send("pause 1");
          maria.awaitLine("OK 1 paused in BRIEFING of round 1", LONG);
          ana.awaitLine("PAUSED BRIEFING round 1", LONG);
          ana.send("ready");
          ben.send("ready");
          ana.awaitLine("READY", LONG);
          ben.awaitLine("READY", LONG);
          ana.send("state");
          ana.awaitLine("> state", LONG);
          maria.send("resume 1");
          maria.awaitLine("OK 1 resumed", LONG);
          ana.awaitLine("PHASE ORDERS round 1", LONG);

          // The inject is announced now and moves the state when the round resolves.
          maria.send("inject 1 mine_accident");
          maria.awaitLine("OK 1 'Mine collapse in Valle Dorado' is announced", LONG);
          ana.awaitLine("NOTICE News: Mine collapse in Valle Dorado", LONG);
          maria.send("message 1/federation Your orders, please.");
          maria.awaitLine("OK 1 message sent to federation", LONG);
          ana.awaitLine("TALK facilitator -> federation: Your orders, please.", LONG);
          ana.send("order organize");
          ana.send("submit");
          ben.send("order forbear");
          ben.send("submit");
          ana.awaitLine("ROUND 1 REPORT", LONG);
          assertThat(ana.awaitLine("EFFECT socio-environmental conflict in Valle Dorado", LONG))
              .contains("Mine collapse in Valle Dorado");
          assertThat(ben.output()).doesNotContain("Your orders, please.");

          // Ben's laptop dies: his seat is kept, the facilitator hands it to a bot, the table goes on.
          ben.close();
          maria.send("wait 1 dropped mayor");
          maria.awaitLine("REACHED 1 dropped mayor", LONG);
          maria.send("seat 1 mayor bot historical");
          maria.awaitLine("OK 1 mayor is played by the historical bot", LONG);
          ana.send("ready");
          ana.send("wait round 2");
          ana.send("ready");
          ana.send("wait phase ORDERS");
          ana.awaitLine("PHASE ORDERS round 2", LONG);
          ana.send("order strike");
          ana.send("submit");
          ana.awaitLine("ROUND 2 REPORT", LONG);

          maria.send("compare");
          maria.awaitLine("COHORT tutorial tables=3", LONG);
          maria.send("end all");
          maria.awaitLine("OK 3 ended with 0 rounds resolved", LONG);
          maria.awaitLine("OK 1 ended with 2 rounds resolved", LONG);
          ana.awaitLine("GAME OVER", LONG);
          cy.awaitLine("GAME OVER", LONG);
          dee.awaitLine("GAME OVER", LONG);
          for (int n = 1; n <= 3; n++) {
            maria.send("log " + n + " " + dir.resolve("table-" + n + ".vlog"));
            maria.awaitLine("LOG " + n + " ", LONG);
          }
          maria.send("quit");
          assertThat(maria.awaitExit(LONG)).as(maria.output()).isZero();
          for (ClientProcess player : List.of(ana, cy, dee)) {
            player.send("quit");
          }
        }
        assertThat(maria.output()).doesNotContain("ERROR", "FAIL ");
      }

      // The downloaded logs are whole, say what the facilitator did and when, and re-execute.
      List<String> done = new ArrayList<>();
      for (int n = 1; n <= 3; n++) {
        Path file = dir.resolve("table-" + n + ".vlog");
        var contents = LogReader.read(file);
        assertThat(contents.damage()).isEmpty();
        for (LogRecord r : contents.records()) {
          if (r.hasInput() && r.getInput().getFacilitator()) {
            assertThat(r.getInput().getMember()).startsWith("facilitator Maria");
            assertThat(r.getTimeMs()).isPositive();
            if (n == 1) {
              done.add(r.getInput().getMessage().getBodyCase().name());
            }
          }
        }
        var verdict = Verifier.verify(SessionRecord.of(contents));
        assertThat(verdict.divergence()).isEmpty();
      }
      assertThat(done).contains("CREATE_TABLES", "SET_TIMER", "PACE", "INJECT", "NUDGE",
          "SEAT_COMMAND");
      var table1 = SessionRecord.open(dir.resolve("table-1.vlog"));
      assertThat(table1.rounds()).hasSize(2);
      assertThat(table1.rounds().get(0).getInjectedList()).singleElement()
          .satisfies(e -> assertThat(e.getId()).startsWith("mine_accident"));
      assertThat(table1.rounds().get(0).getEffectsList()).anySatisfy(e ->
          assertThat(e.getReason()).contains("Mine collapse in Valle Dorado"));
      assertThat(table1.rounds().get(1).getBotsList()).contains("mayor=historical");
    }
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isPositive();
  }
}
