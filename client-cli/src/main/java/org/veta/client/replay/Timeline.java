package org.veta.client.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veta.client.render.Glyphs;
import org.veta.client.render.TableText;
import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogOutput;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.wire.AgreementView;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TalkMessage;
import org.veta.replay.SessionRecord;

/**
 * A session log as a sequence of events for one view: what the replay steps through. Built from
 * the records alone; nothing is re-executed.
 *
 * <ul>
 *   <li>the header opens the session (scenario, seed, seats);
 *   <li>each request a member sent, with its answer folded in; requests that only read (the table,
 *       the moves, the inbox) are left out, and so are requests whose effect the table announced
 *       anyway (a talk message, a proposal, a submission), unless they were refused;
 *   <li>each event the table sent, once however many seats it was sent to (its sequence number
 *       says so); answers to requests are not events of their own;
 *   <li>each resolved round (the log's round record), in place of the per-seat reports;
 *   <li>the server's lifecycle notes (seats taken, started, injected, ended), omniscient only.
 * </ul>
 */
final class Timeline {
  enum Kind { SESSION, LIFECYCLE, REQUEST, FACILITATOR, PHASE, SEATS, SUBMISSION, TALK, PROPOSAL,
    AGREEMENT, NOTICE, ROUND, SCORECARD, SEAT }

  /** One step of the replay: the record it comes from, when, where in the game, in words. */
  record Event(int record, long timeMs, int round, Phase phase, Kind kind, List<String> lines) {
    String summary() {
      return lines.isEmpty() ? kind.name() : lines.get(0);
    }
  }

  /** Read-only requests: they change nothing a replay could show. */
  private static final Set<ClientMessage.BodyCase> QUERIES = Set.of(ClientMessage.BodyCase.GET_TABLE,
      ClientMessage.BodyCase.LIST_MOVES, ClientMessage.BodyCase.GET_INBOX,
      ClientMessage.BodyCase.GET_PROPOSALS, ClientMessage.BodyCase.GET_REPORT,
      ClientMessage.BodyCase.PING, ClientMessage.BodyCase.HELLO, ClientMessage.BodyCase.LIST_SCENARIOS,
      ClientMessage.BodyCase.LIST_TABLES, ClientMessage.BodyCase.COMPARE);
  /** Requests the table announces as an event when they succeed. */
  private static final Set<ClientMessage.BodyCase> ANNOUNCED = Set.of(ClientMessage.BodyCase.TALK,
      ClientMessage.BodyCase.PROPOSE, ClientMessage.BodyCase.RESPOND, ClientMessage.BodyCase.COUNTER,
      ClientMessage.BodyCase.SUBMIT, ClientMessage.BodyCase.JOIN);
  private static final int ANSWER_HORIZON = 500;

  private final SessionRecord session;
  private final View view;
  private final Glyphs glyphs;
  private final List<LogRecord> records;
  private final List<Event> events = new ArrayList<>();
  /** Round and phase at each record, from the phase changes everyone receives. */
  private final int[] roundAt;
  private final Phase[] phaseAt;
  /** The round records, by record number. */
  private final Map<Integer, LogRound> roundRecords = new LinkedHashMap<>();
  /** Reports the table sent, by seat and round. */
  private final Map<String, RoundReport> reports = new HashMap<>();
  private final List<String> seatIds;

  private Timeline(SessionRecord session, View view, Glyphs glyphs) {
    this.session = session;
    this.view = view;
    this.glyphs = glyphs;
    this.records = session.records();
    this.roundAt = new int[records.size()];
    this.phaseAt = new Phase[records.size()];
    this.seatIds = session.scenario().getSeatsList().stream().map(s -> s.getId()).toList();
    index();
    build();
  }

  static Timeline of(SessionRecord session, View view, Glyphs glyphs) {
    return new Timeline(session, view, glyphs);
  }

  SessionRecord session() {
    return session;
  }

  View view() {
    return view;
  }

  List<Event> events() {
    return events;
  }

  List<String> seatIds() {
    return seatIds;
  }

  int rounds() {
    return session.scenario().getRounds();
  }

  int resolvedRounds() {
    return roundRecords.size();
  }

  // ------------------------------------------------------------ positions

  /** The last event at or before a record (the first event if none), as an index into events. */
  int positionOf(int record) {
    int at = 0;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).record() <= record) {
        at = i;
      } else {
        break;
      }
    }
    return at;
  }

  /** The event showing round R's resolution, if the log has it. */
  Optional<Integer> roundEvent(int round) {
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.kind() == Kind.ROUND && roundRecords.get(e.record()).getRound() == round) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The first event of a round (round 0: the lobby), if any event falls in it. */
  Optional<Integer> firstOfRound(int round) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).round() == round) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------ the moment at a record

  /** The last round resolved at or before a record, if any. */
  Optional<LogRound> lastRound(int record) {
    LogRound last = null;
    for (Map.Entry<Integer, LogRound> e : roundRecords.entrySet()) {
      if (e.getKey() <= record) {
        last = e.getValue();
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Every indicator at a record as this view may see it: after the last resolved round, or as the
   * header recorded them before round 1. Other seats' own variables are private to them.
   */
  List<Indicator> state(int record) {
    List<Indicator> all = lastRound(record).map(LogRound::getStateList)
        .orElse(session.header().getInitialStateList());
    if (view.omniscient()) {
      return all;
    }
    return all.stream().filter(i -> !seatIds.contains(i.getScope()) || i.getScope().equals(view.seat()))
        .toList();
  }

  /** The changes of a round: as recorded with the round, or from its report in older logs. */
  List<org.veta.protocol.wire.EffectView> effects(LogRound round) {
    if (round.getEffectsCount() > 0) {
      return round.getEffectsList();
    }
    return session.report(round.getRound()).map(RoundReport::getEffectsList).orElse(List.of());
  }

  /** The seats as of a record: the last seat list the table sent, with submissions since. */
  List<SeatView> seats(int record) {
    List<SeatView> seats = null;
    Map<String, Boolean> submitted = new HashMap<>();
    for (int i = 0; i <= record && i < records.size(); i++) {
      LogRecord r = records.get(i);
      if (!r.hasOutput() || !view.sees(r.getOutput())) {
        continue;
      }
      ServerMessage m = r.getOutput().getMessage();
      if (m.hasSeatsChanged()) {
        seats = m.getSeatsChanged().getSeatsList();
        submitted.clear();
      } else if (m.hasSubmissionChanged()) {
        submitted.put(m.getSubmissionChanged().getSeat(), m.getSubmissionChanged().getSubmitted());
      } else if (m.hasPhaseChanged() && m.getPhaseChanged().getPhase() == Phase.ORDERS) {
        submitted.clear();
        if (seats != null) {
          seats = seats.stream().map(s -> s.toBuilder().setSubmitted(false).build()).toList();
        }
      }
    }
    if (seats == null) {
      seats = session.scenario().getSeatsList().stream().map(s -> SeatView.newBuilder()
          .setId(s.getId()).setName(s.getName()).setRegion(s.getRegion())
          .setRole(org.veta.protocol.wire.Role.forNumber(s.getRoleValue()) == null
              ? org.veta.protocol.wire.Role.ROLE_UNSPECIFIED
              : org.veta.protocol.wire.Role.forNumber(s.getRoleValue())).build()).toList();
    }
    List<SeatView> out = new ArrayList<>();
    for (SeatView s : seats) {
      out.add(submitted.containsKey(s.getId()) ? s.toBuilder().setSubmitted(submitted.get(s.getId())).build() : s);
    }
    return out;
  }

  /** The talk this view may read, up to a record, each message once. */
  List<TalkMessage> talk(int record) {
    List<TalkMessage> talk = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i <= record && i < records.size(); i++) {
      LogRecord r = records.get(i);
      if (r.hasOutput() && view.sees(r.getOutput()) && r.getOutput().getMessage().hasTalk()) {
        ServerMessage m = r.getOutput().getMessage();
        long key = m.getSeq() > 0 ? m.getSeq() : -m.getTalk().getId() - 1;
        if (seen.add(key)) {
          talk.add(m.getTalk());
        }
      }
    }
    return talk;
  }

  /** Proposals (each as last seen) and agreements this view may read, up to a record. */
  record Deals(List<ProposalView> proposals, List<AgreementView> agreements) {}

  Deals deals(int record) {
    Map<Long, ProposalView> proposals = new LinkedHashMap<>();
    Map<Long, AgreementView> agreements = new LinkedHashMap<>();
    for (int i = 0; i <= record && i < records.size(); i++) {
      LogRecord r = records.get(i);
      if (!r.hasOutput() || !view.sees(r.getOutput())) {
        continue;
      }
      ServerMessage m = r.getOutput().getMessage();
      if (m.hasProposalChanged()) {
        proposals.put(m.getProposalChanged().getId(), m.getProposalChanged());
      } else if (m.hasProposal()) {
        proposals.put(m.getProposal().getId(), m.getProposal());
      } else if (m.hasAgreement()) {
        agreements.put(m.getAgreement().getId(), m.getAgreement());
      }
    }
    return new Deals(List.copyOf(proposals.values()), List.copyOf(agreements.values()));
  }

  /** The report the table sent this view's seat for a round, if it sent one. */
  Optional<RoundReport> reportFor(String seat, int round) {
    return Optional.ofNullable(reports.get(seat + "#" + round));
  }

  // ------------------------------------------------------------ building

  private void index() {
    int round = 0;
    Phase phase = Phase.LOBBY;
    for (int i = 0; i < records.size(); i++) {
      LogRecord r = records.get(i);
      if (r.hasOutput() && r.getOutput().getMessage().hasPhaseChanged()) {
        round = r.getOutput().getMessage().getPhaseChanged().getRound();
        phase = r.getOutput().getMessage().getPhaseChanged().getPhase();
      }
      if (r.hasRound()) {
        roundRecords.put(i, r.getRound());
        round = Math.max(round, r.getRound().getRound());
        phase = Phase.RESOLUTION;
      }
      if (r.hasOutput() && r.getOutput().getMessage().hasReport()) {
        RoundReport report = r.getOutput().getMessage().getReport();
        reports.putIfAbsent(r.getOutput().getSeat() + "#" + report.getRound(), report);
      }
      roundAt[i] = round;
      phaseAt[i] = phase;
    }
  }

  private void build() {
    Set<Long> seqs = new HashSet<>();
    Set<String> agreementsShown = new HashSet<>();
    Words words = new Words(view, glyphs);
    Phase shownPhase = null;
    int shownRound = -1;
    for (int i = 0; i < records.size(); i++) {
      LogRecord r = records.get(i);
      List<String> lines = List.of();
      Kind kind = null;
      switch (r.getBodyCase()) {
        case HEADER -> {
          kind = Kind.SESSION;
          lines = words.session(session);
        }
        case LIFECYCLE -> {
          LogLifecycle l = r.getLifecycle();
          if (!view.seesLifecycle() || l.getEvent().equals("opened") || l.getEvent().equals("breach")
              || l.getEvent().equals("seat token")
              || (l.getEvent().equals("agreement") && agreementsShown.contains(l.getDetail()))) {
            break; // the header, the round's breaches and the agreement's own event say it
          }
          kind = Kind.LIFECYCLE;
          lines = List.of(words.lifecycle(l));
        }
        case INPUT -> {
          LogInput in = r.getInput();
          if (!view.sees(in) || QUERIES.contains(in.getMessage().getBodyCase())) {
            break;
          }
          if (in.getFacilitator()) {
            if (in.getMessage().hasGetLog() && in.getMessage().getGetLog().getOffset() > 0) {
              break; // one download, many chunks
            }
            kind = Kind.FACILITATOR;
            lines = List.of(words.facilitator(in));
            break;
          }
          Optional<ServerMessage> answer = answer(i, in);
          boolean refused = answer.map(ServerMessage::hasError).orElse(false);
          if (ANNOUNCED.contains(in.getMessage().getBodyCase()) && !refused) {
            break;
          }
          kind = Kind.REQUEST;
          lines = words.request(in, answer);
        }
        case OUTPUT -> {
          LogOutput out = r.getOutput();
          ServerMessage m = out.getMessage();
          if (!view.sees(out) || m.getRequestId() != 0 || m.hasReport()) {
            break; // answers are folded into their requests; reports into the round
          }
          if (m.getSeq() > 0 && !seqs.add(m.getSeq())) {
            break; // the same event sent to another seat
          }
          kind = kind(m);
          if (kind == null) {
            break;
          }
          if (m.hasAgreement()) {
            agreementsShown.add(String.join(",", m.getAgreement().getPartiesList()) + ": "
                + String.join("; ", m.getAgreement().getTermsList()));
          }
          boolean samePhase = m.hasPhaseChanged() && m.getPhaseChanged().getRound() == shownRound
              && m.getPhaseChanged().getPhase() == shownPhase;
          lines = words.output(out, r.getTimeMs(), samePhase);
          if (m.hasPhaseChanged() && !m.getPhaseChanged().getPaused()) {
            shownRound = m.getPhaseChanged().getRound();
            shownPhase = m.getPhaseChanged().getPhase();
          }
        }
        case ROUND -> {
          kind = Kind.ROUND;
          lines = words.round(this, r.getRound());
        }
        default -> { }
      }
      if (kind != null && !lines.isEmpty()) {
        events.add(new Event(i, r.getTimeMs(), roundAt[i], phaseAt[i], kind, List.copyOf(lines)));
      }
    }
  }

  private static Kind kind(ServerMessage m) {
    switch (m.getBodyCase()) {
      case PHASE_CHANGED:
        return Kind.PHASE;
      case SEATS_CHANGED:
        return Kind.SEATS;
      case SUBMISSION_CHANGED:
        return Kind.SUBMISSION;
      case TALK:
        return Kind.TALK;
      case PROPOSAL_CHANGED:
        return Kind.PROPOSAL;
      case AGREEMENT:
        return Kind.AGREEMENT;
      case NOTICE:
        return Kind.NOTICE;
      case SCORECARD:
        return Kind.SCORECARD;
      case SEAT_MOVED:
        return Kind.SEAT;
      default:
        return null;
    }
  }

  /** The table's answer to a request: the next output with its id, to its seat. */
  private Optional<ServerMessage> answer(int at, LogInput in) {
    long id = in.getMessage().getRequestId();
    if (id == 0) {
      return Optional.empty();
    }
    for (int j = at + 1; j < records.size() && j <= at + ANSWER_HORIZON; j++) {
      LogRecord r = records.get(j);
      if (r.hasOutput() && r.getOutput().getMessage().getRequestId() == id
          && (in.getSeat().isEmpty() || r.getOutput().getSeat().equals(in.getSeat()))) {
        return Optional.of(r.getOutput().getMessage());
      }
    }
    return Optional.empty();
  }

  /** Words for a seat list, for `seats`. */
  static List<String> seatLines(List<SeatView> seats) {
    return TableText.seats(seats);
  }
}
