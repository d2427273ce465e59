package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veta.negotiation.Term;
import org.veta.negotiation.TermSyntax;
import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TalkMessage;
import org.veta.replay.SessionRecord;

/**
 * One pass over a log's records, in order, collecting what a debrief shows besides the rounds:
 * seats and names, talk, proposals and agreements, the facilitator's operations, the scorecard.
 * A record's round is the round being played when it was written (0 before the game started).
 */
final class RecordWalk {
  /** How the server names a facilitator in the log: "facilitator Maria (127.0.0.1:53122)". */
  private static final Pattern FACILITATOR = Pattern.compile("^facilitator (.+) \\(([^()]*)\\)$");

  private final int total;
  private final Seating seating = new Seating();
  private final Negotiation negotiation = new Negotiation();
  private final List<FacilitatorAction> facilitator = new ArrayList<>();
  private final Map<String, TalkMessage> talk = new LinkedHashMap<>();
  private final Map<String, String> injectedBy = new LinkedHashMap<>();
  private Scorecard scorecard;
  private boolean started;
  private boolean ended;
  private int resolved;

  /** What stands in for private words the players were not told the facilitator reads. */
  static final String WITHHELD = "(withheld: this table was not told the facilitator reads private talk)";

  /**
   * Private talk, proposals and private agreements keep their words only where the scenario let
   * the facilitator read them and the players were told so: the same rule as the live watch and
   * the replay. That they happened, between whom and when, stays.
   */
  private final boolean withhold;

  RecordWalk(SessionRecord record) {
    this.total = record.scenario().getRounds();
    this.withhold = !record.scenario().getFacilitatorReadsPrivate();
    for (LogRecord r : record.records()) {
      switch (r.getBodyCase()) {
        case ROUND -> {
          resolved = r.getRound().getRound();
          r.getRound().getBreachesList().forEach(negotiation::breach);
        }
        case LIFECYCLE -> lifecycle(r.getLifecycle());
        case INPUT -> input(r.getInput(), r.getTimeMs());
        case OUTPUT -> output(r.getOutput().getMessage());
        default -> { }
      }
    }
    seating.botRounds(record.rounds());
  }

  private int round() {
    return started ? Math.min(resolved + 1, Math.max(total, 1)) : 0;
  }

  private void lifecycle(LogLifecycle l) {
    switch (l.getEvent()) {
      case "started" -> started = true;
      case "ended" -> ended = true;
      case "agreement" -> agreement(l.getDetail());
      case "event injected" -> {
        // "gold_crash+1 for round 1: Gold price falls", just after the facilitator's inject.
        int cut = l.getDetail().indexOf(" for round ");
        if (cut > 0 && !facilitator.isEmpty()) {
          injectedBy.put(l.getDetail().substring(0, cut), facilitator.get(facilitator.size() - 1).who());
        }
      }
      case "seat taken", "seat retaken" -> {
        int from = l.getDetail().lastIndexOf(" from ");
        String name = from > 0 ? l.getDetail().substring(0, from) : l.getDetail();
        seating.player(l.getSeat(), name);
        seating.change(new Seating.Change(round(), l.getEvent(), l.getSeat(), name));
      }
      case "seat freed", "seat dropped", "seat moved", "seat kicked", "seat opened", "seat to bot" ->
          seating.change(new Seating.Change(round(), l.getEvent(), l.getSeat(), l.getDetail()));
      default -> { }
    }
  }

  /** "fedemin,executive: clause tax_rate=5; say \"...\"", as the table wrote it. */
  private void agreement(String detail) {
    int colon = detail.indexOf(": ");
    if (colon < 0) {
      return;
    }
    List<String> parties = List.of(detail.substring(0, colon).split(","));
    String text = detail.substring(colon + 2);
    List<String> terms = new ArrayList<>();
    try {
      for (Term t : TermSyntax.parseAll(text)) {
        terms.add(TermSyntax.format(t));
      }
    } catch (TermSyntax.SyntaxError e) {
      terms = List.of(text);
    }
    // The record does not say the agreement's number; its view, if a person received it, does.
    // A statement in public ("say") is what makes an agreement public.
    boolean open = terms.stream().anyMatch(t -> t.startsWith("say "));
    negotiation.agreement(new Negotiation.Agreed(round(), 0, parties,
        withhold && !open ? List.of(WITHHELD) : terms, open ? "public" : "", List.of()));
  }

  private void input(LogInput input, long timeMs) {
    ClientMessage m = input.getMessage();
    if (input.getFacilitator()) {
      String who = facilitatorName(input.getMember());
      seating.facilitator(who);
      facilitator.add(new FacilitatorAction(round(), timeMs, who,
          m.getBodyCase().name().toLowerCase(Locale.ROOT), Operations.describe(m)));
    } else if (m.hasJoin()) {
      seating.name(m.getJoin().getName().strip());
    }
  }

  /** The facilitator's own name, without the connection it came from. */
  static String facilitatorName(String member) {
    Matcher matcher = FACILITATOR.matcher(member);
    return matcher.matches() ? matcher.group(1) : member;
  }

  private void output(ServerMessage m) {
    switch (m.getBodyCase()) {
      case SEATS_CHANGED -> seats(m.getSeatsChanged().getSeatsList());
      case JOINED, SEAT_MOVED -> seats(m.getJoined().getTable().getSeatsList());
      case TALK -> {
        TalkMessage t = m.getTalk();
        if (withhold && t.getChannel() == org.veta.protocol.wire.Channel.PRIVATE) {
          t = t.toBuilder().setText(WITHHELD).build();
        }
        talk.putIfAbsent(t.getId() == 0 ? t.toString() : Long.toString(t.getId()), t);
        seating.name(t.getFromPlayer());
      }
      case PROPOSAL -> negotiation.proposal(withheld(m.getProposal()));
      case PROPOSAL_CHANGED -> negotiation.proposal(withheld(m.getProposalChanged()));
      case AGREEMENT -> negotiation.agreementView(withhold && !m.getAgreement().getPublic()
          ? m.getAgreement().toBuilder().clearTerms().addTerms(WITHHELD).clearDraftChanges().build()
          : m.getAgreement());
      case SCORECARD -> {
        scorecard = m.getScorecard();
        m.getScorecard().getLinesList().forEach(l -> seating.player(l.getSeat(), l.getPlayer()));
      }
      default -> { }
    }
  }

  /** A proposal is between its parties: its terms only where private words may be shown. */
  private org.veta.protocol.wire.ProposalView withheld(org.veta.protocol.wire.ProposalView p) {
    return withhold ? p.toBuilder().clearTerms().addTerms(WITHHELD).build() : p;
  }

  private void seats(List<SeatView> seats) {
    for (SeatView s : seats) {
      seating.player(s.getId(), s.getPlayer());
    }
  }

  Seating seating() {
    return seating;
  }

  Negotiation negotiation() {
    return negotiation;
  }

  List<FacilitatorAction> facilitator() {
    return facilitator;
  }

  List<TalkMessage> talk() {
    return List.copyOf(talk.values());
  }

  Optional<Scorecard> scorecard() {
    return Optional.ofNullable(scorecard);
  }

  /** Injected event id ("gold_crash+1") to the facilitator who injected it. */
  Map<String, String> injectedBy() {
    return injectedBy;
  }

  boolean ended() {
    return ended;
  }
}
