package org.veta.client.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.client.ClientMain;
import org.veta.client.local.LocalServerLauncher;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogRecord;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;

/**
 * `veta bots` against a real server in this process: network bots fill a table's seats over the
 * protocol and play every phase to the scorecard, with the engine's strategies on a scenario the
 * client knows and with moves from ListMoves on one it does not.
 */
class BotsEndToEndTest {
  private static VetaServer server(Path dir) {
    return VetaServer.create(ServerConfig.defaults(dir.resolve("data")).withHost("127.0.0.1")
        .withPort(0).withScenarios(dir.resolve("scenarios"))
        .withDurations(PhaseDurations.parse("briefing=30,talks=30,orders=30,report=30")));
  }

  private static String bots(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ClientMain.commandLine(new LocalServerLauncher(),
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code; stdout:%n%s%nstderr:%n%s", printed,
        err.toString(StandardCharsets.UTF_8)).isZero();
    return printed;
  }

  private static List<LogRecord> inputs(Table table) throws Exception {
    return LogReader.read(table.logFile()).records().stream().filter(LogRecord::hasInput).toList();
  }

  @Test
  void botsFillATutorialTableAndPlayItToTheEnd(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("scenarios"));
    try (VetaServer server = server(dir)) {
      int port = server.listen();
      Table table = server.open("tutorial", List.of(), 5, server.tableOptions());
      String out = bots("bots", "127.0.0.1:" + port, table.joinCode(), "--fill",
          "--think-ms", "10", "--strategy", "historical");
      int seats = table.game().seats().size();
      assertThat(out).contains("BOTS " + seats + " SEATED", "BOTS DONE " + seats);
      for (var seat : table.game().seats()) {
        assertThat(out).contains("BOT " + seat.id() + " JOINED").containsPattern(
            "BOT " + seat.id() + " SCORE \\d+");
      }
      table.ended().get(30, TimeUnit.SECONDS);
      // They played: orders from the strategy every round, ready, submit.
      List<LogRecord> inputs = inputs(table);
      assertThat(inputs).anyMatch(r -> r.getInput().getMessage().hasSetOrders());
      assertThat(inputs).anyMatch(r -> r.getInput().getMessage().hasSubmit());
      assertThat(inputs).anyMatch(r -> r.getInput().getMessage().hasReady());
      long orderRounds = inputs.stream().filter(r -> r.getInput().getMessage().hasSubmit())
          .map(r -> r.getInput().getSeat()).distinct().count();
      assertThat(orderRounds).isEqualTo(seats);
    }
    assertThat(org.veta.replay.EverySessionVerifies.in(dir.resolve("data"))).isEqualTo(1);
  }

  @Test
  void aBotInAScenarioTheClientDoesNotKnowPlaysFromTheMoveList(@TempDir Path dir) throws Exception {
    // The tutorial under another id: the server loads it from its directory, the client has
    // never heard of it.
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    String text = new String(BotsEndToEndTest.class.getResourceAsStream(
        "/scenarios/tutorial.textproto").readAllBytes(), StandardCharsets.UTF_8)
        .replaceFirst("id: \"tutorial\"", "id: \"unknown_town\"");
    Files.writeString(scenarios.resolve("unknown_town.textproto"), text);
    assertThat(Scenarios.game("unknown_town")).isEmpty();
    try (VetaServer server = server(dir)) {
      int port = server.listen();
      Table table = server.open("unknown_town", List.of(), 2, server.tableOptions());
      String out = bots("bots", "127.0.0.1:" + port, table.joinCode(), "--count", "1", "--start",
          "--think-ms", "10", "--strategy", "random");
      assertThat(out).contains("BOTS 1 SEATED", "BOTS DONE 1");
      table.ended().get(30, TimeUnit.SECONDS);
      List<LogRecord> inputs = inputs(table);
      assertThat(inputs).anyMatch(r -> r.getInput().getMessage().hasListMoves());
      assertThat(inputs).anyMatch(r -> r.getInput().getMessage().hasSetOrders());
    }
  }

  @Test
  void theBotsRebuildTheStateTheServerShows() {
    // The engine's strategy chooses from the state rebuilt from a seat's view: the same moves as
    // on the server's own state at the start of a game.
    var game = Scenarios.game("peru").orElseThrow();
    assertThat(Scenarios.game("peru8")).isPresent();
    assertThat(Scenarios.game("peru8").orElseThrow().seats()).hasSize(8);
    var strategy = org.veta.bot.Strategies.byName("historical").orElseThrow();
    var seat = game.seat("fedemin").orElseThrow();
    var view = org.veta.protocol.wire.TableView.newBuilder().setRound(1)
        .setYou(org.veta.protocol.wire.YourSeat.newBuilder().setSeat("fedemin"));
    for (var entry : game.initialState().values().entrySet()) {
      view.addIndicators(org.veta.protocol.wire.Indicator.newBuilder().setKey(entry.getKey())
          .setValue(entry.getValue()));
    }
    List<String> chosen = BotBrain.choose(java.util.Optional.of(game), strategy, view.build(),
        org.veta.engine.move.Orders.NONE, 1);
    List<String> direct = strategy.choose(new org.veta.bot.BotView(game, game.initialState(), seat,
        org.veta.engine.SeededRandom.stream(1, 1, "bot:fedemin"),
        org.veta.engine.move.Orders.NONE)).stream().map(m -> m.text()).toList();
    assertThat(chosen).isNotEmpty().isEqualTo(direct);
  }
}
