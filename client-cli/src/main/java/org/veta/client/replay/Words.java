package org.veta.client.replay;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.veta.client.render.DealText;
import org.veta.client.render.Glyphs;
import org.veta.client.render.OrdersText;
import org.veta.client.render.ReportText;
import org.veta.client.render.TableText;
import org.veta.client.render.TalkText;
import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogOutput;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.wire.AgreementView;
import org.veta.protocol.wire.BreachView;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TalkMessage;
import org.veta.replay.SessionRecord;

/**
 * Each kind of record in words, one statement a line, each line led by a stable upper-case word:
 * the same lines in a script and on the screen. Where the client already has a renderer (talk,
 * seats, proposals, orders, the scorecard), its lines are used as they are.
 */
final class Words {
  /** The largest changes a round's event shows; `changes` lists them all. */
  static final int LARGEST = 5;
  static final String WITHHELD = "(withheld: this table was not told the facilitator reads private talk)";
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final View view;
  private final Glyphs glyphs;

  Words(View view, Glyphs glyphs) {
    this.view = view;
    this.glyphs = glyphs;
  }

  // ------------------------------------------------------------ time

  static String clock(long ms) {
    return ms <= 0 ? "--:--:--" : CLOCK.format(Instant.ofEpochMilli(ms).atZone(ZoneId.systemDefault()));
  }

  static String date(long ms) {
    return DATE.format(Instant.ofEpochMilli(ms).atZone(ZoneId.systemDefault()));
  }

  /** "+0:20", "+1:02:03": time since the session opened. */
  static String elapsed(long ms) {
    long s = Math.max(0, ms / 1000);
    return s >= 3600 ? String.format(Locale.ROOT, "+%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "+%d:%02d", s / 60, s % 60);
  }

  private static String duration(long ms) {
    long s = Math.max(0, (ms + 999) / 1000);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  // ------------------------------------------------------------ the header

  List<String> session(SessionRecord s) {
    List<String> lines = new ArrayList<>();
    var h = s.header();
    lines.add("SESSION " + s.scenario().getTitle() + " (scenario " + s.scenario().getId() + "), seed "
        + h.getSeed() + ", " + s.scenario().getRounds() + " rounds"
        + (s.records().isEmpty() || s.records().get(0).getTimeMs() <= 0 ? ""
            : ", opened " + date(s.records().get(0).getTimeMs())));
    if (h.getOverridesCount() > 0) {
      lines.add("OVERRIDES " + String.join(", ", h.getOverridesList()));
    }
    for (Seat seat : s.scenario().getSeatsList()) {
      lines.add("SEAT " + seat.getId() + " " + seat.getRole().name()
          + (seat.getRegion().isEmpty() ? "" : " region=" + seat.getRegion()) + " | " + seat.getName());
    }
    return lines;
  }

  // ------------------------------------------------------------ lifecycle

  /** "SEAT TAKEN federation: Ana from 127.0.0.1:5000", "STARTED: seed 3", "LOG CLOSED". */
  String lifecycle(LogLifecycle l) {
    boolean withhold = view.withholdPrivate()
        && (l.getEvent().equals("agreement") || l.getEvent().equals("proposal"));
    return l.getEvent().toUpperCase(Locale.ROOT) + (l.getSeat().isEmpty() ? "" : " " + l.getSeat())
        + (l.getDetail().isEmpty() ? "" : ": " + (withhold ? WITHHELD : l.getDetail()));
  }

  // ------------------------------------------------------------ requests

  /** A seat's request in words, with the table's answer when it refused or judged orders. */
  List<String> request(LogInput in, Optional<ServerMessage> answer) {
    String seat = in.getSeat().isEmpty() ? "(" + in.getMember() + ")" : in.getSeat();
    ClientMessage m = in.getMessage();
    List<String> lines = new ArrayList<>();
    Optional<String> refusal = answer.filter(ServerMessage::hasError)
        .map(a -> a.getError().getCode().name() + ": " + a.getError().getMessage());
    if (m.hasSetOrders()) {
      lines.add(m.getSetOrders().getMovesCount() == 0 ? "ORDERS " + seat + " clears its orders"
          : "ORDERS " + seat + " sets: " + String.join("; ", m.getSetOrders().getMovesList()));
      answer.filter(ServerMessage::hasOrders).ifPresent(a -> lines.addAll(OrdersText.results(a.getOrders())));
      refusal.ifPresent(r -> lines.add("REFUSED " + r));
      return lines;
    }
    if (refusal.isPresent()) {
      lines.add("REFUSED " + seat + " " + what(m) + ": " + refusal.get());
      return lines;
    }
    switch (m.getBodyCase()) {
      case READY -> lines.add("READY " + seat + " has read this and is ready to move on");
      case START -> lines.add("START " + seat + " starts the game");
      case LEAVE -> lines.add("LEAVE " + seat + " leaves the table");
      default -> lines.add("REQUEST " + seat + " " + what(m));
    }
    return lines;
  }

  /** What a request asked for, in a few words. */
  private String what(ClientMessage m) {
    switch (m.getBodyCase()) {
      case TALK: {
        var t = m.getTalk();
        boolean hide = view.withholdPrivate() && t.getChannel() == Channel.PRIVATE;
        return "talk " + TalkText.channel(t.getChannel()) + (t.getTo().isEmpty() ? "" : " to " + t.getTo())
            + " \"" + (hide ? WITHHELD : t.getText()) + "\"";
      }
      case PROPOSE:
        return "propose to " + String.join(", ", m.getPropose().getToList()) + ": "
            + (view.withholdPrivate() ? WITHHELD : m.getPropose().getTerms());
      case COUNTER:
        return "counter proposal " + m.getCounter().getProposal() + ": "
            + (view.withholdPrivate() ? WITHHELD : m.getCounter().getTerms());
      case RESPOND:
        return m.getRespond().getResponse().name().toLowerCase(Locale.ROOT) + " proposal "
            + m.getRespond().getProposal();
      case SUBMIT:
        return "submit its orders";
      case JOIN:
        return "join as " + (m.getJoin().getName()) + (m.getJoin().getSeat().isEmpty() ? ""
            : " at " + m.getJoin().getSeat());
      case READY:
        return "say it is ready";
      case START:
        return "start the game";
      case LEAVE:
        return "leave the table";
      default:
        return m.getBodyCase().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  // ------------------------------------------------------------ the facilitator

  /** "FACILITATOR Maria: pauses the table". */
  String facilitator(LogInput in) {
    String who = in.getMember();
    int paren = who.indexOf(" (");
    if (paren > 0) {
      who = who.substring(0, paren);
    }
    if (who.startsWith("facilitator ")) {
      who = who.substring("facilitator ".length());
    }
    return "FACILITATOR " + who + ": " + operation(in.getMessage());
  }

  private static String operation(ClientMessage m) {
    switch (m.getBodyCase()) {
      case PACE:
        switch (m.getPace().getAction()) {
          case PACE_START:
            return "starts the game";
          case PACE_PAUSE:
            return "pauses the table";
          case PACE_RESUME:
            return "resumes the clock";
          case PACE_ADVANCE:
            return "ends the phase now";
          case PACE_END:
            return "ends the game now";
          default:
            return "paces the table";
        }
      case SET_TIMER: {
        var t = m.getSetTimer();
        return t.getExtend() ? "adds " + t.getSeconds() + "s to the deadline"
            : "sets " + t.getPhase().name() + " to " + t.getSeconds() + "s";
      }
      case INJECT:
        return "injects " + m.getInject().getEvent()
            + (m.getInject().getArgsCount() == 0 ? "" : " " + String.join(" ", m.getInject().getArgsList()));
      case NUDGE:
        return (m.getNudge().getSeat().isEmpty() ? "writes to the table: "
            : "writes to " + m.getNudge().getSeat() + " alone: ") + m.getNudge().getText();
      case SEAT_COMMAND: {
        var c = m.getSeatCommand();
        switch (c.getAction()) {
          case SEAT_BOT:
            return "hands " + c.getSeat() + " to a bot" + (c.getStrategy().isEmpty() ? "" : " (" + c.getStrategy() + ")");
          case SEAT_OPEN:
            return "opens " + c.getSeat() + " to anyone";
          case SEAT_KICK:
            return "removes the player of " + c.getSeat();
          case SEAT_MOVE_TO:
            return "moves the player of " + c.getSeat() + " to " + c.getToSeat();
          default:
            return "changes the seat " + c.getSeat();
        }
      }
      case DEADLINE_POLICY:
        return "sets the deadline policy to " + m.getDeadlinePolicy().getPolicy().name();
      case WATCH:
        return m.getWatch().getStop() ? "stops watching the table" : "watches the table";
      case GET_LOG:
        return "downloads the log";
      case CREATE_TABLES:
        return "opens tables";
      default:
        return m.getBodyCase().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  // ------------------------------------------------------------ the table's events

  List<String> output(LogOutput out, long atMs, boolean samePhase) {
    ServerMessage m = out.getMessage();
    String to = view.omniscient() && !out.getSeat().isEmpty() ? " [to " + out.getSeat() + "]" : "";
    switch (m.getBodyCase()) {
      case PHASE_CHANGED:
        return List.of(phase(m.getPhaseChanged(), atMs, samePhase));
      case SEATS_CHANGED:
        return List.of(TableText.seatsChanged(m.getSeatsChanged().getSeatsList()));
      case SUBMISSION_CHANGED:
        return List.of(TableText.submission(m.getSubmissionChanged()));
      case TALK:
        return List.of(talk(m.getTalk()));
      case PROPOSAL_CHANGED:
        return List.of(proposal(m.getProposalChanged()));
      case AGREEMENT:
        return agreement(m.getAgreement());
      case NOTICE:
        return List.of("NOTICE " + m.getNotice().getText() + to);
      case SCORECARD: {
        List<String> lines = new ArrayList<>(List.of("GAME OVER"));
        lines.addAll(TableText.scores(m.getScorecard()));
        lines.addAll(TableText.law(m.getScorecard()));
        return lines;
      }
      case SEAT_MOVED:
        return List.of(m.getSeatMoved().getSeat().isEmpty()
            ? "SEAT none: the facilitator took the seat of " + out.getSeat() + " away"
            : "SEAT " + m.getSeatMoved().getSeat() + ": the facilitator moved the player of "
                + (out.getSeat().isEmpty() ? "a seat" : out.getSeat()) + " here");
      default:
        return List.of();
    }
  }

  /** "PHASE ORDERS round 1 (deadline in 5:00)", "PAUSED ...", "CLOCK ..." (resumed, new deadline). */
  static String phase(PhaseChanged c, long atMs, boolean samePhase) {
    if (c.getPaused()) {
      return "PAUSED " + c.getPhase().name() + " round " + c.getRound() + " ("
          + duration(c.getRemainingMs()) + " left when resumed)";
    }
    String deadline = c.getDeadlineUnixMs() > 0 ? " (deadline in " + duration(c.getDeadlineUnixMs() - atMs) + ")"
        : c.getPhase() == Phase.RESOLUTION || c.getPhase() == Phase.ENDED ? "" : " (no deadline)";
    return (samePhase ? "CLOCK " + c.getPhase().name() + " round " + c.getRound() : TableText.phase(c)) + deadline;
  }

  String talk(TalkMessage t) {
    if (view.withholdPrivate() && t.getChannel() == Channel.PRIVATE) {
      return TalkText.line(t.toBuilder().setText(WITHHELD).build());
    }
    return TalkText.line(t);
  }

  /** The seat's own line (with its utility) in a seat's view; without utility in the omniscient one. */
  String proposal(ProposalView p) {
    if (view.withholdPrivate()) {
      p = p.toBuilder().clearTerms().addTerms(WITHHELD).build();
    }
    if (!view.omniscient() && !view.withholdPrivate()) {
      return DealText.proposal(p);
    }
    String parent = p.getParent() == 0 ? "" : " (counter to " + p.getParent() + ")";
    String accepted = p.getAcceptedByCount() == 0 ? "" : " | accepted by " + String.join(", ", p.getAcceptedByList());
    return "PROPOSAL " + p.getId() + " " + p.getStatus() + " from " + p.getFrom() + " to "
        + String.join(", ", p.getToList()) + parent + ": " + String.join("; ", p.getTermsList()) + accepted;
  }

  List<String> agreement(AgreementView a) {
    if (view.withholdPrivate() && !a.getPublic()) {
      return List.of("AGREEMENT " + a.getId() + " " + String.join(", ", a.getPartiesList()) + ": " + WITHHELD);
    }
    return DealText.agreement(a);
  }

  // ------------------------------------------------------------ a resolved round

  /**
   * "ROUND 2 RESOLVED: 30 changes", each seat's orders (the omniscient view: as ordered, bots
   * named; a seat's view: the moves the report revealed), refusals, injected events, broken
   * promises, stages, notes, and the largest changes.
   */
  List<String> round(Timeline timeline, LogRound round) {
    List<String> lines = new ArrayList<>();
    List<EffectView> effects = timeline.effects(round);
    lines.add("ROUND " + round.getRound() + " RESOLVED: " + effects.size() + " change"
        + (effects.size() == 1 ? "" : "s") + (round.getStagesCount() == 0 ? ""
            : ", " + round.getStagesCount() + " stage" + (round.getStagesCount() == 1 ? "" : "s") + " reached"));
    Optional<RoundReport> received = view.omniscient() ? Optional.empty()
        : timeline.reportFor(view.seat(), round.getRound());
    if (view.omniscient()) {
      for (SeatMoves s : round.getOrdersList()) {
        String bot = round.getBotsList().stream().filter(b -> b.startsWith(s.getSeat() + "="))
            .map(b -> " [bot " + b.substring(s.getSeat().length() + 1) + "]").findFirst().orElse("");
        lines.add("ORDERS " + s.getSeat() + bot + ": "
            + (s.getMovesCount() == 0 ? "(none)" : String.join("; ", s.getMovesList())));
      }
      round.getRefusalsList().forEach(r -> lines.add("REFUSED " + r));
    } else {
      for (SeatMoves s : revealed(timeline, round)) {
        lines.add("MOVES " + s.getSeat() + ": " + (s.getMovesCount() == 0 ? "(none)" : String.join("; ", s.getMovesList())));
      }
      round.getRefusalsList().stream().filter(r -> r.startsWith(view.seat() + ": "))
          .forEach(r -> lines.add("REFUSED " + r));
    }
    for (ScheduledEvent e : round.getInjectedList()) {
      lines.add("INJECTED " + e.getTitle() + " (" + e.getId() + ")"
          + (e.getNews().isEmpty() ? "" : ": " + e.getNews()));
    }
    List<BreachView> breaches = received.map(RoundReport::getBreachesList).orElseGet(() ->
        round.getBreachesList().stream().filter(b -> view.omniscient() || b.getPublic()
            || b.getSeat().equals(view.seat())).toList());
    int withheld = 0;
    for (BreachView b : breaches) {
      if (view.withholdPrivate() && !b.getPublic()) {
        withheld++;
      } else {
        lines.add("BREACH " + b.getDescription());
      }
    }
    if (withheld > 0) {
      lines.add("BREACH " + withheld + " private promise" + (withheld == 1 ? "" : "s") + " broken " + WITHHELD);
    }
    round.getStagesList().forEach(s -> lines.add(ReportText.stage(s)));
    round.getNotesList().forEach(n -> lines.add("NOTE " + n));
    if (!effects.isEmpty()) {
      int shown = Math.min(LARGEST, effects.size());
      lines.add("LARGEST " + shown + " of " + effects.size() + " changes (`changes` lists them all):");
      ChangeText.bySize(effects).stream().limit(shown).forEach(e -> lines.add(ChangeText.line(e, glyphs)));
    }
    return lines;
  }

  /** The moves everyone may see after resolution: as the report gave them, or the accepted orders. */
  private static List<SeatMoves> revealed(Timeline timeline, LogRound round) {
    Optional<RoundReport> any = timeline.session().report(round.getRound());
    if (any.isPresent() && any.get().getMovesCount() > 0) {
      return any.get().getMovesList();
    }
    List<SeatMoves> moves = new ArrayList<>();
    for (SeatMoves s : round.getOrdersList()) {
      SeatMoves.Builder kept = SeatMoves.newBuilder().setSeat(s.getSeat());
      for (String move : s.getMovesList()) {
        if (round.getRefusalsList().stream().noneMatch(r -> r.startsWith(s.getSeat() + ": " + move + ": "))) {
          kept.addMoves(move);
        }
      }
      moves.add(kept.build());
    }
    return moves;
  }
}
