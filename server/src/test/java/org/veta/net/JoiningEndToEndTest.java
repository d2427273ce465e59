package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Table;

/**
 * Joining as the table decides it: requests sent right behind a join are answered as the join
 * turned out, and a closed connection's seat is free again for someone else.
 */
class JoiningEndToEndTest {
  @TempDir Path data;
  private ServerFixture fixture;
  private Table table;

  @BeforeEach
  void open() throws Exception {
    fixture = new ServerFixture(data, "briefing=0.05,orders=60,report=0.05");
    table = fixture.open("tutorial", 1, "");
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private static ClientMessage.Builder join(String code, String name, String seat) {
    return ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setCode(code).setName(name)
        .setSeat(seat));
  }

  @Test
  void aRequestSentRightBehindASuccessfulJoinIsTheSeats() throws Exception {
    TestClient ana = fixture.client("Ana");
    long joinId = ana.send(join(table.joinCode(), "Ana", "mayor"));
    long viewId = ana.send(Protocol.getTable());
    assertThat(ana.await(m -> m.getRequestId() == joinId, "joined").hasJoined()).isTrue();
    ServerMessage view = ana.await(m -> m.getRequestId() == viewId, "the table view");
    assertThat(view.getTable().getYou().getSeat()).isEqualTo("mayor");
  }

  @Test
  void aRequestSentRightBehindARefusedJoinIsRefused() throws Exception {
    TestClient ana = fixture.client("Ana");
    long joinId = ana.send(join(table.joinCode(), "Ana", "nobody"));
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
    bea.refused(join(table.joinCode(), "Bea", "mayor"), ErrorCode.CONFLICT);

    ana.close();
    watcher.await(m -> m.hasSeatsChanged() && m.getSeatsChanged().getSeatsList().stream()
        .anyMatch(s -> s.getId().equals("mayor") && s.getPlayer().isEmpty()), "the mayor's seat freed");
    assertThat(bea.join(table.joinCode(), "mayor").getSeat()).isEqualTo("mayor");
  }
}
