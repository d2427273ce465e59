package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Hello;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Talk;
import org.veta.session.Table;

/**
 * Someone at the table, or on the network, misbehaves: each case is refused with its code, and the
 * table plays on (a well-behaved player's next request still works). Over a real server on
 * 127.0.0.1 with the real modules, some with tighter limits than the defaults so a test need not
 * send thousands of requests.
 *
 * <p>Cases covered elsewhere: acting for another seat ({@code NOT_YOUR_SEAT}) in
 * {@link RefusalsEndToEndTest#ordersForAnotherSeatOrOfAnotherRoleAreRefusedAndTheSeatPlaysOn};
 * a facilitator's operation from a player ({@code PERMISSION_DENIED}) in
 * {@link FacilitatorPermissionsTest}; reading a private channel or another role's group (nobody
 * receives what they may not read) in {@code org.veta.session.TalksTest} and, over clients, the
 * client's {@code TalkEndToEndTest}; garbage that is no ClientMessage, a length that is no
 * varint, and request id 0 in {@link FramingTest}.
 */
class AbuseEndToEndTest {
  private static final String PHASES = "briefing=0.05,talks=0,orders=60,report=0.05";

  @TempDir Path data;
  private ServerFixture fixture;
  private Table table;
  private TestClient ana;

  /** A server with its tutorial table, and Ana seated at it as the mayor. */
  private void serve(UnaryOperator<ServerConfig> change) throws Exception {
    fixture = new ServerFixture(data, PHASES, change);
    table = fixture.open("tutorial", 1, "");
    ana = fixture.client("Ana");
    ana.join(table.joinCode(), "mayor");
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static UnaryOperator<ServerConfig> limits(UnaryOperator<NetLimits> change) {
    return config -> config.withLimits(change.apply(config.limits()));
  }

  /** Ana's table answers her, and still sits in the lobby (nothing the others did moved it). */
  private void anaPlaysOn() {
    assertThat(ana.request(Protocol.getTable()).getTable().getPhase()).isEqualTo(Phase.LOBBY);
    assertThat(ana.request(Protocol.ping(42)).getPong().getNonce()).isEqualTo(42);
  }

  /** The game starts and Ana's orders are taken: the table has played on. */
  private void anaPlaysARound() {
    ana.request(Protocol.start());
    ana.awaitPhase(1, Phase.ORDERS);
    assertThat(ana.request(Protocol.orders("forbear")).getOrders().getResults(0).getAccepted())
        .isTrue();
  }

  private static void awaitClosed(TestClient client) throws Exception {
    client.closed().get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  private static ServerMessage awaitError(TestClient client, long requestId) {
    return client.await(m -> m.getRequestId() == requestId && m.hasError(),
        "an error answering request " + requestId);
  }

  // ------------------------------------------------------------ malformed input

  @Test
  void anOversizedFrameIsRefusedAndTheConnectionClosed() throws Exception {
    serve(c -> c);
    TestClient mallory = fixture.client("Mallory");
    // The length alone (1 MiB as a varint) is enough: the server does not wait for the body.
    mallory.sendBytes(new byte[] {(byte) 0x80, (byte) 0x80, 0x40});
    ServerMessage refusal = awaitError(mallory, 0);
    assertThat(refusal.getError().getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(refusal.getError().getMessage()).contains("1048576 bytes is over the limit of 65536");
    awaitClosed(mallory);
    anaPlaysOn();
    anaPlaysARound();
  }

  @Test
  void aRequestOfAKindTheProtocolDoesNotHaveIsRefusedAndTheConnectionClosed() throws Exception {
    serve(c -> c);
    TestClient mallory = fixture.client("Mallory");
    mallory.sendRaw(ClientMessage.newBuilder().setRequestId(7).setUnknownFields(
        UnknownFieldSet.newBuilder().addField(99, UnknownFieldSet.Field.newBuilder()
            .addLengthDelimited(ByteString.copyFromUtf8("launch")).build()).build()).build());
    ServerMessage refusal = awaitError(mallory, 7);
    assertThat(refusal.getError().getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(refusal.getError().getMessage()).isEqualTo(RequestGuard.UNKNOWN_KIND);
    awaitClosed(mallory);
    anaPlaysOn();
  }

  @Test
  void aWrongProtocolVersionIsRefusedAndTheConnectionClosed() throws Exception {
    serve(c -> c);
    TestClient future = fixture.connect("Future");
    assertThat(future.refused(ClientMessage.newBuilder().setHello(Hello.newBuilder()
        .addProtocolVersions(7).addProtocolVersions(8)), ErrorCode.UNAUTHENTICATED))
        .contains("protocol version 1", "[7, 8]");
    awaitClosed(future);
    anaPlaysOn();
  }

  // ------------------------------------------------------------ floods

  @Test
  void floodingPastTheCeilingIsRateLimitedThenClosed() throws Exception {
    serve(c -> c);
    TestClient mallory = fixture.client("Mallory");
    List<Long> ids = mallory.sendMany(Protocol.ping(1), 2_000);
    awaitClosed(mallory);
    List<ServerMessage> answers = mallory.received();
    long pongs = answers.stream().filter(ServerMessage::hasPong).count();
    List<String> refusals = answers.stream().filter(m -> m.hasError()
        && m.getError().getCode() == ErrorCode.RATE_LIMITED).map(m -> m.getError().getMessage()).toList();
    NetLimits limits = NetLimits.DEFAULT;
    assertThat(pongs).as("about the burst is answered").isBetween((long) limits.requestBurst(),
        (long) limits.requestBurst() * 2);
    assertThat(refusals).as("then refusals, then the flood closes it").contains(RequestGuard.TOO_FAST)
        .endsWith(RequestGuard.FLOOD);
    assertThat(answers.size()).as("the rest is never read").isLessThan(ids.size());
    anaPlaysOn();
    anaPlaysARound();
  }

  @Test
  void talkingTooFastIsRateLimitedAndTheConnectionStays() throws Exception {
    serve(limits(l -> l.withTalk(3, 5.0)));
    TestClient bruno = fixture.client("Bruno");
    bruno.join(table.joinCode(), "federation");
    ClientMessage.Builder talk = ClientMessage.newBuilder().setTalk(Talk.newBuilder()
        .setChannel(Channel.PUBLIC).setText("Vote for me"));
    List<Long> ids = bruno.sendMany(talk, 12);
    List<ServerMessage> answers = ids.stream().map(id -> bruno.await(m -> m.getRequestId() == id,
        "the answer to talk " + id)).toList();
    assertThat(answers).filteredOn(ServerMessage::hasOk).as("the burst is posted").hasSizeBetween(3, 11);
    assertThat(answers).filteredOn(ServerMessage::hasError).as("the rest is refused")
        .isNotEmpty().allSatisfy(m -> {
          assertThat(m.getError().getCode()).isEqualTo(ErrorCode.RATE_LIMITED);
          assertThat(m.getError().getMessage()).isEqualTo(RequestGuard.TALK_TOO_FAST);
        });
    // The connection stays, its other requests work, and talk works again once the allowance is
    // back (5 a second in this test).
    assertThat(bruno.request(Protocol.getTable()).getTable().getYou().getSeat()).isEqualTo("federation");
    long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
    while (!bruno.request(talk.clone().setTalk(Talk.newBuilder().setChannel(Channel.PUBLIC)
        .setText("Sorry for the noise"))).hasOk()) {
      assertThat(System.nanoTime()).as("talk comes back").isLessThan(deadline);
      Thread.sleep(20);
    }
    ana.await(m -> m.hasTalk() && m.getTalk().getText().equals("Sorry for the noise"), "the apology");
    anaPlaysOn();
    anaPlaysARound();
  }

  // ------------------------------------------------------------ what others see

  @Test
  void escapeSequencesInANameOrTalkNeverReachAnotherScreen() throws Exception {
    serve(c -> c);
    TestClient eve = fixture.client("Eve");
    String name = "\u001b]0;pwned\u0007\u001b[2J\u009b2JEve\u202e\u200b\u001b[31m";
    ServerMessage joined = eve.request(Protocol.join(table.joinCode(), name, "federation"));
    assertThat(joined.hasJoined()).as("%s", joined).isTrue();
    SeatView seen = ana.await(m -> m.hasSeatsChanged() && m.getSeatsChanged().getSeatsList().stream()
        .anyMatch(s -> s.getId().equals("federation") && !s.getPlayer().isEmpty()),
        "Eve in the seats").getSeatsChanged().getSeatsList().stream()
        .filter(s -> s.getId().equals("federation")).findFirst().orElseThrow();
    assertThat(seen.getPlayer()).isEqualTo("Eve");
    eve.request(ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(Channel.PUBLIC)
        .setText("hi\u001b[1A\u001b[2K\rAna: I resign\u202e\u0085")));
    String text = ana.await(ServerMessage::hasTalk, "Eve's talk").getTalk().getText();
    assertThat(text).isEqualTo("hiAna: I resign");
    assertThat(text.codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.FORMAT);
    anaPlaysOn();
  }

  // ------------------------------------------------------------ guessing

  @Test
  void guessingJoinCodesIsCutOffForTheWholeAddress() throws Exception {
    serve(limits(l -> l.withWrongCodes(3, Duration.ofMinutes(1))));
    TestClient lou = fixture.client("Lou");
    for (String guess : List.of("AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC")) {
      assertThat(lou.refused(Protocol.join(guess, "Lou", ""), ErrorCode.UNAUTHENTICATED))
          .startsWith("No table has the join code");
    }
    assertThat(lou.refused(Protocol.join(table.joinCode(), "Lou", ""), ErrorCode.UNAUTHENTICATED))
        .as("even the right code, for a while").matches("Too many wrong join codes came from your "
            + "network; wait [1-6]?[0-9] seconds? and try again\\.");
    TestClient kim = fixture.client("Kim");
    assertThat(kim.refused(Protocol.join(table.joinCode(), "Kim", ""), ErrorCode.UNAUTHENTICATED))
        .as("from another connection of the same address").startsWith("Too many wrong join codes");
    assertThat(lou.request(Protocol.ping(3)).hasPong()).as("the connection stays").isTrue();
    // The facilitator behind the same router is not locked out by the players' guesses.
    TestClient maria = fixture.facilitator("Maria");
    assertThat(maria.request(ClientMessage.newBuilder().setListTables(
        org.veta.protocol.wire.ListTables.getDefaultInstance())).hasTables()).isTrue();
    anaPlaysOn();
    anaPlaysARound();
  }

  @Test
  void guessingFacilitatorKeysIsCutOff() throws Exception {
    serve(limits(l -> l.withWrongCodes(2, Duration.ofMinutes(1))));
    for (int i = 0; i < 2; i++) {
      TestClient guesser = fixture.connect("Guesser" + i);
      assertThat(guesser.refused(ClientMessage.newBuilder().setHello(Hello.newBuilder()
          .addProtocolVersions(1).setFacilitatorKey("not-the-key-" + i)), ErrorCode.UNAUTHENTICATED))
          .contains("not this server's facilitator key");
      awaitClosed(guesser);
    }
    TestClient third = fixture.connect("Guesser2");
    assertThat(third.refused(ClientMessage.newBuilder().setHello(Hello.newBuilder()
        .addProtocolVersions(1).setFacilitatorKey(fixture.server.facilitatorKey())),
        ErrorCode.UNAUTHENTICATED)).as("even the right key, for a while")
        .startsWith("Too many wrong facilitator keys");
    awaitClosed(third);
    TestClient lou = fixture.client("Lou");
    assertThat(lou.join(table.joinCode(), "").getSeat()).as("players may still join").isNotEmpty();
    anaPlaysOn();
  }

  // ------------------------------------------------------------ connections

  @Test
  void tooManyConnectionsFromOneAddressAreRefused() throws Exception {
    serve(limits(l -> l.withConnectionsPerAddress(3)));
    // Each says hello, so the server has counted it before the next connects (the server
    // counts a connection on the event loop it lands on, not in the order they connected).
    fixture.client("Bruno");
    TestClient carla = fixture.client("Carla");
    TestClient extra = fixture.connect("Extra");
    ServerMessage refusal = awaitError(extra, 0);
    assertThat(refusal.getError().getCode()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(refusal.getError().getMessage()).contains("Too many connections", "(3)",
        "--max-connections-per-address");
    awaitClosed(extra);
    anaPlaysOn();
    // Once one closes, another may connect (as soon as the server has seen the close).
    carla.close();
    long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
    while (true) {
      TestClient next = fixture.connect("Dora");
      long id = next.send(ClientMessage.newBuilder().setHello(Hello.newBuilder().addProtocolVersions(1)));
      ServerMessage answer = next.await(m -> m.getRequestId() == id || m.getRequestId() == 0,
          "a welcome or a refusal");
      if (answer.hasWelcome()) {
        break;
      }
      assertThat(System.nanoTime()).as("a freed place is given again").isLessThan(deadline);
      Thread.sleep(10);
    }
    anaPlaysARound();
  }

  @Test
  void aSilentConnectionIsClosedAfterTheConfiguredIdleTime() throws Exception {
    Duration idle = Duration.ofMillis(300);
    serve(c -> c.withReadIdle(idle));
    TestClient silent = fixture.connect("Silent");
    long start = System.nanoTime();
    // Ana keeps talking to the server meanwhile, more often than the idle time: she stays.
    while (!silent.closed().isDone()) {
      assertThat(ana.request(Protocol.ping(1)).hasPong()).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the silent one is closed")
          .isLessThan(TestClient.TIMEOUT);
      Thread.sleep(idle.toMillis() / 6);
    }
    awaitClosed(silent);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not before the idle time")
        .isGreaterThanOrEqualTo(idle.minusMillis(50));
    anaPlaysOn();
  }
}
