package org.veta.client.facilitate;

import static org.veta.protocol.wire.Channel.PRIVATE;
import static org.veta.protocol.wire.Channel.PUBLIC;

import com.google.protobuf.ByteString;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.veta.client.net.CannedTable;
import org.veta.client.net.FakeTableServer;
import org.veta.protocol.wire.AgreementView;

import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Cohort;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.FacilitatorResult;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.LogChunk;
import org.veta.protocol.wire.Notice;
import org.veta.protocol.wire.Ok;
import org.veta.protocol.wire.OmniView;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.Pong;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.Role;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.ScenarioInfo;
import org.veta.protocol.wire.ScenarioList;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.SeatStatus;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.StageView;
import org.veta.protocol.wire.SubmissionChanged;
import org.veta.protocol.wire.TableOutcome;
import org.veta.protocol.wire.TableSelector;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.TableView;
import org.veta.protocol.wire.TablesOverview;
import org.veta.protocol.wire.TalkMessage;
import org.veta.protocol.wire.Welcome;

/**
 * Hand-built facilitator messages, and a responder playing a server with three tables for the
 * console's tests: table 1 (peru, round 3 ORDERS), table 2 (peru, in the lobby), table 3 (bolivia,
 * paused in a report). `start 2` moves table 2 to BRIEFING at once; `advance 2` moves it on to
 * TALKS just after the next overview is answered, as a clock would. Watching table 1 sends its
 * view, then a few of its events. Table 1's log is LOG_SIZE pseudo-random bytes.
 */
final class CannedTables implements FakeTableServer.Responder {
  static final String KEY = "sesame";
  static final String OLD_SERVER_KEY = "old-server";
  static final long NOW = 1_800_000_000_000L;
  static final int LOG_SIZE = 600 * 1024 + 17;
  static final int CHUNK = 256 * 1024;

  private final Map<String, TableSummary> tables = new LinkedHashMap<>();
  private final Map<String, Long> seqs = new LinkedHashMap<>();
  private TableSummary afterNextOverview;
  private int nextNumber = 4;

  CannedTables() {
    List.of(peru(), lobby(), paused()).forEach(t -> tables.put(t.getTableId(), t));
  }

  static byte[] log() {
    byte[] bytes = new byte[LOG_SIZE];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  // ------------------------------------------------------------------ the tables

  static SeatStatus seat(String id, Role role, String occupant, String player, boolean submitted) {
    return SeatStatus.newBuilder().setSeat(id).setRole(role).setOccupant(occupant).setPlayer(player)
        .setSubmitted(submitted).build();
  }

  static Indicator indicator(String key, String label, double value, double previous, String shown) {
    return Indicator.newBuilder().setKey(key).setLabel(label).setValue(value).setPrevious(previous).setShown(shown)
        .setScope("national").build();
  }

  /** Table 1: peru, round 3 of 8, ORDERS, 2m10s left at NOW; four seats of every kind. */
  static TableSummary peru() {
    return TableSummary.newBuilder().setNumber(1).setTableId("t-1").setJoinCode("K4TQ-92").setScenario("peru")
        .setRound(3).setRounds(8).setPhase(Phase.ORDERS).setDeadlineUnixMs(NOW + 130_000)
        .addSeats(seat("fedemin", Role.FEDERATION, "person", "Ana Quispe", true))
        .addSeats(seat("gore", Role.REGIONAL_OFFICIAL, "dropped", "Bea", false))
        .addSeats(seat("minem", Role.CENTRAL_STATE, "bot:adaptive", "", true))
        .addSeats(seat("mdd_governor", Role.REGIONAL_OFFICIAL, "open", "", false))
        .addIndicators(indicator("national.central_legitimacy", "central legitimacy", 0.60, 0.55, "60%"))
        .addIndicators(indicator("region.madre_de_dios.mobilization", "miners' mobilization in Madre de Dios",
            0.52, 0.40, "52%"))
        .addIndicators(indicator("national.gold_price", "gold price", 1300, 1450, "US$1,300"))
        .setDeadlinePolicy(DeadlinePolicy.HOLD)
        .addPhaseSeconds("briefing=30").addPhaseSeconds("talks=120").addPhaseSeconds("orders=300")
        .addPhaseSeconds("report=60")
        .addStages("PUBLIC_ENDORSEMENT")
        .setLogFile("veta-data/logs/t-1.log")
        .build();
  }

  /** Table 2: peru in the lobby, one person seated. */
  static TableSummary lobby() {
    return TableSummary.newBuilder().setNumber(2).setTableId("t-2").setJoinCode("ZX81-07").setScenario("peru")
        .setRound(0).setRounds(8).setPhase(Phase.LOBBY)
        .addSeats(seat("fedemin", Role.FEDERATION, "person", "Carla", false))
        .addSeats(seat("gore", Role.REGIONAL_OFFICIAL, "open", "", false))
        .addSeats(seat("minem", Role.CENTRAL_STATE, "open", "", false))
        .addSeats(seat("mdd_governor", Role.REGIONAL_OFFICIAL, "open", "", false))
        .build();
  }

  /** Table 3: bolivia, paused in round 5's report with 42s left. */
  static TableSummary paused() {
    return TableSummary.newBuilder().setNumber(3).setTableId("t-3").setJoinCode("QQ22-11").setScenario("bolivia")
        .setRound(5).setRounds(6).setPhase(Phase.REPORT).setPaused(true).setRemainingMs(42_000)
        .addSeats(seat("fencomin", Role.FEDERATION, "person", "Dora", false))
        .addSeats(seat("mining_ministry", Role.CENTRAL_STATE, "bot:hardline", "", false))
        .setDeadlinePolicy(DeadlinePolicy.BOT)
        .build();
  }

  static TablesOverview overview() {
    return TablesOverview.newBuilder().addTables(peru()).addTables(lobby()).addTables(paused()).build();
  }

  static OmniView omni() {
    TableView view = TableView.newBuilder().setTableId("t-1").setScenarioId("peru")
        .setTitle("Peru: gold in Madre de Dios").setRound(3).setRounds(8).setPeriod("2012-01 to 2012-06")
        .setPhase(Phase.ORDERS)
        .addNews("The price of gold falls for the third month; dredge owners talk of a strike.")
        .addIndicators(peru().getIndicators(0)).addIndicators(peru().getIndicators(1))
        .addIndicators(indicator("seat.fedemin.income", "FEDEMIN's income", 0.30, 0.30, "30%"))
        .build();
    return OmniView.newBuilder().setSummary(peru()).setTable(view).setPrivateTalkVisible(true)
        .addTalk(TalkMessage.newBuilder().setId(1).setChannel(PUBLIC).setFromSeat("fedemin").setFromPlayer("Ana Quispe")
            .setText("We will not accept interdictions.").setRound(3).setPhase(Phase.TALKS))
        .addTalk(TalkMessage.newBuilder().setId(2).setChannel(PRIVATE).setFromSeat("gore").setFromPlayer("Bea")
            .setTo("fedemin").setText("Forbear with me this round?").setRound(3).setPhase(Phase.TALKS))
        .addProposals(ProposalView.newBuilder().setId(4).setRound(3).setFrom("fedemin").addTo("minem")
            .addTerms("clause tax_rate=1").addTerms("commit fedemin no_strike 2").setStatus("OPEN"))
        .addAgreements(AgreementView.newBuilder().setId(2).setRound(2).addParties("fedemin").addParties("gore")
            .addTerms("commit gore forbear 1").setPublic(true))
        .addScores(ScoreLine.newBuilder().setSeat("fedemin").setScore(72.66))
        .addScores(ScoreLine.newBuilder().setSeat("gore").setScore(41))
        .build();
  }

  static Cohort cohort() {
    TableSummary ended = peru().toBuilder().setRound(8).setPhase(Phase.ENDED).setDeadlineUnixMs(0).build();
    return Cohort.newBuilder().setScenario("peru")
        // As the server writes them: the stage, then when (and where) it happened.
        .addHistoricalStages("PUBLIC_ENDORSEMENT (round 2)").addHistoricalStages("ROUNDTABLE (round 5, madre_de_dios)")
        .addHistoricalStages("LAW_PASSED")
        .addTables(CohortTable.newBuilder().setSummary(ended)
            .addStages(StageView.newBuilder().setStage("PUBLIC_ENDORSEMENT").setRound(2))
            .addStages(StageView.newBuilder().setStage("ROUNDTABLE").setRound(5).setRegion("madre_de_dios"))
            .addStages(StageView.newBuilder().setStage("STRIKE_WAVE").setRound(6))
            .addScores(ScoreLine.newBuilder().setSeat("fedemin").setScore(72.66))
            .addScores(ScoreLine.newBuilder().setSeat("gore").setScore(41))
            .setPath("the Peruvian way: a roundtable under pressure, then a law the miners endorse"))
        .addTables(CohortTable.newBuilder().setSummary(lobby())
            .addScores(ScoreLine.newBuilder().setSeat("fedemin").setScore(50)))
        .build();
  }

  static ScenarioList scenarios() {
    return ScenarioList.newBuilder()
        .addScenarios(ScenarioInfo.newBuilder().setName("peru").setSource("builtin:peru")
            .setTitle("Peru: gold in Madre de Dios").setRounds(8)
            .addSeats("fedemin").addSeats("gore").addSeats("minem").addSeats("mdd_governor").setValid(true)
            .addEvents("gold_crash: The gold price collapses").addEvents("decree: The executive issues a decree"))
        .addScenarios(ScenarioInfo.newBuilder().setName("broken").setSource("/srv/veta/scenarios/broken.textproto")
            .setTitle("A draft").setRounds(4).addSeats("a").setValid(false)
            .addProblems("/srv/veta/scenarios/broken.textproto:12:5: unknown move \"strik\"")
            .addProblems("/srv/veta/scenarios/broken.textproto:30:1: seat \"b\" has no objectives"))
        .build();
  }

  /** A round report with more effects than the console shows, of very different scales. */
  static RoundReport report() {
    RoundReport.Builder report = RoundReport.newBuilder().setRound(3)
        .addMoves(SeatMoves.newBuilder().setSeat("fedemin").addMoves("strike scale=1 days=23"))
        .addMoves(SeatMoves.newBuilder().setSeat("gore"))
        .addNotes("gore's forbear changed nothing")
        .addStages(StageView.newBuilder().setStage("STRIKE_WAVE").setRound(3).setRegion("madre_de_dios"));
    double[][] changes = {{0.50, 0.51}, {1450, 1300}, {0.40, 0.52}, {0.10, 0.11}, {0.0, 0.05}, {100, 101}, {0.6, 0.2}};
    for (int i = 0; i < changes.length; i++) {
      report.addEffects(EffectView.newBuilder().setMechanism("m" + i).setSeat("fedemin").setMove("strike")
          .setTarget("v" + i).setLabel("variable " + i).setBefore(changes[i][0]).setAfter(changes[i][1])
          .setReason("reason " + i));
    }
    return report.build();
  }

  // ------------------------------------------------------------------ the server

  private ServerMessage event(String tableId, ServerMessage.Builder body) {
    long seq = seqs.merge(tableId, 1L, Long::sum);
    return body.setTableId(tableId).setSeq(seq).build();
  }

  private static ServerMessage changed(TableSummary summary) {
    return ServerMessage.newBuilder().setTableId(summary.getTableId()).setTableChanged(summary).build();
  }

  private static ServerMessage answer(ClientMessage request, ServerMessage.Builder body) {
    return CannedTable.answer(request, body);
  }

  private List<TableSummary> selected(TableSelector selector) {
    if (selector.getAll()) {
      return tables.values().stream().filter(t -> t.getPhase() != Phase.ENDED).toList();
    }
    List<TableSummary> found = new ArrayList<>();
    for (String ref : selector.getTablesList()) {
      found.add(tables.values().stream().filter(t -> TableBoard.matches(t, ref)).findFirst()
          .orElse(TableSummary.newBuilder().setTableId(ref).build()));
    }
    return found;
  }

  private static FacilitatorResult result(List<TableSummary> tables, String what) {
    FacilitatorResult.Builder result = FacilitatorResult.newBuilder();
    for (TableSummary t : tables) {
      result.addOutcomes(t.getNumber() == 0
          ? TableOutcome.newBuilder().setOk(false).setMessage("there is no table \"" + t.getTableId() + "\"")
          : TableOutcome.newBuilder().setNumber(t.getNumber()).setTableId(t.getTableId()).setOk(true)
              .setMessage(what));
    }
    return result.build();
  }

  @Override
  public synchronized List<ServerMessage> apply(Channel channel, ClientMessage request) {
    List<ServerMessage> out = new ArrayList<>();
    switch (request.getBodyCase()) {
      case HELLO -> {
        String key = request.getHello().getFacilitatorKey();
        if (key.equals(KEY) || key.equals(OLD_SERVER_KEY)) {
          out.add(answer(request, ServerMessage.newBuilder().setWelcome(Welcome.newBuilder().setProtocolVersion(1)
              .setServer("fake-server 0.0").setFacilitator(key.equals(KEY)))));
        } else {
          out.add(CannedTable.error(request, ErrorCode.UNAUTHENTICATED, "That is not this server's facilitator key."));
          channel.eventLoop().execute(channel::close); // after the answer is written
        }
      }
      case LIST_SCENARIOS -> out.add(answer(request, ServerMessage.newBuilder().setScenarios(scenarios())));
      case LIST_TABLES -> {
        out.add(answer(request, ServerMessage.newBuilder().setTables(TablesOverview.newBuilder().addAllTables(tables.values()))));
        if (afterNextOverview != null) {
          tables.put(afterNextOverview.getTableId(), afterNextOverview);
          out.add(changed(afterNextOverview));
          afterNextOverview = null;
        }
      }
      case CREATE_TABLES -> {
        if (request.getCreateTables().getScenario().equals("atlantis")) {
          out.add(CannedTable.error(request, ErrorCode.NOT_FOUND, "There is no scenario \"atlantis\"."));
          break;
        }
        TablesOverview.Builder created = TablesOverview.newBuilder();
        for (int i = 0; i < Math.max(1, request.getCreateTables().getTables()); i++) {
          int n = nextNumber++;
          TableSummary t = lobby().toBuilder().setNumber(n).setTableId("t-" + n).setJoinCode("NEW" + n + "-00")
              .setScenario(request.getCreateTables().getScenario()).build();
          tables.put(t.getTableId(), t);
          created.addTables(t);
        }
        out.add(answer(request, ServerMessage.newBuilder().setTables(created)));
      }
      case WATCH -> {
        if (request.getWatch().getStop()) {
          out.add(answer(request, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance())));
        } else if (!TableBoard.matches(peru(), request.getWatch().getTable())) {
          out.add(CannedTable.error(request, ErrorCode.NOT_FOUND, "There is no table \"" + request.getWatch().getTable() + "\"."));
        } else {
          out.add(answer(request, ServerMessage.newBuilder().setOmni(omni())));
          out.add(event("t-1", ServerMessage.newBuilder().setTalk(TalkMessage.newBuilder().setId(3).setChannel(PRIVATE)
              .setFromSeat("minem").setTo("gore").setText("Keep the army out of it.").setRound(3).setPhase(Phase.ORDERS))));
          out.add(event("t-1", ServerMessage.newBuilder().setSubmissionChanged(
              SubmissionChanged.newBuilder().setSeat("gore").setSubmitted(true))));
          out.add(event("t-1", ServerMessage.newBuilder().setReport(report())));
          out.add(event("t-1", ServerMessage.newBuilder().setPhaseChanged(PhaseChanged.newBuilder().setRound(4)
              .setPhase(Phase.BRIEFING).setPaused(true).setRemainingMs(30_000))));
          out.add(event("t-1", ServerMessage.newBuilder().setNotice(Notice.newBuilder().setText("Table 1 is paused."))));
        }
      }
      case PACE -> {
        List<TableSummary> chosen = selected(request.getPace().getTables());
        String what = request.getPace().getAction().name().substring(5).toLowerCase(java.util.Locale.ROOT);
        out.add(answer(request, ServerMessage.newBuilder().setResult(result(chosen, what))));
        for (TableSummary t : chosen) {
          if (t.getTableId().equals("t-2") && what.equals("start")) {
            TableSummary started = t.toBuilder().setRound(1).setPhase(Phase.BRIEFING).setDeadlineUnixMs(NOW + 30_000).build();
            tables.put(started.getTableId(), started);
            out.add(changed(started));
          } else if (t.getTableId().equals("t-2") && what.equals("advance")) {
            afterNextOverview = tables.get("t-2").toBuilder().setPhase(Phase.TALKS).build();
          }
        }
      }
      case SEAT_COMMAND -> out.add(answer(request, ServerMessage.newBuilder().setResult(result(
          selected(TableSelector.newBuilder().addTables(request.getSeatCommand().getTable()).build()),
          request.getSeatCommand().getSeat() + " " + request.getSeatCommand().getAction().name()))));
      case SET_TIMER -> out.add(answer(request, ServerMessage.newBuilder().setResult(result(
          selected(request.getSetTimer().getTables()), "timer set"))));
      case DEADLINE_POLICY -> out.add(answer(request, ServerMessage.newBuilder().setResult(result(
          selected(request.getDeadlinePolicy().getTables()), "deadline policy " + request.getDeadlinePolicy().getPolicy()))));
      case INJECT -> out.add(answer(request, ServerMessage.newBuilder().setResult(result(
          selected(request.getInject().getTables()), request.getInject().getEvent() + " announced"))));
      case NUDGE -> out.add(answer(request, ServerMessage.newBuilder().setResult(result(
          selected(TableSelector.newBuilder().addTables(request.getNudge().getTable()).build()), "message sent"))));
      case GET_LOG -> {
        if (!TableBoard.matches(peru(), request.getGetLog().getTable())) {
          out.add(CannedTable.error(request, ErrorCode.NOT_FOUND, "There is no table \"" + request.getGetLog().getTable() + "\"."));
          break;
        }
        byte[] log = log();
        int from = (int) request.getGetLog().getOffset();
        int to = Math.min(log.length, from + CHUNK);
        out.add(answer(request, ServerMessage.newBuilder().setLogChunk(LogChunk.newBuilder().setTableId("t-1")
            .setFileName("t-1.log").setOffset(from).setData(ByteString.copyFrom(log, from, to - from))
            .setNextOffset(to).setEof(to == log.length).setSize(log.length))));
      }
      case COMPARE -> out.add(answer(request, ServerMessage.newBuilder().setCohort(cohort())));
      case PING -> out.add(answer(request, ServerMessage.newBuilder().setPong(Pong.getDefaultInstance())));
      default -> out.add(CannedTable.error(request, ErrorCode.INVALID_ARGUMENT, "The fake server does not know " + request.getBodyCase()));
    }
    return out;
  }
}
