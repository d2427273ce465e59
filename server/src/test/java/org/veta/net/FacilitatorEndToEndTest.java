package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Compare;
import org.veta.protocol.wire.CreateTables;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetLog;
import org.veta.protocol.wire.Inject;
import org.veta.protocol.wire.ListScenarios;
import org.veta.protocol.wire.ListTables;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.Pace;
import org.veta.protocol.wire.PaceAction;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatAction;
import org.veta.protocol.wire.SeatCommand;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetDeadlinePolicy;
import org.veta.protocol.wire.SetTimer;
import org.veta.protocol.wire.TableOutcome;
import org.veta.protocol.wire.TableSelector;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.Talk;
import org.veta.protocol.wire.WatchTable;

/**
 * A facilitator's console against a real server: it opens tables, paces them, injects events,
 * handles seats, watches, compares and downloads logs; the players see only what is theirs.
 */
class FacilitatorEndToEndTest {
  @TempDir Path data;
  ServerFixture fixture;

  @BeforeEach
  void start() throws Exception {
    // Long phases: every phase here ends because someone acts, never by waiting out a clock.
    fixture = new ServerFixture(data, "briefing=120,talks=0,orders=120,report=120");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  static TableSelector tables(String... names) {
    return TableSelector.newBuilder().addAllTables(List.of(names)).build();
  }

  static TableSelector all() {
    return TableSelector.newBuilder().setAll(true).build();
  }

  static ClientMessage.Builder pace(TableSelector which, PaceAction action) {
    return ClientMessage.newBuilder().setPace(Pace.newBuilder().setTables(which).setAction(action));
  }

  static List<TableOutcome> outcomes(ServerMessage answer) {
    assertThat(answer.hasResult()).as("%s", answer).isTrue();
    return answer.getResult().getOutcomesList();
  }

  static void allOk(ServerMessage answer) {
    assertThat(outcomes(answer)).isNotEmpty().allSatisfy(o ->
        assertThat(o.getOk()).as(o.getMessage()).isTrue());
  }

  static TableSummary summaryOf(TestClient console, int number, java.util.function.Predicate<TableSummary> wanted,
      String what) {
    return console.await(m -> m.hasTableChanged() && m.getTableChanged().getNumber() == number
        && wanted.test(m.getTableChanged()), "table " + number + ": " + what).getTableChanged();
  }

  @Test
  void aFacilitatorRunsThreeTablesFromCreationToTheirLogs() throws Exception {
    TestClient maria = fixture.facilitator("Maria");

    var scenarios = maria.request(ClientMessage.newBuilder().setListScenarios(
        ListScenarios.newBuilder().setReload(true))).getScenarios().getScenariosList();
    assertThat(scenarios).extracting(s -> s.getName()).contains("peru", "bolivia", "tutorial");
    assertThat(scenarios).filteredOn(s -> s.getName().equals("tutorial")).singleElement()
        .satisfies(s -> assertThat(s.getEventsList()).anyMatch(e -> e.startsWith("mine_accident")));

    var created = maria.request(ClientMessage.newBuilder().setCreateTables(CreateTables.newBuilder()
        .setScenario("tutorial").setTables(3).setHasSeed(true).setSeed(5)
        .setDeadlinePolicy(DeadlinePolicy.HOLD))).getTables().getTablesList();
    assertThat(created).hasSize(3).extracting(TableSummary::getPhase).containsOnly(Phase.LOBBY);
    String code1 = created.get(0).getJoinCode();
    String code2 = created.get(1).getJoinCode();
    String one = Integer.toString(created.get(0).getNumber());
    String two = Integer.toString(created.get(1).getNumber());
    int n1 = created.get(0).getNumber();

    TestClient ana = fixture.client("Ana");
    ana.join(code1, "federation");
    TestClient ben = fixture.client("Ben");
    ben.join(code1, "mayor");
    TestClient cy = fixture.client("Cy");
    cy.join(code2, "mayor");
    // A second person at table 2, so that it waits for people rather than running on by itself.
    TestClient dan = fixture.client("Dan");
    dan.join(code2, "federation");
    maria.request(ClientMessage.newBuilder().setWatch(WatchTable.newBuilder().setTable(one)))
        .getOmni();

    allOk(maria.request(pace(all(), PaceAction.PACE_START)));
    TableSummary briefing = summaryOf(maria, n1, s -> s.getPhase() == Phase.BRIEFING, "briefing of round 1");
    ana.awaitPhase(1, Phase.BRIEFING);
    // Each summary a table builds is numbered after the last, whichever path it takes.
    TableSummary listed = maria.request(ClientMessage.newBuilder().setListTables(ListTables.getDefaultInstance()))
        .getTables().getTablesList().stream().filter(t -> t.getNumber() == n1).findFirst().orElseThrow();
    assertThat(listed.getRevision()).isGreaterThan(briefing.getRevision());
    assertThat(briefing.getRevision()).isPositive();

    // Pause: the clock stops and the phase does not end although everyone is ready.
    allOk(maria.request(pace(tables(one), PaceAction.PACE_PAUSE)));
    ana.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getPaused(), "the pause");
    ana.request(Protocol.ready());
    ben.request(Protocol.ready());
    var paused = ana.request(Protocol.getTable()).getTable();
    assertThat(paused.getPhase()).isEqualTo(Phase.BRIEFING);
    assertThat(paused.getPaused()).isTrue();
    assertThat(paused.getRemainingMs()).isPositive();
    allOk(maria.request(pace(tables(one), PaceAction.PACE_RESUME)));
    ana.awaitPhase(1, Phase.ORDERS);

    // Clocks: a new length for the current phase restarts it; extend adds to it.
    var timed = outcomes(maria.request(ClientMessage.newBuilder().setSetTimer(SetTimer.newBuilder()
        .setTables(tables(one)).setPhase(Phase.ORDERS).setSeconds(90))));
    assertThat(timed.get(0).getMessage()).contains("ORDERS lasts 1m30s");
    long before = ana.request(Protocol.getTable()).getTable().getDeadlineUnixMs();
    allOk(maria.request(ClientMessage.newBuilder().setSetTimer(SetTimer.newBuilder()
        .setTables(tables(one)).setExtend(true).setSeconds(60))));
    assertThat(ana.request(Protocol.getTable()).getTable().getDeadlineUnixMs())
        .isGreaterThanOrEqualTo(before + 55_000);
    assertThat(outcomes(maria.request(ClientMessage.newBuilder().setSetTimer(SetTimer.newBuilder()
        .setTables(tables(one)).setPhase(Phase.ORDERS).setSeconds(3)))).get(0).getOk()).isFalse();

    // An inject is announced now and changes the state through the engine when the round resolves.
    allOk(maria.request(ClientMessage.newBuilder().setInject(Inject.newBuilder()
        .setTables(tables(one)).setEvent("mine_accident"))));
    ana.await(m -> m.hasNotice() && m.getNotice().getText().contains("Mine collapse"), "the news");
    var badInject = outcomes(maria.request(ClientMessage.newBuilder().setInject(Inject.newBuilder()
        .setTables(tables(one)).setEvent("alien_invasion"))));
    assertThat(badInject.get(0).getOk()).isFalse();
    assertThat(badInject.get(0).getMessage()).contains("mine_accident");

    // A private nudge reaches its seat only.
    allOk(maria.request(ClientMessage.newBuilder().setNudge(Nudge.newBuilder().setTable(one)
        .setSeat("federation").setText("Two minutes left to decide."))));
    ana.await(m -> m.hasTalk() && m.getTalk().getChannel() == Channel.FACILITATOR
        && m.getTalk().getText().contains("Two minutes"), "the nudge");

    ana.request(Protocol.orders("organize"));
    ana.request(Protocol.submit());
    ben.request(Protocol.orders("forbear"));
    ben.request(Protocol.submit());
    ServerMessage report = ana.await(m -> m.hasReport() && m.getReport().getRound() == 1, "report 1");
    assertThat(report.getReport().getEffectsList()).anySatisfy(e -> {
      assertThat(e.getTarget()).isEqualTo("region.valle_dorado.conflict");
      assertThat(e.getReason()).contains("Mine collapse in Valle Dorado");
      assertThat(e.getSeat()).startsWith("event:mine_accident");
    });
    ServerMessage watched = maria.await(m -> m.hasReport() && m.getTableId().equals(
        created.get(0).getTableId()), "the watched table's report");
    assertThat(watched.getReport().getEffectsList()).isNotEmpty();

    // Ben drops out: his seat is kept for him and shows as dropped; the facilitator gives it to a bot.
    ben.close();
    summaryOf(maria, n1, s -> s.getSeatsList().stream().anyMatch(x -> x.getSeat().equals("mayor")
        && x.getOccupant().equals("dropped")), "the mayor dropped");
    allOk(maria.request(ClientMessage.newBuilder().setSeatCommand(SeatCommand.newBuilder()
        .setTable(one).setSeat("mayor").setAction(SeatAction.SEAT_BOT).setStrategy("historical"))));
    summaryOf(maria, n1, s -> s.getSeatsList().stream().anyMatch(x -> x.getSeat().equals("mayor")
        && x.getOccupant().equals("bot:historical")), "the mayor played by a bot");

    // Kicked from table 2, Cy is back in the lobby and may join again.
    allOk(maria.request(ClientMessage.newBuilder().setSeatCommand(SeatCommand.newBuilder()
        .setTable(two).setSeat("mayor").setAction(SeatAction.SEAT_KICK))));
    cy.await(m -> m.hasSeatMoved() && m.getSeatMoved().getSeat().isEmpty(), "the kick");
    assertThat(cy.join(code2, "government").getSeat()).isEqualTo("government");

    allOk(maria.request(ClientMessage.newBuilder().setDeadlinePolicy(SetDeadlinePolicy.newBuilder()
        .setTables(all()).setPolicy(DeadlinePolicy.BOT))));
    var cohort = maria.request(ClientMessage.newBuilder().setCompare(Compare.newBuilder()
        .setScenario("tutorial"))).getCohort();
    assertThat(cohort.getTablesList()).hasSize(3).allSatisfy(t -> assertThat(t.getPath()).isNotBlank());

    allOk(maria.request(pace(all(), PaceAction.PACE_END)));
    ana.await(ServerMessage::hasScorecard, "the scorecard");
    var overview = maria.request(ClientMessage.newBuilder().setListTables(
        ListTables.getDefaultInstance())).getTables().getTablesList();
    assertThat(overview).extracting(TableSummary::getPhase).containsOnly(Phase.ENDED);

    // The log, downloaded in chunks, holds what the facilitator did, by whom, and the event.
    List<LogRecord> records = download(maria, one);
    assertThat(records.get(0).hasHeader()).isTrue();
    List<String> done = new ArrayList<>();
    for (LogRecord r : records) {
      if (r.hasInput() && r.getInput().getFacilitator()) {
        assertThat(r.getInput().getMember()).startsWith("facilitator Maria (");
        assertThat(r.getTimeMs()).isPositive();
        done.add(r.getInput().getMessage().getBodyCase().name());
      }
    }
    // (The download itself comes after the end, when the log is already closed and complete.)
    assertThat(done).contains("CREATE_TABLES", "WATCH", "PACE", "SET_TIMER", "INJECT", "NUDGE",
        "SEAT_COMMAND", "DEADLINE_POLICY");
    assertThat(records).anySatisfy(r -> {
      assertThat(r.hasRound()).isTrue();
      assertThat(r.getRound().getInjectedList()).singleElement()
          .satisfies(e -> assertThat(e.getRound()).isEqualTo(1));
    });

    // The players never saw the facilitator's data.
    for (TestClient player : List.of(ana, cy)) {
      assertThat(player.received()).allSatisfy(m -> {
        assertThat(m.getTableId()).isEmpty();
        assertThat(m.hasTableChanged() || m.hasOmni() || m.hasTables() || m.hasScenarios()
            || m.hasCohort() || m.hasLogChunk() || m.hasResult()).as("%s", m).isFalse();
      });
    }
    assertThat(cy.received()).noneMatch(m -> m.hasTalk() && m.getTalk().getText().contains("Two minutes"));
  }

  static List<LogRecord> download(TestClient console, String table) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long offset = 0;
    int chunks = 0;
    while (true) {
      var chunk = console.request(ClientMessage.newBuilder().setGetLog(GetLog.newBuilder()
          .setTable(table).setOffset(offset))).getLogChunk();
      assertThat(chunk.getOffset()).isEqualTo(offset);
      chunk.getData().writeTo(bytes);
      offset = chunk.getNextOffset();
      chunks++;
      if (chunk.getEof()) {
        break;
      }
      assertThat(chunks).as("chunks").isLessThan(1000);
    }
    var contents = org.veta.log.LogReader.read(Path.of(table), bytes.toByteArray());
    assertThat(contents.damage()).isEmpty();
    return contents.records();
  }

  @Test
  void privateTalkReachesTheFacilitatorOnlyWhereTheScenarioSaysSo() throws Exception {
    ServerFixture talky = new ServerFixture(data.resolve("talky"),
        "briefing=120,talks=120,orders=120,report=120");
    try {
      TestClient maria = talky.facilitator("Maria");
      var peru = talky.open("peru", 1, "");
      var tutorial = talky.open("tutorial", 1, "");
      for (var table : List.of(peru, tutorial)) {
        maria.request(ClientMessage.newBuilder().setWatch(WatchTable.newBuilder()
            .setTable(table.joinCode())));
        TestClient a = talky.client("A" + table.number());
        TestClient b = talky.client("B" + table.number());
        a.join(table.joinCode(), "");
        String other = b.join(table.joinCode(), "").getSeat();
        allOk(maria.request(pace(tables(Integer.toString(table.number())), PaceAction.PACE_START)));
        a.awaitPhase(1, Phase.BRIEFING);
        a.request(Protocol.ready());
        b.request(Protocol.ready());
        a.awaitPhase(1, Phase.TALKS);
        a.request(ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(Channel.PRIVATE)
            .setTo(other).setText("secret at table " + table.number())));
        a.request(ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(Channel.PUBLIC)
            .setText("public at table " + table.number())));
        maria.await(m -> m.hasTalk() && m.getTalk().getText().equals("public at table "
            + table.number()), "the public message");
      }
      // Talk at one table is delivered in order, so the public message came after the private one.
      assertThat(maria.received()).noneMatch(m -> m.hasTalk()
          && m.getTalk().getText().equals("secret at table " + peru.number()));
      assertThat(maria.received()).anyMatch(m -> m.hasTalk()
          && m.getTalk().getText().equals("secret at table " + tutorial.number()));
      var omni = maria.request(ClientMessage.newBuilder().setWatch(WatchTable.newBuilder()
          .setTable(Integer.toString(peru.number())))).getOmni();
      assertThat(omni.getPrivateTalkVisible()).isFalse();
      assertThat(omni.getTalkList()).noneMatch(t -> t.getChannel() == Channel.PRIVATE);
      assertThat(omni.getTable().getIndicatorsList()).anyMatch(i -> i.getKey().startsWith("seat."));
      var cohort = maria.request(ClientMessage.newBuilder().setCompare(Compare.newBuilder()
          .setScenario("peru"))).getCohort();
      assertThat(cohort.getHistoricalStagesList()).first().asString().startsWith("ECONOMIC_DEPENDENCE (round 1");
      assertThat(cohort.getTablesList()).singleElement().satisfies(t ->
          assertThat(t.getSummary().getIndicatorsList()).extracting(i -> i.getKey())
              .contains("region.madre_de_dios.mobilization"));
    } finally {
      talky.close();
    }
  }

  @Test
  void aWrongKeyIsRefusedAndClosed() throws Exception {
    TestClient mallory = fixture.connect("Mallory");
    ServerMessage answer = mallory.request(ClientMessage.newBuilder().setHello(
        org.veta.protocol.wire.Hello.newBuilder().addProtocolVersions(1)
            .setFacilitatorKey("0000-0000-0000-0000-0000-0")));
    assertThat(answer.getError().getCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    mallory.closed().get(TestClient.TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void tablesAreNamedByNumberIdOrCodeAndUnknownOnesAreRefused() throws Exception {
    TestClient maria = fixture.facilitator("Maria");
    var table = fixture.open("tutorial", 1, "");
    for (String name : List.of(Integer.toString(table.number()), table.id(),
        table.joinCode().toLowerCase(java.util.Locale.ROOT))) {
      assertThat(maria.request(ClientMessage.newBuilder().setWatch(WatchTable.newBuilder()
          .setTable(name))).getOmni().getSummary().getTableId()).isEqualTo(table.id());
    }
    assertThat(maria.refused(pace(tables("99"), PaceAction.PACE_PAUSE), ErrorCode.NOT_FOUND))
        .contains("Tables: " + table.number());
    assertThat(maria.refused(pace(TableSelector.getDefaultInstance(), PaceAction.PACE_PAUSE),
        ErrorCode.INVALID_ARGUMENT)).contains("which tables");
    assertThat(outcomes(maria.request(pace(tables("1"), PaceAction.PACE_PAUSE))).get(0).getMessage())
        .contains("no clock");
  }

  @Test
  void scenariosFromTheDirectoryShowTheirProblemsAndReloadWithoutARestart() throws Exception {
    Path dir = java.nio.file.Files.createDirectories(data.resolve("my-scenarios"));
    String tutorial = new org.veta.app.ScenarioSource(null).catalog().text("tutorial").orElseThrow();
    Path file = dir.resolve("valle.textproto");
    java.nio.file.Files.writeString(file, tutorial.replace("rounds: 4", "rounds: 400"));
    try (var server = org.veta.app.VetaServer.create(org.veta.app.ServerConfig.defaults(
        data.resolve("d2")).withHost("127.0.0.1").withPort(0).withScenarios(dir))) {
      int port = server.listen();
      try (TestClient maria = TestClient.connect("Maria", port)) {
        maria.helloAsFacilitator(server.facilitatorKey());
        var broken = maria.request(ClientMessage.newBuilder().setListScenarios(
            ListScenarios.getDefaultInstance())).getScenarios().getScenariosList().stream()
            .filter(s -> s.getName().equals("valle")).findFirst().orElseThrow();
        assertThat(broken.getValid()).isFalse();
        assertThat(broken.getProblemsList()).anySatisfy(p ->
            assertThat(p).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*round.*"));
        maria.refused(ClientMessage.newBuilder().setCreateTables(CreateTables.newBuilder()
            .setScenario("valle")), ErrorCode.INVALID_ARGUMENT);

        java.nio.file.Files.writeString(file, tutorial.replace("id: \"tutorial\"", "id: \"valle\""));
        java.nio.file.Files.writeString(dir.resolve("second.textproto"),
            tutorial.replace("id: \"tutorial\"", "id: \"second\""));
        var fixed = maria.request(ClientMessage.newBuilder().setListScenarios(
            ListScenarios.newBuilder().setReload(true))).getScenarios().getScenariosList();
        assertThat(fixed).filteredOn(s -> s.getName().equals("valle") || s.getName().equals("second"))
            .hasSize(2).allSatisfy(s -> assertThat(s.getValid()).as(s.getProblemsList().toString()).isTrue());
        assertThat(maria.request(ClientMessage.newBuilder().setCreateTables(CreateTables.newBuilder()
            .setScenario("second"))).getTables().getTables(0).getScenario()).isEqualTo("second");
      }
    }
  }
}
