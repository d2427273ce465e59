package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.net.FakeTableServer;
import org.veta.client.shell.ExitCodes;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ClientMessage.BodyCase;
import org.veta.protocol.wire.CreateTables;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.Inject;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.PaceAction;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatAction;
import org.veta.protocol.wire.SeatCommand;
import org.veta.protocol.wire.SetTimer;
import org.veta.protocol.wire.TableSelector;

/** The facilitator's console in script mode against a fake server: the requests it sends, the lines it prints. */
class FacilitatorScriptShellTest {
  private static final TableSelector ALL = TableSelector.newBuilder().setAll(true).build();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final List<ClientMessage> sent = new ArrayList<>();

  private int run(String key, String script) throws Exception {
    return run(new CannedTables(), key, script);
  }

  private int run(FakeTableServer.Responder responder, String key, String script) throws Exception {
    try (FakeTableServer server = new FakeTableServer(responder)) {
      int exit = new FacilitatorScriptShell(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> CannedTables.NOW)
          .run(new FacilitatorLogin("127.0.0.1", server.port(), key, "Maria"), new BufferedReader(new StringReader(script)));
      sent.addAll(server.received());
      return exit;
    }
  }

  private List<String> output() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private List<ClientMessage> sent(BodyCase kind) {
    return sent.stream().filter(m -> m.getBodyCase() == kind).toList();
  }

  private static TableSelector tables(String... names) {
    return TableSelector.newBuilder().addAllTables(List.of(names)).build();
  }

  @Test
  void aSessionScriptSteersTablesAndPrintsStableLines() throws Exception {
    int exit = run(CannedTables.KEY, String.join("\n",
        "# a morning's work, scripted",
        "scenarios",
        "tables",
        "create peru --tables 2 --seed 7 --on-deadline bot",
        "start 2",
        "wait 2 phase BRIEFING",
        "advance 2",
        "wait 2 phase TALKS --timeout 30s",
        "pause 1 3",
        "timer 2 orders 4m",
        "extend all 90s",
        "deadline 1 hold",
        "inject 1 gold_crash gold_price_factor=0.5",
        "inject all decree move=\"decree size=0.2\"",
        "inject 1 news Gold falls again; the ministry's reply is due \"tomorrow\".",
        "message 1/fedemin Please submit: 2 minutes left.",
        "seat 1 gore bot hardline",
        "seat 1 fedemin move-to mdd_governor",
        "watch 1",
        "unwatch",
        "compare",
        "end",
        "quit",
        "tables"));

    List<String> lines = output();
    assertThat(exit).isZero();
    assertThat(lines).startsWith("CONNECTED 127.0.0.1:" + lines.get(0).split(":")[1].split(" ")[0] + " fake-server 0.0",
        "FACILITATOR Maria");
    assertThat(lines).containsSubsequence("> scenarios",
        "SCENARIO peru valid rounds=8 seats=fedemin,gore,minem,mdd_governor source=builtin:peru | Peru: gold in Madre de Dios",
        "EVENT peru gold_crash: The gold price collapses",
        "PROBLEM broken /srv/veta/scenarios/broken.textproto:12:5: unknown move \"strik\"");
    assertThat(lines).containsSubsequence("> tables", "TABLES 3",
        "T1 SUMMARY peru round=3/8 phase=ORDERS left=2m10s on-deadline=hold seats=1/4 submitted=2/4 code=K4TQ-92 id=t-1",
        "T3 SEAT mining_ministry CENTRAL_STATE bot:hardline submitted=no ready=no");
    assertThat(lines).containsSubsequence("> create peru --tables 2 --seed 7 --on-deadline bot",
        "TABLE 4 NEW4-00", "TABLE 5 NEW5-00", "CREATED 2 tables of peru");
    // The answer first, then the summary the start caused (which may come after the next command's
    // echo: events print when they arrive); the wait answers at once from the overview.
    assertThat(lines).containsSubsequence("> start 2", "OK 2 start",
        "T2 CHANGED round=1/8 phase=BRIEFING left=30s seats=1/4 submitted=0/4", "REACHED 2 phase BRIEFING round 1");
    assertThat(lines).containsSubsequence("> wait 2 phase BRIEFING", "REACHED 2 phase BRIEFING round 1", "> advance 2");
    // This wait is answered by a summary that comes after the overview it starts from.
    assertThat(lines).containsSubsequence("> advance 2", "OK 2 advance",
        "> wait 2 phase TALKS --timeout 30s", "T2 CHANGED round=1/8 phase=TALKS left=30s seats=1/4 submitted=0/4",
        "REACHED 2 phase TALKS round 1");
    assertThat(lines).containsSubsequence("> pause 1 3", "OK 1 pause", "OK 3 pause",
        "> timer 2 orders 4m", "OK 2 timer set",
        "> extend all 90s", "OK 1 timer set",
        "> deadline 1 hold", "OK 1 deadline policy HOLD",
        "> inject 1 gold_crash gold_price_factor=0.5", "OK 1 gold_crash announced",
        "> message 1/fedemin Please submit: 2 minutes left.", "OK 1 message sent",
        "> seat 1 gore bot hardline", "OK 1 gore SEAT_BOT",
        "> seat 1 fedemin move-to mdd_governor", "OK 1 fedemin SEAT_MOVE_TO");
    // Watching: the view, then the table's events (private talk too), labelled with the table.
    assertThat(lines).containsSubsequence("> watch 1", "WATCHING 1 private-talk=visible",
        "T1 TALK private gore (Bea) -> fedemin: Forbear with me this round?", "T1 SCORE gore 41.0",
        "T1 TALK private minem -> gore: Keep the army out of it.",
        "T1 SUBMISSION gore submitted",
        "T1 ROUND 3 REPORT: 7 effects, 1 note (the 5 largest below)",
        "T1 EFFECT variable 6: 0.6 -> 0.2 [m6, fedemin strike] reason 6",
        "T1 STAGE STRIKE_WAVE round 3 region madre_de_dios",
        "T1 PHASE BRIEFING round 4 paused=30s",
        "T1 NOTICE Table 1 is paused.");
    assertThat(lines).containsSubsequence("> watch 1", "> unwatch", "UNWATCHED 1");
    assertThat(lines).containsSubsequence("> compare", "COHORT peru tables=2", "HISTORY PUBLIC_ENDORSEMENT (round 2) > ROUNDTABLE (round 5, madre_de_dios) > LAW_PASSED",
        "T1 PATH the Peruvian way: a roundtable under pressure, then a law the miners endorse");
    // A script does not ask before ending every table.
    assertThat(lines).containsSubsequence("> end", "OK 1 end", "OK 5 end", "> quit");
    assertThat(lines).filteredOn(line -> line.equals("> tables")).as("nothing after quit").hasSize(1);
    assertThat(lines).noneMatch(line -> line.startsWith("> #")).allSatisfy(line -> assertThat(line).matches("\\p{Print}*"));

    ClientMessage hello = sent.get(0);
    assertThat(hello.getHello().getFacilitatorKey()).isEqualTo(CannedTables.KEY);
    assertThat(hello.getHello().getFacilitatorName()).isEqualTo("Maria");
    assertThat(sent(BodyCase.CREATE_TABLES)).singleElement().extracting(ClientMessage::getCreateTables)
        .isEqualTo(CreateTables.newBuilder().setScenario("peru").setTables(2).setHasSeed(true).setSeed(7)
            .setDeadlinePolicy(DeadlinePolicy.BOT).build());
    assertThat(sent(BodyCase.PACE)).extracting(m -> m.getPace().getAction(), m -> m.getPace().getTables())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PaceAction.PACE_START, tables("2")),
            org.assertj.core.groups.Tuple.tuple(PaceAction.PACE_ADVANCE, tables("2")),
            org.assertj.core.groups.Tuple.tuple(PaceAction.PACE_PAUSE, tables("1", "3")),
            org.assertj.core.groups.Tuple.tuple(PaceAction.PACE_END, ALL));
    assertThat(sent(BodyCase.SET_TIMER)).extracting(ClientMessage::getSetTimer).containsExactly(
        SetTimer.newBuilder().setTables(tables("2")).setPhase(Phase.ORDERS).setSeconds(240).build(),
        SetTimer.newBuilder().setTables(ALL).setExtend(true).setSeconds(90).build());
    assertThat(sent(BodyCase.INJECT)).extracting(ClientMessage::getInject).containsExactly(
        Inject.newBuilder().setTables(tables("1")).setEvent("gold_crash").addArgs("gold_price_factor=0.5").build(),
        Inject.newBuilder().setTables(ALL).setEvent("decree").addArgs("move=decree size=0.2").build(),
        Inject.newBuilder().setTables(tables("1")).setEvent("news")
            .addArgs("Gold falls again; the ministry's reply is due \"tomorrow\".").build());
    assertThat(sent(BodyCase.NUDGE)).extracting(ClientMessage::getNudge).containsExactly(
        Nudge.newBuilder().setTable("1").setSeat("fedemin").setText("Please submit: 2 minutes left.").build());
    assertThat(sent(BodyCase.SEAT_COMMAND)).extracting(ClientMessage::getSeatCommand).containsExactly(
        SeatCommand.newBuilder().setTable("1").setSeat("gore").setAction(SeatAction.SEAT_BOT).setStrategy("hardline").build(),
        SeatCommand.newBuilder().setTable("1").setSeat("fedemin").setAction(SeatAction.SEAT_MOVE_TO).setToSeat("mdd_governor").build());
    assertThat(sent(BodyCase.WATCH)).extracting(m -> m.getWatch().getTable() + " " + m.getWatch().getStop())
        .containsExactly("1 false", "t-1 true");
    assertThat(sent(BodyCase.DEADLINE_POLICY)).singleElement()
        .satisfies(m -> assertThat(m.getDeadlinePolicy().getPolicy()).isEqualTo(DeadlinePolicy.HOLD));
    assertThat(sent(BodyCase.COMPARE)).singleElement().satisfies(m -> assertThat(m.getCompare().getScenario()).isEmpty());
  }

  @Test
  void aLogComesDownInChunksAsTheExactBytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("logs of today").resolve("table 1.log");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "an older download, to be replaced");

    int exit = run(CannedTables.KEY, "log K4TQ-92 \"" + file + "\"\nlog 9 \"" + dir.resolve("nine.log") + "\"\n");

    assertThat(exit).isEqualTo(ExitCodes.COMMAND_FAILED);
    assertThat(Files.readAllBytes(file)).isEqualTo(CannedTables.log());
    assertThat(output()).containsSubsequence("> log K4TQ-92 \"" + file + "\"",
        "LOG K4TQ-92 " + CannedTables.LOG_SIZE + " " + file.toAbsolutePath(),
        "> log 9 \"" + dir.resolve("nine.log") + "\"", "ERROR NOT_FOUND: There is no table \"9\".");
    assertThat(sent(BodyCase.GET_LOG)).extracting(m -> m.getGetLog().getTable() + "@" + m.getGetLog().getOffset())
        .containsExactly("K4TQ-92@0", "K4TQ-92@" + CannedTables.CHUNK, "K4TQ-92@" + 2 * CannedTables.CHUNK, "9@0");
    // Nothing half-written is left behind, for the refused download either.
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
    assertThat(dir.resolve("nine.log")).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("logs of today");
    }
  }

  @Test
  void refusalsAndFailuresArePrintedAndMakeTheExitNonZero() throws Exception {
    int exit = run(CannedTables.KEY, String.join("\n",
        "pause 1 9",
        "watch 7",
        "create atlantis",
        "timer 2 lunch 5m",
        "dance",
        "wait 9 end",
        "wait 2 seats 3 --timeout 0",
        "wait 3 phase ORDERS round 5",
        "tables"));

    assertThat(exit).isEqualTo(ExitCodes.COMMAND_FAILED);
    assertThat(output()).containsSubsequence(
        "> pause 1 9", "OK 1 pause", "FAIL - there is no table \"9\"",
        "> watch 7", "ERROR NOT_FOUND: There is no table \"7\".",
        "> create atlantis", "ERROR NOT_FOUND: There is no scenario \"atlantis\".",
        "> timer 2 lunch 5m", "ERROR USAGE: \"lunch\" is not a phase with a length: briefing, talks, orders or report.",
        "Usage: timer [TABLE|all] PHASE DURATION",
        "> dance", "There is no command \"dance\". Type `help` to see the commands.",
        "> wait 9 end", "ERROR NOT_FOUND: There is no table \"9\" (tables: 1, 2, 3).",
        "> wait 2 seats 3 --timeout 0", "TIMEOUT 2 seats 3 after 0s",
        "> wait 3 phase ORDERS round 5", "MISSED 3 phase ORDERS round 5: the table is at round 5 phase REPORT",
        "> tables", "TABLES 3");
    assertThat(sent(BodyCase.CREATE_TABLES)).hasSize(1);
    assertThat(sent(BodyCase.SET_TIMER)).isEmpty();
  }

  @Test
  void aLineStartingWithADashMayFail() throws Exception {
    int exit = run(CannedTables.KEY, "-pause 9\ntables\n");

    assertThat(exit).isZero();
    assertThat(output()).containsSubsequence("> -pause 9", "FAIL - there is no table \"9\"", "> tables");
  }

  @Test
  void aWrongKeyIsRefusedWithItsCode() throws Exception {
    int exit = run("open sesame", "tables\n");

    assertThat(exit).isEqualTo(ExitCodes.CONNECTION_FAILED);
    assertThat(output()).containsExactly("ERROR UNAUTHENTICATED: That is not this server's facilitator key.");
  }

  @Test
  void aServerThatIgnoresTheKeyIsNotTakenForAFacilitatorsOne() throws Exception {
    int exit = run(CannedTables.OLD_SERVER_KEY, "tables\n");

    assertThat(exit).isEqualTo(ExitCodes.CONNECTION_FAILED);
    assertThat(output()).hasSize(2).last().asString()
        .isEqualTo("ERROR NOT_FACILITATOR: the server admitted the connection, but not as a facilitator's.");
  }

  @Test
  void theServerHangingUpEndsTheScriptNonZero() throws Exception {
    CannedTables tables = new CannedTables();
    FakeTableServer.Responder hangsUpOnCompare = (channel, request) -> {
      if (request.getBodyCase() == BodyCase.COMPARE) {
        channel.close();
        return List.of();
      }
      return tables.apply(channel, request);
    };

    int exit = run(hangsUpOnCompare, CannedTables.KEY, "tables\ncompare\ntables\n");

    assertThat(exit).isEqualTo(ExitCodes.SERVER_CLOSED);
    assertThat(output()).containsSubsequence("> compare", "DISCONNECTED: the server closed the connection")
        .filteredOn(line -> line.equals("> tables")).hasSize(1);
  }
}
