package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.Leave;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Table;

/**
 * Handshake, lobby and seated rules on an EmbeddedChannel with the real pipeline and a real table
 * (of the tutorial: three seats, so one person joining does not start the game).
 */
class ConnectionStatesTest {
  @TempDir Path data;
  private Tables tables;
  private Table table;
  private EmbeddedChannel channel;

  @BeforeEach
  void open() throws Exception {
    tables = new Tables(data);
    table = tables.open("tutorial");
    channel = connect(Duration.ofMinutes(5));
  }

  @AfterEach
  void close() throws Exception {
    channel.finishAndReleaseAll();
    tables.close();
  }

  private EmbeddedChannel connect(Duration idle) {
    EmbeddedChannel ch = new EmbeddedChannel(new ServerChannelInitializer(tables.registry, null, idle));
    // As NetServer configures its connections.
    ch.config().setWriteBufferWaterMark(NetServer.WATER_MARK);
    ch.config().setMessageSizeEstimator(ProtobufSizeEstimator.INSTANCE);
    return ch;
  }

  private ServerMessage ask(EmbeddedChannel ch, ClientMessage request) {
    Wire.send(ch, request);
    List<ServerMessage> answers = Wire.answers(ch).stream()
        .filter(a -> a.getRequestId() == request.getRequestId()).toList();
    assertThat(answers).as("answers to request %d", request.getRequestId()).hasSize(1);
    return answers.get(0);
  }

  private ServerMessage ask(ClientMessage request) {
    return ask(channel, request);
  }

  private static ClientMessage getTable(long id) {
    return ClientMessage.newBuilder().setRequestId(id).setGetTable(GetTable.getDefaultInstance()).build();
  }

  private static void assertError(ServerMessage answer, ErrorCode code, String words) {
    assertThat(answer.getError().getCode()).isEqualTo(code);
    assertThat(answer.getError().getMessage()).contains(words);
  }

  // ------------------------------------------------------------ handshake

  @Test
  void beforeHelloEverythingIsRefusedAndTheConnectionStays() {
    assertError(ask(Wire.ping(1, 5)), ErrorCode.UNAUTHENTICATED, "Say hello first");
    assertError(ask(Wire.join(2, table.joinCode(), "Ana", "")), ErrorCode.UNAUTHENTICATED, "hello");
    assertThat(channel.isOpen()).isTrue();
    assertThat(ask(Wire.hello(3, 1)).getWelcome().getProtocolVersion()).isEqualTo(1);
  }

  @Test
  void aClientThatSpeaksNoVersionOfOursIsRefusedAndClosed() {
    assertError(ask(Wire.hello(1, 2, 3)), ErrorCode.UNAUTHENTICATED, "protocol version 1");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void versionOneIsChosenAmongOthers() {
    ServerMessage welcome = ask(Wire.hello(1, 2, 1));
    assertThat(welcome.getWelcome().getProtocolVersion()).isEqualTo(1);
    assertThat(welcome.getWelcome().getServer()).startsWith("veta-server");
  }

  // ------------------------------------------------------------ lobby

  @Test
  void inTheLobbyOnlyJoiningAndPingingWork() {
    ask(Wire.hello(1, 1));
    assertError(ask(Wire.hello(2, 1)), ErrorCode.CONFLICT, "already said hello");
    assertThat(ask(Wire.ping(3, 99)).getPong().getNonce()).isEqualTo(99);
    assertError(ask(getTable(4)), ErrorCode.NOT_YOUR_SEAT, "Join a table first");
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void aWrongJoinCodeIsUnauthenticatedAndTheLobbyGoesOn() {
    ask(Wire.hello(1, 1));
    assertError(ask(Wire.join(2, "NOPE-NOPE", "Ana", "")), ErrorCode.UNAUTHENTICATED,
        "No table has the join code NOPE-NOPE.");
    ServerMessage joined = ask(Wire.join(3, table.joinCode().toLowerCase(), "Ana", "mayor"));
    assertThat(joined.getJoined().getSeat()).isEqualTo("mayor");
    assertThat(joined.getJoined().getTableId()).isEqualTo(table.id());
  }

  @Test
  void aJoinedConnectionIsSeatedAndItsRequestsGoToTheTable() {
    ask(Wire.hello(1, 1));
    ask(Wire.join(2, table.joinCode(), "Ana", "mayor"));
    assertThat(ask(getTable(3)).getTable().getYou().getSeat()).isEqualTo("mayor");
    assertError(ask(Wire.hello(4, 1)), ErrorCode.CONFLICT, "already said hello");
    assertError(ask(Wire.join(5, table.joinCode(), "Ana", "federation")), ErrorCode.CONFLICT,
        "already hold the seat mayor");
    assertThat(ask(Wire.ping(6, 1)).hasPong()).isTrue();
  }

  /** Writes queued for the connection and not yet taken by the socket: bytes of notices. */
  private void queueUnread(long bytes) {
    String text = "x".repeat(64 * 1024);
    for (long queued = 0; queued < bytes; queued += text.length()) {
      channel.write(ServerMessage.newBuilder().setNotice(org.veta.protocol.wire.Notice.newBuilder()
          .setText(text)).build());
    }
  }

  @Test
  void aConnectionThatFallsFarBehindIsClosedInsteadOfQueuedWithoutLimit() {
    ask(Wire.hello(1, 1));
    ask(Wire.join(2, table.joinCode(), "Ana", "mayor"));
    queueUnread(Connection.MAX_BEHIND_BYTES + NetServer.WATER_MARK.low() + 128 * 1024);
    assertThat(channel.isWritable()).isFalse();

    Wire.send(channel, getTable(3));

    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void aConnectionBehindButWithinTheLimitIsAnswered() {
    ask(Wire.hello(1, 1));
    ask(Wire.join(2, table.joinCode(), "Ana", "mayor"));
    queueUnread(Connection.MAX_BEHIND_BYTES / 2);
    assertThat(channel.isWritable()).isFalse();

    assertThat(ask(getTable(3)).getTable().getYou().getSeat()).isEqualTo("mayor");
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void aProtobufMessageWaitingToBeWrittenCountsWithItsFrame() {
    ServerMessage message = ServerMessage.newBuilder().setNotice(org.veta.protocol.wire.Notice
        .newBuilder().setText("y".repeat(300))).build();
    int size = message.getSerializedSize();
    assertThat(ProtobufSizeEstimator.INSTANCE.newHandle().size(message)).isEqualTo(size + 2);
    assertThat(ProtobufSizeEstimator.INSTANCE.newHandle().size(io.netty.buffer.Unpooled.buffer(5)
        .writeZero(5))).isEqualTo(5);
  }

  @Test
  void aRefusedJoinLeavesTheConnectionInTheLobby() {
    ask(Wire.hello(1, 1));
    assertError(ask(Wire.join(2, table.joinCode(), "Ana", "king")), ErrorCode.NOT_FOUND, "no seat 'king'");
    assertError(ask(getTable(3)), ErrorCode.NOT_YOUR_SEAT, "Join a table first");
    assertThat(ask(Wire.join(4, table.joinCode(), "Ana", "mayor")).hasJoined()).isTrue();
  }

  @Test
  void closingASeatedConnectionFreesTheSeat() {
    ask(Wire.hello(1, 1));
    ask(Wire.join(2, table.joinCode(), "Ana", "mayor"));
    EmbeddedChannel other = connect(Duration.ofMinutes(5));
    try {
      ask(other, Wire.hello(1, 1));
      assertError(ask(other, Wire.join(2, table.joinCode(), "Bea", "mayor")), ErrorCode.CONFLICT,
          "taken by Ana");
      channel.close();
      assertThat(ask(other, Wire.join(3, table.joinCode(), "Bea", "mayor")).getJoined().getSeat())
          .isEqualTo("mayor");
    } finally {
      other.finishAndReleaseAll();
    }
  }

  @Test
  void leavingReturnsTheConnectionToTheLobby() {
    ask(Wire.hello(1, 1));
    ask(Wire.join(2, table.joinCode(), "Ana", "mayor"));
    assertThat(ask(ClientMessage.newBuilder().setRequestId(3).setLeave(Leave.getDefaultInstance())
        .build()).hasOk()).isTrue();
    assertError(ask(getTable(4)), ErrorCode.NOT_YOUR_SEAT, "Join a table first");
    assertThat(ask(Wire.join(5, table.joinCode(), "Ana", "federation")).getJoined().getSeat())
        .isEqualTo("federation");
  }

  @Test
  void aSilentConnectionIsClosed() {
    EmbeddedChannel quiet = connect(Duration.ofSeconds(42));
    try {
      IdleStateHandler timeout = (IdleStateHandler) quiet.pipeline().get(HandlerNames.READ_TIMEOUT);
      assertThat(timeout.getReaderIdleTimeInMillis()).isEqualTo(42_000);
      // IdleStateHandler measures real time; the event it fires is what the connection acts on.
      quiet.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
      assertThat(quiet.isOpen()).isFalse();
    } finally {
      quiet.finishAndReleaseAll();
    }
  }
}
