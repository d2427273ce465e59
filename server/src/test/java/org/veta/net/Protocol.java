package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetReport;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.ListMoves;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;

/** Requests as a test writes them, and the checks every end-to-end conversation must pass. */
final class Protocol {
  private Protocol() {}

  static ClientMessage.Builder join(String code, String name, String seat) {
    return ClientMessage.newBuilder().setJoin(org.veta.protocol.wire.JoinTable.newBuilder()
        .setCode(code).setName(name).setSeat(seat));
  }

  static ClientMessage.Builder ping(long nonce) {
    return ClientMessage.newBuilder().setPing(org.veta.protocol.wire.Ping.newBuilder().setNonce(nonce));
  }

  static ClientMessage.Builder orders(String... moves) {
    return ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(List.of(moves)));
  }

  static ClientMessage.Builder submit() {
    return ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance());
  }

  static ClientMessage.Builder start() {
    return ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance());
  }

  static ClientMessage.Builder getTable() {
    return ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance());
  }

  static ClientMessage.Builder listMoves() {
    return ClientMessage.newBuilder().setListMoves(ListMoves.getDefaultInstance());
  }

  static ClientMessage.Builder report(int round) {
    return ClientMessage.newBuilder().setGetReport(GetReport.newBuilder().setRound(round));
  }

  static ClientMessage.Builder ready() {
    return ClientMessage.newBuilder().setReady(Ready.getDefaultInstance());
  }

  /**
   * The client saw the table's events numbered one by one, without a gap, starting right after
   * the last number its Joined view included.
   */
  static void assertEventsWithoutGaps(TestClient client, long lastSeqWhenJoined) {
    List<Long> seqs = client.events().stream().map(ServerMessage::getSeq).toList();
    assertThat(seqs).as("%s's events", client.name()).isNotEmpty();
    assertThat(seqs.get(0)).as("%s's first event", client.name()).isEqualTo(lastSeqWhenJoined + 1);
    for (int i = 1; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).as("%s's event %d after %d", client.name(), i, seqs.get(i - 1))
          .isEqualTo(seqs.get(i - 1) + 1);
    }
  }

  /** Every request the client sent was answered exactly once, and nothing else was. */
  static void assertEveryRequestAnsweredOnce(TestClient client) {
    Map<Long, Long> answers = client.received().stream().filter(m -> m.getRequestId() != 0)
        .collect(Collectors.groupingBy(ServerMessage::getRequestId, Collectors.counting()));
    assertThat(answers.keySet()).as("%s's answered request ids", client.name())
        .isEqualTo(client.sentIds());
    assertThat(answers.values()).as("answers per request").allMatch(n -> n == 1);
  }

  static <T> Map<T, Long> count(List<ServerMessage> messages, Function<ServerMessage, T> key) {
    return messages.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
