package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.veta.app.ScenarioSource;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.StartGame;

/** What happens to a seat whose person does not act, or whose connection drops. */
class SeatsAndDeadlinesTest extends RegistryFixture {
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Orders end by their (short) deadline here: nobody at the table submits. */
  private static final PhaseDurations ORDERS_BY_DEADLINE =
      PhaseDurations.parse("briefing=0,talks=0,orders=0.2,report=0");

  private Table open(TableOptions options) throws Exception {
    return registry.open(new ScenarioSource(null).load("tutorial", List.of()), List.of(), 9, options);
  }

  private static ClientMessage.Builder join(String name, String seat) {
    return ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(name).setSeat(seat));
  }

  private static List<LogRound> rounds(Table table) throws Exception {
    List<LogRound> rounds = new ArrayList<>();
    for (LogRecord r : org.veta.log.LogReader.read(table.logFile()).records()) {
      if (r.hasRound()) {
        rounds.add(r.getRound());
      }
    }
    return rounds;
  }

  private List<LogRound> playWithoutActing(DeadlinePolicy policy) throws Exception {
    Table table = open(TableOptions.DEFAULT.withDurations(ORDERS_BY_DEADLINE)
        .withDeadlinePolicy(policy));
    TestMember ana = new TestMember("ana");
    ana.ask(table, join("Ana", "federation"));
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    table.ended().get(60, TimeUnit.SECONDS);
    return rounds(table);
  }

  @Test
  void aSeatWithoutOrdersHoldsOrIsPlayedByABotAsTheTableChose() throws Exception {
    List<LogRound> held = playWithoutActing(DeadlinePolicy.HOLD);
    assertThat(held).hasSize(4).allSatisfy(r -> {
      assertThat(r.getBotsList()).noneMatch(b -> b.startsWith("federation="));
      assertThat(r.getOrdersList()).filteredOn(o -> o.getSeat().equals("federation"))
          .singleElement().satisfies(o -> assertThat(o.getMovesList()).containsExactly("hold"));
    });
    List<LogRound> botted = playWithoutActing(DeadlinePolicy.BOT);
    assertThat(botted).hasSize(4).allSatisfy(r ->
        assertThat(r.getBotsList()).anyMatch(b -> b.startsWith("federation=")));
    assertThat(botted).anySatisfy(r -> assertThat(r.getOrdersList())
        .filteredOn(o -> o.getSeat().equals("federation")).singleElement()
        .satisfies(o -> assertThat(o.getMovesList()).doesNotContain("hold")));
  }

  @Test
  void aDroppedSeatIsKeptForItsTokenAndTheTableWaits() throws Exception {
    Table table = open(TableOptions.DEFAULT.withDurations(
        PhaseDurations.parse("briefing=60,talks=0,orders=60,report=60")));
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    ana.ask(table, join("Ana", "federation"));
    var joined = ben.ask(table, join("Ben", "mayor")).getJoined();
    assertThat(joined.getSeatToken()).hasSize(32);
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    ana.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getPhase() == Phase.BRIEFING, WAIT);
    long benLast = ben.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getPhase()
        == Phase.BRIEFING, WAIT).getSeq();
    table.disconnected(ben);
    ServerMessage dropped = ana.await(m -> m.hasSeatsChanged() && m.getSeatsChanged().getSeatsList()
        .stream().anyMatch(s -> s.getId().equals("mayor") && s.getDropped()), WAIT);
    assertThat(dropped.getSeatsChanged().getSeatsList()).filteredOn(s -> s.getId().equals("mayor"))
        .singleElement().satisfies(s -> assertThat(s.getPlayer()).isEqualTo("Ben"));
    // Everyone connected is ready, yet the table keeps to its clock while Ben is away.
    ana.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
    assertThat(ana.ask(table, ClientMessage.newBuilder().setGetTable(
        org.veta.protocol.wire.GetTable.getDefaultInstance())).getTable().getPhase())
        .isEqualTo(Phase.BRIEFING);
    // Neither his name nor a made-up token opens his seat.
    TestMember eve = new TestMember("eve");
    assertThat(eve.ask(table, join("Eve", "mayor")).getError().getCode()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(eve.ask(table, join("Ben", "")).getError().getCode()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(eve.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
        .setSeatToken("0123456789abcdef0123456789abcdef"))).getError().getCode())
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    // His client comes back with the token and gets the events it missed.
    TestMember benAgain = new TestMember("ben again");
    var back = benAgain.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
        .setSeatToken(joined.getSeatToken()).setLastSeq(benLast))).getJoined();
    assertThat(back.getSeat()).isEqualTo("mayor");
    assertThat(back.getSeatToken()).isEqualTo(joined.getSeatToken());
    benAgain.await(m -> m.hasSeatsChanged() && m.getSeq() > benLast && m.getSeatsChanged()
        .getSeatsList().stream().anyMatch(s -> s.getId().equals("mayor") && s.getDropped()), WAIT);
    benAgain.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
    ana.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getPhase() == Phase.ORDERS, WAIT);
  }

  @Test
  void aSeatBackAfterMoreThanTheTableKeepsInMemoryGetsEveryEventItMissedFromTheLog()
      throws Exception {
    Table table = open(TableOptions.DEFAULT.withDurations(
        PhaseDurations.parse("briefing=0,talks=600,orders=600,report=60")));
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    ana.ask(table, join("Ana", "federation"));
    var joined = ben.ask(table, join("Ben", "mayor")).getJoined();
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    long benLast = ben.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getPhase()
        == Phase.TALKS, WAIT).getSeq();
    table.disconnected(ben);
    // Public talk of about 500 bytes an event: twice what a table keeps in memory.
    String text = "We ask the ministry for a roundtable on the formalization deadline. ".repeat(7);
    int talks = 2 * Table.HISTORY_BYTES / text.length();
    for (int i = 0; i < talks; i++) {
      ana.send(table, ClientMessage.newBuilder().setTalk(org.veta.protocol.wire.Talk.newBuilder()
          .setChannel(org.veta.protocol.wire.Channel.PUBLIC).setText(i + ". " + text)));
    }
    long lastTalk = ana.await(m -> m.hasTalk() && m.getTalk().getText()
        .startsWith((talks - 1) + ". "), WAIT).getSeq();
    List<Long> publicSeqs = ana.seen().stream().filter(m -> m.getRequestId() == 0
        && m.getSeq() > benLast && m.getSeq() <= lastTalk).map(ServerMessage::getSeq).toList();

    TestMember benAgain = new TestMember("ben again");
    benAgain.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
        .setSeatToken(joined.getSeatToken()).setLastSeq(benLast)));
    benAgain.await(m -> m.getSeq() == lastTalk, WAIT);
    List<ServerMessage> missed = benAgain.seen().stream().filter(m -> m.getRequestId() == 0
        && m.getSeq() > benLast && m.getSeq() <= lastTalk).toList();
    assertThat(missed).extracting(ServerMessage::getSeq).as("in order, once each")
        .isSorted().doesNotHaveDuplicates().containsAll(publicSeqs);
    assertThat(missed).filteredOn(ServerMessage::hasTalk).hasSize(talks)
        .first().satisfies(m -> assertThat(m.getTalk().getText()).startsWith("0. "));
  }

  @Test
  void aReadIsLoggedWithoutItsBodyAndARefusalWhole() throws Exception {
    Table table = open(TableOptions.DEFAULT);
    TestMember ana = new TestMember("ana");
    ana.ask(table, join("Ana", "federation"));
    long read = ana.send(table, ClientMessage.newBuilder().setGetTable(
        org.veta.protocol.wire.GetTable.getDefaultInstance()));
    assertThat(ana.await(m -> m.getRequestId() == read, WAIT).getTable().getSeatsCount())
        .as("the member gets the whole table").isPositive();
    long refused = ana.send(table, ClientMessage.newBuilder().setSetOrders(
        org.veta.protocol.wire.SetOrders.newBuilder().addMoves("organize")));
    assertThat(ana.await(m -> m.getRequestId() == refused, WAIT).hasError()).isTrue();
    table.closeLog().get(10, TimeUnit.SECONDS);
    List<org.veta.protocol.log.LogOutput> outputs = org.veta.log.LogReader.read(table.logFile())
        .records().stream().filter(LogRecord::hasOutput).map(LogRecord::getOutput).toList();
    assertThat(outputs).filteredOn(o -> o.getMessage().getRequestId() == read).singleElement()
        .satisfies(o -> {
          assertThat(o.getOmitted()).isEqualTo("table");
          assertThat(o.getMessage().getBodyCase())
              .isEqualTo(ServerMessage.BodyCase.BODY_NOT_SET);
        });
    assertThat(outputs).filteredOn(o -> o.getMessage().getRequestId() == refused).singleElement()
        .satisfies(o -> {
          assertThat(o.getOmitted()).isEmpty();
          assertThat(o.getMessage().getError().getCode()).isEqualTo(ErrorCode.WRONG_PHASE);
        });
  }

  @Test
  void aRequestSentAgainAfterABreakIsAnsweredAgainNotAppliedTwice() throws Exception {
    Table table = open(TableOptions.DEFAULT.withDurations(
        PhaseDurations.parse("briefing=0,talks=0,orders=60,report=60")).startingOnFirstJoin());
    TestMember ana = new TestMember("ana");
    var joined = ana.ask(table, join("Ana", "federation")).getJoined();
    ana.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getPhase() == Phase.ORDERS, WAIT);
    ClientMessage first = ClientMessage.newBuilder().setRequestId(50).setSetOrders(
        org.veta.protocol.wire.SetOrders.newBuilder().addMoves("organize")).build();
    table.submit(ana, first);
    ana.await(m -> m.getRequestId() == 50, WAIT);
    table.disconnected(ana);
    TestMember again = new TestMember("ana again");
    again.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
        .setSeatToken(joined.getSeatToken()).setContinueRequests(true)));
    // The same id with other moves: the first answer comes back and the orders stay.
    table.submit(again, first.toBuilder().setSetOrders(org.veta.protocol.wire.SetOrders.newBuilder()
        .addMoves("strike")).build());
    ServerMessage answer = again.await(m -> m.getRequestId() == 50, WAIT);
    assertThat(answer.getOrders().getResults(0).getMove()).isEqualTo("organize");
    var view = again.ask(table, ClientMessage.newBuilder().setGetTable(
        org.veta.protocol.wire.GetTable.getDefaultInstance())).getTable();
    assertThat(view.getYou().getOrdersList()).containsExactly("organize");
  }

  @Test
  void aDroppedSeatGoesToABotWhenItsGracePeriodEnds() throws Exception {
    Table table = open(TableOptions.DEFAULT.withDurations(
        PhaseDurations.parse("briefing=60,talks=0,orders=60,report=60")));
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    ana.ask(table, join("Ana", "federation"));
    var benSeat = ben.ask(table, join("Ben", "mayor")).getJoined();
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    var outcome = table.control("facilitator Test (here)", ClientMessage.newBuilder().setGrace(
        org.veta.protocol.wire.SetGrace.newBuilder().setSeconds(1)).build()).get();
    assertThat(outcome.getOk()).isTrue();
    assertThat(outcome.getMessage()).contains("kept for 1s");
    table.disconnected(ben);
    var summary = table.summary().get();
    assertThat(summary.getGraceSeconds()).isEqualTo(1);
    assertThat(summary.getSeatsList()).filteredOn(s -> s.getSeat().equals("mayor")).singleElement()
        .satisfies(s -> {
          assertThat(s.getOccupant()).isEqualTo("dropped");
          assertThat(s.getGraceLeftMs()).isBetween(1L, 1000L);
        });
    // The grace ends: a bot takes the seat, and the token opens nothing any more.
    ana.await(m -> m.hasSeatsChanged() && m.getSeatsChanged().getSeatsList().stream()
        .anyMatch(s -> s.getId().equals("mayor") && s.getBot()), WAIT);
    assertThat(new TestMember("ben again").ask(table, ClientMessage.newBuilder().setJoin(
        JoinTable.newBuilder().setSeatToken(benSeat.getSeatToken()))).getError().getCode())
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }
}
