package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.MoveList;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableView;
import org.veta.session.Table;

/** Three people at one Peru table (six seats, bots in the other three) for two rounds. */
class PeruTableEndToEndTest {
  @TempDir Path data;

  @Test
  void threePeopleAtOnePeruTablePlayTwoRounds() throws Exception {
    try (ServerFixture fixture = new ServerFixture(data, "briefing=0.05,talks=0,orders=60,report=0.05")) {
      Table table = fixture.open("peru", 3, "historical");
      List<String> seats = List.of("fedemin", "mdd_governor", "mines_ministry");
      List<TestClient> people = List.of(fixture.client("Flor"), fixture.client("Mario"),
          fixture.client("Lucía"));
      long[] lastSeq = new long[3];
      for (int i = 0; i < 3; i++) {
        Joined joined = people.get(i).join(table.joinCode(), seats.get(i));
        assertThat(joined.getSeat()).isEqualTo(seats.get(i));
        assertThat(joined.getTable().getScenarioId()).isEqualTo("peru");
        lastSeq[i] = joined.getTable().getLastSeq();
      }
      assertThat(people.get(2).request(Protocol.start()).hasOk()).isTrue();

      for (int round = 1; round <= 2; round++) {
        for (TestClient person : people) {
          person.awaitPhase(round, Phase.ORDERS);
          MoveList moves = person.request(Protocol.listMoves()).getMoves();
          assertThat(moves.getMovesCount()).isPositive();
          assertThat(person.request(Protocol.submit()).getOrders().getSubmitted()).isTrue();
        }
        int r = round;
        for (TestClient person : people) {
          person.await(m -> m.hasReport() && m.getReport().getRound() == r, "the report of round " + r);
        }
      }

      for (int i = 0; i < 3; i++) {
        TestClient person = people.get(i);
        RoundReport first = person.request(Protocol.report(1)).getReport();
        assertThat(first.getRound()).isEqualTo(1);
        assertThat(first.getStateDigest()).hasSize(64);
        assertThat(first.getMovesList()).extracting(m -> m.getSeat()).hasSize(6);
        TableView view = person.request(Protocol.getTable()).getTable();
        assertThat(view.getYou().getSeat()).isEqualTo(seats.get(i));
        assertThat(view.getSeatsList()).filteredOn(s -> s.getBot()).hasSize(3);
        assertThat(view.getRound()).isGreaterThanOrEqualTo(2);
      }
      // Same digest for everyone: one game, seen from three seats.
      assertThat(people.stream().map(p -> p.await(m -> m.hasReport() && m.getReport().getRound() == 2,
          "report 2").getReport().getStateDigest()).distinct()).hasSize(1);
      for (int i = 0; i < 3; i++) {
        Protocol.assertEveryRequestAnsweredOnce(people.get(i));
        Protocol.assertEventsWithoutGaps(people.get(i), lastSeq[i]);
      }
      List<Long> lastSeen = people.stream().map(p -> p.events().stream()
          .filter(ServerMessage::hasPhaseChanged).map(ServerMessage::getSeq).toList())
          .map(l -> l.get(0)).toList();
      assertThat(lastSeen).as("the first phase change has one number for all").containsOnly(lastSeen.get(0));
    }
  }
}
