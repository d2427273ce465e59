package org.veta.client.net;

import java.util.ArrayList;
import java.util.List;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Error;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.MoveList;
import org.veta.protocol.wire.MoveOption;
import org.veta.protocol.wire.Objective;
import org.veta.protocol.wire.Ok;
import org.veta.protocol.wire.OrderResult;
import org.veta.protocol.wire.OrdersView;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.Role;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SubmissionChanged;
import org.veta.protocol.wire.TableView;
import org.veta.protocol.wire.Welcome;
import org.veta.protocol.wire.YourSeat;

/**
 * Canned protobuf messages for tests, and a responder playing a tiny two-round table: StartGame
 * opens round 1's ORDERS, Submit moves to round 2's ORDERS, Ready in round 2 ends the game.
 * The move "lobby" is always refused.
 */
public final class CannedTable implements FakeTableServer.Responder {
  private long seq;
  private int round = 1;
  private Phase phase = Phase.LOBBY;

  public static TableView table(int round, Phase phase) {
    return TableView.newBuilder().setTableId("t1").setScenarioId("tutorial")
        .setTitle("Tutorial: Madre de Dios, 2012").setRound(round).setRounds(2).setPeriod("2012-01 to 2012-06")
        .setPhase(phase).setLastSeq(0)
        .addSeats(seat("fedemin", Role.FEDERATION, "Ana", false))
        .addSeats(seat("gore", Role.REGIONAL_OFFICIAL, "", true))
        .addSeats(seat("minem", Role.CENTRAL_STATE, "", true))
        .addIndicators(indicator("region.mdd.mobilization", "miners' mobilization in Madre de Dios", 0.52, 0.40, "52%"))
        .addIndicators(indicator("national.gold_price", "gold price", 1300, 1450, "US$1,300"))
        .addIndicators(indicator("national.central_legitimacy", "central legitimacy", 0.6, 0.6, "60%"))
        .setYou(YourSeat.newBuilder().setSeat("fedemin").setName("FEDEMIN, Mining Federation of Madre de Dios")
            .setRole(Role.FEDERATION).setRegion("madre_de_dios")
            .setBriefing("You speak for some thirty thousand informal miners along the rivers of Madre de Dios. "
                + "The state calls their work illegal; the region depends on it. Keep the dredges working, "
                + "win formal titles, and avoid the army's eradication operations.")
            .addObjectives(Objective.newBuilder().setLabel("formalisation of miners").setWeight(0.5))
            .addObjectives(Objective.newBuilder().setLabel("eradication operations").setWeight(0.3).setLowerIsBetter(true))
            .setScore(72.7))
        .build();
  }

  static SeatView seat(String id, Role role, String player, boolean bot) {
    return SeatView.newBuilder().setId(id).setRole(role).setName(id.toUpperCase()).setPlayer(player).setBot(bot)
        .setBotStrategy(bot ? "adaptive" : "").build();
  }

  static Indicator indicator(String key, String label, double value, double previous, String shown) {
    return Indicator.newBuilder().setKey(key).setLabel(label).setValue(value).setPrevious(previous).setShown(shown)
        .setScope("national").build();
  }

  public static MoveList moves() {
    return MoveList.newBuilder().setMaxMoves(3)
        .addMoves(MoveOption.newBuilder().setToken("strike").setUsage("strike [scale=N] [days=N]")
            .setSummary("Miners stop work and block roads.").setConsequence("Income lost; risks an operation."))
        .addMoves(MoveOption.newBuilder().setToken("lobby").setUsage("lobby target=SEAT")
            .setSummary("Lobby a seat.").setConsequence("Costs favours."))
        .build();
  }

  public static RoundReport report(int round) {
    return RoundReport.newBuilder().setRound(round)
        .addMoves(SeatMoves.newBuilder().setSeat("fedemin").addMoves("strike scale=1 days=23"))
        .addMoves(SeatMoves.newBuilder().setSeat("gore"))
        .addEffects(EffectView.newBuilder().setMechanism("strike").setSeat("fedemin").setMove("strike")
            .setLabel("miners' mobilization in Madre de Dios").setShownBefore("40%").setShownAfter("52%")
            .setReason("a 23-day strike raised mobilization"))
        .addNotes("gore's forbear changed nothing: no operation was planned")
        .build();
  }

  public static ServerMessage answer(ClientMessage request, ServerMessage.Builder body) {
    return body.setRequestId(request.getRequestId()).build();
  }

  public static ServerMessage error(ClientMessage request, ErrorCode code, String sentence) {
    return answer(request, ServerMessage.newBuilder().setError(Error.newBuilder().setCode(code).setMessage(sentence)));
  }

  /** A Notice event with the table's next seq, for tests that push one unprompted. */
  public synchronized ServerMessage notice(String text) {
    return event(ServerMessage.newBuilder().setNotice(org.veta.protocol.wire.Notice.newBuilder().setText(text)));
  }

  private ServerMessage event(ServerMessage.Builder body) {
    return body.setSeq(++seq).build();
  }

  private ServerMessage phaseChanged(int newRound, Phase newPhase) {
    round = newRound;
    phase = newPhase;
    return event(ServerMessage.newBuilder().setPhaseChanged(PhaseChanged.newBuilder().setRound(newRound).setPhase(newPhase)));
  }

  @Override
  public synchronized List<ServerMessage> apply(io.netty.channel.Channel channel, ClientMessage request) {
    List<ServerMessage> out = new ArrayList<>();
    switch (request.getBodyCase()) {
      case HELLO -> out.add(answer(request, ServerMessage.newBuilder().setWelcome(
          Welcome.newBuilder().setProtocolVersion(1).setServer("fake-server 0.0"))));
      case JOIN -> out.add(request.getJoin().getCode().equals("GOOD")
          ? answer(request, ServerMessage.newBuilder().setJoined(Joined.newBuilder().setTableId("t1").setSeat("fedemin")
              .setTable(table(0, Phase.LOBBY))))
          : error(request, ErrorCode.UNAUTHENTICATED, "That join code does not open any table."));
      case START -> {
        out.add(answer(request, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance())));
        out.add(phaseChanged(1, Phase.ORDERS));
      }
      case LIST_MOVES -> out.add(answer(request, ServerMessage.newBuilder().setMoves(moves())));
      case SET_ORDERS -> {
        if (phase != Phase.ORDERS) {
          out.add(error(request, ErrorCode.WRONG_PHASE, "Orders can only be given in the ORDERS phase."));
          break;
        }
        OrdersView.Builder view = OrdersView.newBuilder();
        for (String move : request.getSetOrders().getMovesList()) {
          boolean refused = move.startsWith("lobby");
          view.addResults(OrderResult.newBuilder().setMove(move).setAccepted(!refused)
              .setReason(refused ? "nobody to lobby in this round" : "").setRefusal(refused ? "WRONG_MOMENT" : ""));
        }
        out.add(answer(request, ServerMessage.newBuilder().setOrders(view)));
      }
      case SUBMIT -> {
        out.add(answer(request, ServerMessage.newBuilder().setOrders(OrdersView.newBuilder().setSubmitted(true))));
        out.add(event(ServerMessage.newBuilder().setSubmissionChanged(
            SubmissionChanged.newBuilder().setSeat("fedemin").setSubmitted(true))));
        out.add(event(ServerMessage.newBuilder().setReport(report(round))));
        out.add(phaseChanged(round + 1, Phase.ORDERS));
      }
      case GET_TABLE -> out.add(answer(request, ServerMessage.newBuilder().setTable(table(round, phase))));
      case GET_REPORT -> out.add(answer(request, ServerMessage.newBuilder().setReport(report(request.getGetReport().getRound()))));
      case READY -> {
        out.add(answer(request, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance())));
        out.add(phaseChanged(round, Phase.ENDED));
        out.add(event(ServerMessage.newBuilder().setScorecard(Scorecard.newBuilder()
            .addLines(ScoreLine.newBuilder().setSeat("fedemin").setScore(72.66))
            .addLines(ScoreLine.newBuilder().setSeat("gore").setScore(41)))));
      }
      default -> out.add(error(request, ErrorCode.INVALID_ARGUMENT, "The fake server does not know " + request.getBodyCase()));
    }
    return out;
  }
}
