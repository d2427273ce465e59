package org.veta.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetReport;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.ListMoves;
import org.veta.protocol.wire.Notice;
import org.veta.protocol.wire.Ping;
import org.veta.protocol.wire.Pong;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Welcome;

class GameClientTest {
  private static ServerMessage notice(long seq) {
    return ServerMessage.newBuilder().setSeq(seq).setNotice(Notice.newBuilder().setText("event " + seq)).build();
  }

  private static ServerMessage welcome(ClientMessage hello) {
    return CannedTable.answer(hello, ServerMessage.newBuilder().setWelcome(Welcome.newBuilder().setServer("fake")));
  }

  /**
   * The server holds the GetTable and ListMoves answers until a Ping arrives, then answers them
   * in reverse order with events (and a repeated event) in between.
   */
  @Test
  void answersMatchTheirRequestsWhateverTheOrderAndEventsArriveInSeqOrder() throws Exception {
    answersAndEventsInOrder(listener -> new GameClient(listener), "veta-inbound");
  }

  @Test
  void clientsSharingThreadsKeepTheOrderOnThePoolAndOnTheirEventLoops() throws Exception {
    try (ClientThreads pool = new ClientThreads(2, 2)) {
      answersAndEventsInOrder(listener -> new GameClient(pool, listener, a -> { }), "veta-inbound");
    }
    // The load tool's clients: no thread switch, the work runs on the loop that read the frame.
    try (ClientThreads loops = new ClientThreads(2, 1, true)) {
      answersAndEventsInOrder(listener -> new GameClient(loops, listener, a -> { }), "veta-net");
    }
  }

  private static void answersAndEventsInOrder(
      java.util.function.Function<java.util.function.Consumer<ServerMessage>, GameClient> clients,
      String thread) throws Exception {
    List<ClientMessage> held = new ArrayList<>();
    FakeTableServer.Responder responder = (channel, request) -> switch (request.getBodyCase()) {
      case HELLO -> List.of(welcome(request));
      case GET_TABLE, LIST_MOVES -> {
        held.add(request);
        yield List.of();
      }
      case PING -> List.of(notice(1),
          CannedTable.answer(held.get(1), ServerMessage.newBuilder().setMoves(CannedTable.moves())),
          notice(2), notice(1),
          CannedTable.answer(held.get(0), ServerMessage.newBuilder().setTable(CannedTable.table(1,
              org.veta.protocol.wire.Phase.ORDERS))),
          CannedTable.answer(request, ServerMessage.newBuilder().setPong(Pong.newBuilder().setNonce(7))));
      default -> List.of();
    };
    List<String> log = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    try (FakeTableServer server = new FakeTableServer(responder);
        GameClient client = clients.apply(event -> {
          threads.add(Thread.currentThread().getName());
          log.add(event.getNotice().getText());
        })) {
      client.connect("127.0.0.1", server.port()).get(5, TimeUnit.SECONDS);

      CompletableFuture<ServerMessage> table = client.request(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()));
      CompletableFuture<ServerMessage> moves = client.request(ClientMessage.newBuilder().setListMoves(ListMoves.getDefaultInstance()));
      table.thenRun(() -> log.add("table answer"));
      moves.thenRun(() -> log.add("moves answer"));
      ServerMessage pong = client.request(ClientMessage.newBuilder().setPing(Ping.newBuilder().setNonce(7)))
          .get(5, TimeUnit.SECONDS);

      assertThat(pong.getRequestId()).isEqualTo(4);
      assertThat(table.get(5, TimeUnit.SECONDS).getRequestId()).isEqualTo(2);
      assertThat(table.get().hasTable()).isTrue();
      assertThat(moves.get(5, TimeUnit.SECONDS).getRequestId()).isEqualTo(3);
      assertThat(moves.get().hasMoves()).isTrue();
      // One inbound thread: answers and events come out in the order the server sent them.
      assertThat(log).containsExactly("event 1", "moves answer", "event 2", "table answer");
      assertThat(server.received()).extracting(ClientMessage::getRequestId).containsExactly(1L, 2L, 3L, 4L);
      assertThat(server.received().peek().getHello().getProtocolVersionsList()).containsExactly(1);
      assertThat(server.received().peek().getHello().getClient()).isEqualTo("veta-cli 0.1.0");
      assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith(thread), "runs on " + thread);
    }
  }

  @Test
  void aFacilitatorsHelloCarriesTheKeyAndEachTableNumbersItsOwnEvents() throws Exception {
    FakeTableServer.Responder responder = (channel, request) -> switch (request.getBodyCase()) {
      case HELLO -> List.of(CannedTable.answer(request, ServerMessage.newBuilder()
          .setWelcome(Welcome.newBuilder().setServer("fake").setFacilitator(true))));
      case PING -> List.of(
          notice(5).toBuilder().setTableId("t1").build(),
          notice(2).toBuilder().setTableId("t2").build(),  // another table: its own numbers
          notice(5).toBuilder().setTableId("t1").build(),  // a repeat: dropped
          notice(3).toBuilder().setTableId("t2").build(),
          // Summaries are snapshots; one with a seq already seen is still delivered.
          ServerMessage.newBuilder().setSeq(3).setTableId("t2").setTableChanged(
              org.veta.protocol.wire.TableSummary.newBuilder().setNumber(2)).build(),
          CannedTable.answer(request, ServerMessage.newBuilder().setPong(Pong.getDefaultInstance())));
      default -> List.of();
    };
    List<String> log = new CopyOnWriteArrayList<>();
    try (FakeTableServer server = new FakeTableServer(responder);
        GameClient client = new GameClient(event -> log.add(event.getTableId() + " "
            + (event.hasNotice() ? event.getNotice().getText() : "summary")),
            answer -> log.add("answer " + answer.getBodyCase()))) {
      Welcome welcome = client.connectAsFacilitator("127.0.0.1", server.port(), "sesame", "Maria")
          .get(5, TimeUnit.SECONDS);
      client.request(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance())).get(5, TimeUnit.SECONDS);

      assertThat(welcome.getFacilitator()).isTrue();
      assertThat(server.received().peek().getHello().getFacilitatorKey()).isEqualTo("sesame");
      assertThat(server.received().peek().getHello().getFacilitatorName()).isEqualTo("Maria");
      // Answers are observed in order with the events, as the server sent them.
      assertThat(log).containsExactly("answer WELCOME", "t1 event 5", "t2 event 2", "t2 event 3", "t2 summary",
          "answer PONG");
    }
  }

  @Test
  void anErrorAnswerCompletesNormallyWithTheError() throws Exception {
    FakeTableServer.Responder responder = (channel, request) -> request.hasHello()
        ? List.of(welcome(request))
        : List.of(CannedTable.error(request, ErrorCode.NOT_FOUND, "There is no report for round 9."));
    try (FakeTableServer server = new FakeTableServer(responder); GameClient client = new GameClient(event -> { })) {
      client.connect("127.0.0.1", server.port()).get(5, TimeUnit.SECONDS);

      ServerMessage answer = client.request(ClientMessage.newBuilder().setGetReport(GetReport.newBuilder().setRound(9)))
          .get(5, TimeUnit.SECONDS);

      assertThat(answer.getError().getCode()).isEqualTo(ErrorCode.NOT_FOUND);
      assertThat(answer.getError().getMessage()).isEqualTo("There is no report for round 9.");
    }
  }

  @Test
  void aRefusedHelloFailsTheConnect() throws Exception {
    FakeTableServer.Responder responder = (channel, request) ->
        List.of(CannedTable.error(request, ErrorCode.UNAUTHENTICATED, "This server speaks protocol 2 only."));
    try (FakeTableServer server = new FakeTableServer(responder); GameClient client = new GameClient(event -> { })) {
      assertThatThrownBy(() -> client.connect("127.0.0.1", server.port()).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(ServerRefusedException.class)
          .hasMessageContaining("protocol 2 only");
    }
  }

  @Test
  void whenTheServerHangsUpPendingRequestsFailAndClosedCompletes() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    FakeTableServer.Responder responder = (channel, request) -> {
      if (request.hasHello()) {
        return List.of(welcome(request));
      }
      asked.countDown();
      return List.of(); // never answers
    };
    try (FakeTableServer server = new FakeTableServer(responder); GameClient client = new GameClient(event -> { })) {
      client.connect("127.0.0.1", server.port()).get(5, TimeUnit.SECONDS);
      CompletableFuture<ServerMessage> unanswered =
          client.request(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()));
      assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();

      server.hangUp();

      client.closed().get(5, TimeUnit.SECONDS);
      assertThatThrownBy(() -> unanswered.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ConnectionClosedException.class);
      assertThat(client.closedByServer()).isTrue();
      assertThat(client.request(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance())))
          .isCompletedExceptionally();
    }
  }

  @Test
  void nobodyListeningFailsTheConnect() throws Exception {
    int port;
    try (FakeTableServer gone = new FakeTableServer((c, r) -> List.of())) {
      port = gone.port();
    }
    try (GameClient client = new GameClient(event -> { })) {
      assertThatThrownBy(() -> client.connect("127.0.0.1", port).get(15, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
    }
  }
}
