package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.ServerMessage;

/**
 * Joining as the table decides it: requests sent right behind a join are answered as the join
 * turned out, and a closed connection's seat is free again for someone else.
 */
class JoiningEndToEndTest extends TutorialTableTest {


  @Test
  void aRequestSentRightBehindASuccessfulJoinIsTheSeats() throws Exception {
    TestClient ana = fixture.client("Ana");
    long joinId = ana.send(Protocol.join(table.joinCode(), "Ana", "mayor"));
    long viewId = ana.send(Protocol.getTable());
    assertThat(ana.await(m -> m.getRequestId() == joinId, "joined").hasJoined()).isTrue();
    ServerMessage view = ana.await(m -> m.getRequestId() == viewId, "the table view");
    assertThat(view.getTable().getYou().getSeat()).isEqualTo("mayor");
  }

  @Test
  void aRequestSentRightBehindARefusedJoinIsRefused() throws Exception {
    TestClient ana = fixture.client("Ana");
    long joinId = ana.send(Protocol.join(table.joinCode(), "Ana", "nobody"));
    long viewId = ana.send(Protocol.getTable());
    assertThat(ana.await(m -> m.getRequestId() == joinId, "the refusal").getError().getCode())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ana.await(m -> m.getRequestId() == viewId, "the refusal").getError().getCode())
        .isEqualTo(ErrorCode.NOT_YOUR_SEAT);
    assertThat(ana.join(table.joinCode(), "mayor").getSeat()).isEqualTo("mayor");
  }

  @Test
  void aClosedConnectionsSeatIsFreeForSomeoneElse() throws Exception {
    TestClient watcher = fixture.client("Watcher");
    watcher.join(table.joinCode(), "federation");
    TestClient ana = fixture.client("Ana");
    ana.join(table.joinCode(), "mayor");
    TestClient bea = fixture.client("Bea");
    bea.refused(Protocol.join(table.joinCode(), "Bea", "mayor"), ErrorCode.CONFLICT);

    // The seat is freed by an event after the one that seated Ana: an earlier event, from before
    // Ana sat down, also shows the seat empty and must not count.
    ServerMessage seated = watcher.await(m -> m.hasSeatsChanged() && m.getSeatsChanged()
        .getSeatsList().stream().anyMatch(s -> s.getId().equals("mayor") && s.getPlayer().equals("Ana")),
        "Ana seated as mayor");
    ana.close();
    watcher.await(m -> m.getSeq() > seated.getSeq() && m.hasSeatsChanged() && m.getSeatsChanged()
        .getSeatsList().stream().anyMatch(s -> s.getId().equals("mayor") && s.getPlayer().isEmpty()),
        "the mayor's seat freed");
    assertThat(bea.join(table.joinCode(), "mayor").getSeat()).isEqualTo("mayor");
  }
}
