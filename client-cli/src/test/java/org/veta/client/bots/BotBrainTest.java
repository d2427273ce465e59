package org.veta.client.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.bot.Strategies;
import org.veta.client.net.GameClient;
import org.veta.engine.move.Orders;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.TableView;
import org.veta.session.PhaseDurations;

/** What a network bot keeps of a table view is all its choices read, and a small part of it. */
class BotBrainTest {
  @Test
  void aKeptViewChoosesAsTheWholeViewDoes(@TempDir Path dir) throws Exception {
    java.util.concurrent.CompletableFuture<Void> third = new java.util.concurrent.CompletableFuture<>();
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir.resolve("data"))
            .withHost("127.0.0.1").withPort(0)
            .withDurations(PhaseDurations.parse("briefing=0,talks=0,orders=0.2,report=0")));
        GameClient client = new GameClient(event -> {
          if (event.hasPhaseChanged() && event.getPhaseChanged().getRound() >= 3) {
            third.complete(null);
          }
        })) {
      int port = server.listen();
      var table = server.open("peru", List.of(), 3, server.tableOptions().withBots("historical"));
      client.connect("127.0.0.1", port).get(20, TimeUnit.SECONDS);
      client.request(ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
          .setCode(table.joinCode()).setName("Ana").setSeat("fedemin"))).get(20, TimeUnit.SECONDS);
      client.request(ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()))
          .get(20, TimeUnit.SECONDS);
      // Past the first rounds, so that the state the view shows is not the scenario's start,
      // where a bot that kept no indicators at all would choose the same.
      third.get(30, TimeUnit.SECONDS);
      TableView full = client.request(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()))
          .get(20, TimeUnit.SECONDS).getTable();
      assertThat(full.getRound()).isGreaterThanOrEqualTo(3);

      TableView kept = BotBrain.kept(full);

      assertThat(kept.getIndicatorsList()).extracting(Indicator::getKey, Indicator::getValue)
          .containsExactlyElementsOf(full.getIndicatorsList().stream()
              .map(i -> org.assertj.core.groups.Tuple.tuple(i.getKey(), i.getValue())).toList());
      assertThat(kept.getSeatsList()).extracting(s -> s.getId())
          .containsExactlyElementsOf(full.getSeatsList().stream().map(s -> s.getId()).toList());
      assertThat(kept.getYou().getSeat()).isEqualTo("fedemin");
      assertThat(kept.getRound()).isEqualTo(full.getRound());
      assertThat(kept.getPhase()).isEqualTo(full.getPhase());
      assertThat(kept.getSerializedSize()).as("bytes kept of %s", full.getSerializedSize())
          .isLessThan(full.getSerializedSize() / 3);
      var game = BotBrain.game(full.getScenarioId());
      assertThat(game).isPresent();
      for (String name : Strategies.names()) {
        var strategy = Strategies.byName(name).orElseThrow();
        assertThat(BotBrain.choose(game, strategy, kept, Orders.builder().build(), 11))
            .as(name).isEqualTo(BotBrain.choose(game, strategy, full, Orders.builder().build(), 11));
      }
    }
  }
}
