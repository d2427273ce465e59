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
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetReport;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;
import org.veta.simulation.BotAssignment;
import org.veta.simulation.Simulation;

/** A table driven directly through its request API, without a network. */
class TableTest extends RegistryFixture {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final PhaseDurations FAST = PhaseDurations.parse("briefing=0,talks=0,orders=60,report=0");


  private Table open(String scenario, long seed, TableOptions options) throws Exception {
    return registry.open(new ScenarioSource(null).load(scenario, List.of()), List.of(), seed, options);
  }

  private static ClientMessage.Builder join(String name, String seat) {
    return ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(name).setSeat(seat));
  }

  private static ClientMessage.Builder orders(String... moves) {
    return ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(List.of(moves)));
  }

  private static boolean phase(ServerMessage m, int round, Phase phase) {
    return m.hasPhaseChanged() && m.getPhaseChanged().getRound() == round
        && m.getPhaseChanged().getPhase() == phase;
  }

  @Test
  void aTablePlayedByBotsEndsWhereTheHeadlessSimulationEnds() throws Exception {
    Table table = open("peru", 11, TableOptions.DEFAULT.withDurations(FAST).withBots("historical"));
    TestMember watcher = new TestMember("watcher");
    // The watcher joins, then leaves: every seat is then a bot's, as in `veta simulate`.
    watcher.ask(table, join("Ana", "executive"));
    watcher.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    watcher.ask(table, ClientMessage.newBuilder().setLeave(org.veta.protocol.wire.Leave.getDefaultInstance()));
    table.ended().get(60, TimeUnit.SECONDS);
    Game game = table.game();
    var run = Simulation.run(game, 11, game.rounds(), BotAssignment.parse("historical"), false);
    LogRecord last = null;
    for (LogRecord r : org.veta.log.LogReader.read(table.logFile()).records()) {
      if (r.hasRound()) {
        last = r;
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.getRound().getRound()).isEqualTo(game.rounds());
    assertThat(last.getRound().getStateDigest()).isEqualTo(run.finalState().digest());
  }

  @Test
  void aPersonPlaysTheTutorialToTheScorecardWhileBotsPlayTheOtherSeats() throws Exception {
    Table table = open("tutorial", 3, TableOptions.DEFAULT.withDurations(FAST).startingOnFirstJoin());
    TestMember ana = new TestMember("ana");
    ServerMessage joined = ana.ask(table, join("Ana", "federation"));
    assertThat(joined.getJoined().getSeat()).isEqualTo("federation");
    assertThat(joined.getJoined().getTable().getYou().getBriefing()).contains("miners");
    for (int round = 1; round <= 4; round++) {
      int r = round;
      ana.await(m -> phase(m, r, Phase.ORDERS), WAIT);
      ServerMessage accepted = ana.ask(table, orders("strike scale=1 days=10", "organize"));
      assertThat(accepted.getOrders().getResultsList()).allMatch(o -> o.getAccepted());
      ana.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
      ServerMessage report = ana.await(m -> m.hasReport() && m.getReport().getRound() == r, WAIT);
      assertThat(report.getReport().getMovesList()).anyMatch(s -> s.getSeat().equals("federation")
          && s.getMovesList().contains("strike scale=1 days=10"));
      assertThat(report.getReport().getEffectsList()).isNotEmpty()
          .allMatch(e -> !e.getReason().isBlank() && !e.getMechanism().isBlank());
    }
    ServerMessage card = ana.await(ServerMessage::hasScorecard, WAIT);
    assertThat(card.getScorecard().getLinesList()).hasSize(3)
        .anyMatch(l -> l.getSeat().equals("federation") && l.getPlayer().equals("Ana"));
    table.ended().get(20, TimeUnit.SECONDS);
    List<Long> seqs = new ArrayList<>();
    for (ServerMessage m : ana.seen()) {
      if (m.getRequestId() == 0) {
        seqs.add(m.getSeq());
      }
    }
    for (int i = 1; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).as("events in order without duplicates").isGreaterThan(seqs.get(i - 1));
    }
  }

  @Test
  void aRoundsReportAskedForLaterIsTheOneThatWasSent() throws Exception {
    Table table = open("tutorial", 5, TableOptions.DEFAULT.withDurations(
        PhaseDurations.parse("briefing=0,talks=0,orders=60,report=60")).startingOnFirstJoin());
    TestMember ana = new TestMember("ana");
    ana.ask(table, join("Ana", "federation"));
    List<ServerMessage> sent = new ArrayList<>();
    for (int round = 1; round <= 2; round++) {
      int r = round;
      if (round > 1) {
        ana.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
      }
      ana.await(m -> phase(m, r, Phase.ORDERS), WAIT);
      ana.ask(table, orders("strike scale=1 days=10", "organize"));
      ana.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
      sent.add(ana.await(m -> m.hasReport() && m.getReport().getRound() == r, WAIT));
    }
    ana.await(m -> phase(m, 2, Phase.REPORT), WAIT);

    // In the REPORT phase the round's report is kept built; an older one is built again.
    assertThat(report(ana, table, 1)).isEqualTo(sent.get(0).getReport());
    assertThat(report(ana, table, 2)).isEqualTo(sent.get(1).getReport());
    assertThat(report(ana, table, 0)).isEqualTo(sent.get(1).getReport());
    assertThat(sent.get(0).getReport().getEffectsList()).isNotEqualTo(sent.get(1).getReport().getEffectsList());

    // Past it, the latest is built again when asked for, the same.
    ana.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 3, Phase.ORDERS), WAIT);
    assertThat(report(ana, table, 0)).isEqualTo(sent.get(1).getReport());
  }

  private static org.veta.protocol.wire.RoundReport report(TestMember who, Table table, int round)
      throws Exception {
    return who.ask(table, ClientMessage.newBuilder().setGetReport(GetReport.newBuilder().setRound(round)))
        .getReport();
  }

  /** The view's bytes as the table assembles them, and as protobuf writes the same view. */
  private static List<byte[]> viewBytes(Table table, String seat, long requestId) throws Exception {
    java.util.concurrent.CompletableFuture<List<byte[]>> both = new java.util.concurrent.CompletableFuture<>();
    table.later(() -> {
      SeatSlot slot = seat == null ? null : table.seats().get(seat);
      both.complete(List.of(table.cycle().viewAnswer(requestId, slot),
          ServerMessage.newBuilder().setRequestId(requestId).setTable(table.view(slot)).build()
              .toByteArray()));
    });
    return both.get(20, TimeUnit.SECONDS);
  }

  @Test
  void aTableViewAssembledFromKeptIndicatorsIsTheViewProtobufWrites() throws Exception {
    Table table = open("peru", 5, TableOptions.DEFAULT.withDurations(FAST).withBots("historical"));
    List<byte[]> lobby = viewBytes(table, null, 1);
    assertThat(lobby.get(0)).isEqualTo(lobby.get(1));
    TestMember ana = anaPlaysFedemin(table);
    ana.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
    ana.await(m -> phase(m, 2, Phase.ORDERS), WAIT); // a state after a resolved round
    for (String seat : new String[] {"fedemin", "executive", null}) {
      List<byte[]> later = viewBytes(table, seat, 300 + (seat == null ? 0 : seat.length()));
      assertThat(later.get(0)).as(seat).isEqualTo(later.get(1));
    }
    ServerMessage read = ana.ask(table, ClientMessage.newBuilder()
        .setGetTable(org.veta.protocol.wire.GetTable.getDefaultInstance()));
    List<String> otherSeats = table.game().seats().stream().map(SeatInfo::id)
        .filter(id -> !id.equals("fedemin")).toList();
    assertThat(read.getTable().getIndicatorsList()).isNotEmpty()
        .noneSatisfy(i -> assertThat(i.getScope()).as("another seat's own variable")
            .isIn(otherSeats))
        .anySatisfy(i -> assertThat(i.getScope()).isEqualTo("fedemin"))
        .anySatisfy(i -> assertThat(i.getScope()).isEqualTo("national"));
    assertThat(read.getTable().getYou().getSeat()).isEqualTo("fedemin");
  }

  @Test
  void aSeatKeepsTheAnswersARetryCanAskForAndNotItsJoin() throws Exception {
    Table table = open("peru", 6, TableOptions.DEFAULT.withDurations(FAST).withBots("historical"));
    TestMember ana = new TestMember("ana");
    ServerMessage joined = ana.ask(table, join("Ana", "fedemin"));
    assertThat(joined.getJoined().getTable().getSerializedSize()).isGreaterThan(1000);
    ServerMessage started = ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    long[] seen = onTable(table, () -> {
      SeatSlot slot = table.seats().get("fedemin");
      return new long[] {slot.answers.size(), slot.answers.bytes(),
          slot.answerTo(joined.getRequestId()) == null ? 0 : 1,
          slot.answerTo(started.getRequestId()) == null ? 0 : 1};
    });
    assertThat(seen[2]).as("the Join's answer, with its table view, is not kept").isZero();
    assertThat(seen[3]).as("the Start's answer is kept for a retry").isEqualTo(1);
    assertThat(seen[0]).isEqualTo(1);
    assertThat(seen[1]).isEqualTo(started.getSerializedSize());
  }

  /** Ana takes the fedemin seat, starts the game and waits for round 1's orders. */
  private static TestMember anaPlaysFedemin(Table table) throws Exception {
    TestMember ana = new TestMember("ana");
    ana.ask(table, join("Ana", "fedemin"));
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.ORDERS), WAIT);
    return ana;
  }

  /** A value worked out on the table's thread. */
  private static <T> T onTable(Table table, java.util.function.Supplier<T> work) throws Exception {
    java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
    table.later(() -> done.complete(work.get()));
    return done.get(20, TimeUnit.SECONDS);
  }

  @Test
  void aSeatsClauseUtilitiesAreWorkedOutOncePerStateAndAgainForANewOne() throws Exception {
    Table table = open("peru", 7, TableOptions.DEFAULT.withDurations(FAST).withBots("historical"));
    TestMember ana = anaPlaysFedemin(table);
    var first = onTable(table, () -> table.cycle().state());
    ana.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
    ana.await(m -> phase(m, 2, Phase.ORDERS), WAIT);
    var second = onTable(table, () -> table.cycle().state());
    assertThat(second).as("a round resolved: a new state").isNotSameAs(first);

    // A slot of its own, so that no view the table builds meanwhile works anything out for it.
    SeatSlot slot = new SeatSlot(table.seats().get("fedemin").seat);
    List<String> workedOut = new ArrayList<>();
    java.util.function.Function<org.veta.engine.state.PolicyState, List<org.veta.protocol.wire.ClauseUtilityView>>
        views = state -> slot.clauseViews(state, () -> {
          workedOut.add(state == first ? "first" : "second");
          return SeatViews.clauseViews(table.game(), state, slot.seat);
        });
    var forFirst = views.apply(first);
    assertThat(views.apply(first)).isSameAs(forFirst);
    var forSecond = views.apply(second);
    assertThat(workedOut).as("once per state, again when it changes").containsExactly("first", "second");
    assertThat(forFirst).isNotEmpty().isEqualTo(SeatViews.clauseViews(table.game(), first, slot.seat));
    assertThat(forSecond).isEqualTo(SeatViews.clauseViews(table.game(), second, slot.seat));
  }

  @Test
  void refusalsHaveTheirCodesAndTheTableGoesOn() throws Exception {
    Table table = open("peru", 1, TableOptions.DEFAULT.withDurations(
        PhaseDurations.parse("briefing=60,talks=0,orders=60,report=0")));
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    TestMember eve = new TestMember("eve");
    assertThat(ana.ask(table, orders("strike")).getError().getCode()).isEqualTo(ErrorCode.NOT_YOUR_SEAT);
    assertThat(ana.ask(table, join("Ana", "atlantis")).getError().getCode()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ana.ask(table, join("\u001b[2J", "")).getError().getCode())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(ana.ask(table, join("Ana", "fedemin")).hasJoined()).isTrue();
    assertThat(ben.ask(table, join("Ben", "fedemin")).getError().getCode()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(ben.ask(table, join("ana", "")).getError().getMessage()).contains("already goes by");
    assertThat(ben.ask(table, join("Ben\u001b[31m red", "mdd_governor")).getJoined().getTable().getSeatsList())
        .anyMatch(s -> s.getPlayer().equals("Ben red"));
    assertThat(ana.ask(table, join("Ana", "executive")).getError().getCode()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(ana.ask(table, orders("strike")).getError().getCode()).isEqualTo(ErrorCode.WRONG_PHASE);
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    assertThat(eve.ask(table, join("Eve", "")).getJoined().getSeat()).as("a bot's seat can be taken")
        .isEqualTo("executive");
    assertThat(ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()))
        .getError().getCode()).isEqualTo(ErrorCode.WRONG_PHASE);
    assertThat(ana.ask(table, orders("strike")).getError().getMessage()).contains("BRIEFING of round 1");
    ana.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
    ben.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
    eve.ask(table, ClientMessage.newBuilder().setReady(org.veta.protocol.wire.Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.ORDERS), WAIT);
    ServerMessage forOther = ana.ask(table, orders("forbear").setSetOrders(
        SetOrders.newBuilder().addMoves("forbear").setSeat("mdd_governor")));
    assertThat(forOther.getError().getCode()).isEqualTo(ErrorCode.NOT_YOUR_SEAT);
    assertThat(forOther.getError().getMessage()).contains("cannot act for mdd_governor");
    var results = ana.ask(table, orders("lobby", "strike scale=9", "decree", "strike days=14"))
        .getOrders().getResultsList();
    assertThat(results).extracting(o -> o.getAccepted()).containsExactly(false, false, false, true);
    assertThat(results.get(0).getReason()).contains("not politically incorporated");
    assertThat(results.get(1).getReason()).contains("between 0.1 and 1");
    assertThat(results.get(2).getReason()).contains("central-state move");
    assertThat(ana.ask(table, ClientMessage.newBuilder().setGetReport(GetReport.getDefaultInstance()))
        .getError().getCode()).isEqualTo(ErrorCode.NOT_FOUND);
    for (TestMember m : List.of(ana, ben, eve)) {
      m.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
    }
    ServerMessage report = ana.await(m -> m.hasReport() && m.getReport().getRound() == 1, WAIT);
    assertThat(report.getReport().getMovesList()).anyMatch(s -> s.getSeat().equals("fedemin")
        && s.getMovesList().equals(List.of("strike scale=0.6 days=14")));
  }
}
