package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.OrdersView;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Table;

/**
 * The whole tutorial (4 rounds) over TCP: two people at the mayor's and the federation's seats, a
 * bot at the government's, short phases; both people order and submit every round, and the game
 * ends with the scorecard.
 */
class TutorialGameEndToEndTest {
  @TempDir Path data;

  @Test
  void twoPeopleAndABotPlayTheTutorialToTheScorecard() throws Exception {
    try (ServerFixture fixture = new ServerFixture(data, "briefing=0.05,talks=0,orders=60,report=0.05")) {
      Table table = fixture.open("tutorial", 7, "");
      TestClient ana = fixture.client("Ana");
      TestClient bruno = fixture.client("Bruno");
      Joined anaJoined = ana.join(table.joinCode(), "mayor");
      Joined brunoJoined = bruno.join(table.joinCode(), "federation");
      assertThat(anaJoined.getTable().getPhase()).isEqualTo(Phase.LOBBY);
      assertThat(anaJoined.getTable().getSeatsCount()).isEqualTo(3);

      assertThat(bruno.request(Protocol.start()).hasOk()).isTrue();
      for (int round = 1; round <= 4; round++) {
        ana.awaitPhase(round, Phase.ORDERS);
        bruno.awaitPhase(round, Phase.ORDERS);
        OrdersView anaOrders = ana.request(Protocol.orders("forbear")).getOrders();
        assertThat(anaOrders.getResults(0).getAccepted())
            .as("forbear in round %d: %s", round, anaOrders).isTrue();
        OrdersView brunoOrders = bruno.request(Protocol.orders("organize")).getOrders();
        assertThat(brunoOrders.getResultsCount()).isEqualTo(1);
        assertThat(ana.request(Protocol.submit()).getOrders().getSubmitted()).isTrue();
        assertThat(bruno.request(Protocol.submit()).getOrders().getSubmitted()).isTrue();
        int r = round;
        ServerMessage report = ana.await(m -> m.hasReport() && m.getReport().getRound() == r,
            "the report of round " + r);
        assertThat(report.getRequestId()).isZero();
        assertThat(report.getReport().getMovesList()).anySatisfy(moves -> {
          assertThat(moves.getSeat()).isEqualTo("mayor");
          assertThat(moves.getMovesList()).containsExactly("forbear");
        });
      }

      Scorecard card = ana.await(ServerMessage::hasScorecard, "the scorecard").getScorecard();
      assertThat(bruno.await(ServerMessage::hasScorecard, "the scorecard").getScorecard())
          .isEqualTo(card);
      assertThat(card.getLinesList()).extracting(ScoreLine::getSeat)
          .containsExactlyInAnyOrder("government", "mayor", "federation");
      assertThat(card.getLinesList()).filteredOn(l -> l.getSeat().equals("mayor"))
          .singleElement().extracting(ScoreLine::getPlayer).isEqualTo("Ana");
      assertThat(card.getStateDigest()).hasSize(64);
      assertThat(ana.awaitPhase(4, Phase.ENDED)).isNotNull();

      table.ended().get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThat(table.logFile()).exists();
      assertThat(Files.size(table.logFile())).isPositive();

      Protocol.assertEventsWithoutGaps(ana, anaJoined.getTable().getLastSeq());
      Protocol.assertEventsWithoutGaps(bruno, brunoJoined.getTable().getLastSeq());
      Protocol.assertEveryRequestAnsweredOnce(ana);
      Protocol.assertEveryRequestAnsweredOnce(bruno);
      // Both saw the same events after Bruno joined, numbered alike.
      assertThat(bruno.events().stream().map(ServerMessage::getSeq).toList())
          .isSubsetOf(ana.events().stream().map(ServerMessage::getSeq).toList());
    }
  }
}
