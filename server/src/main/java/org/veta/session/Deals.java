package org.veta.session;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.Sanction;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;
import org.veta.negotiation.Agreement;
import org.veta.negotiation.Breach;
import org.veta.negotiation.BreachConsequences;
import org.veta.negotiation.Consequence;
import org.veta.negotiation.DraftChanges;
import org.veta.negotiation.Negotiations;
import org.veta.negotiation.Outcome;
import org.veta.negotiation.Proposal;
import org.veta.negotiation.Term;
import org.veta.negotiation.TermSyntax;
import org.veta.negotiation.Trust;
import org.veta.protocol.wire.AgreementView;
import org.veta.protocol.wire.BreachView;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.Proposals;
import org.veta.protocol.wire.ServerMessage;

/**
 * A table's proposals, agreements and broken promises. Proposals are made and answered in the
 * talks and while deciding, seen by their parties; an agreement binds its commitments but enforces
 * nothing: its clause terms change the draft only if the parties order the moves the engine's rules
 * allow, and a seat that later orders a move against a commitment breaks it, which the round's
 * report shows and trust remembers. Bots answer proposals by their seat's utility. Runs on the
 * table's executor.
 */
final class Deals {
  private final Table table;
  private Negotiations negotiations = Negotiations.EMPTY;
  private Trust trust = Trust.NEUTRAL_TABLE;

  Deals(Table table) {
    this.table = table;
  }

  Trust trust() {
    return trust;
  }

  void propose(Member from, long id, SeatSlot slot, List<String> to, String text) {
    if (!open(from, id)) {
      return;
    }
    parse(from, id, text).ifPresent(terms -> settle(from, id, slot,
        negotiations.propose(table.game(), table.cycle().round(), slot.seat.id(), to, terms)));
  }

  void counter(Member from, long id, SeatSlot slot, long proposal, String text) {
    if (!open(from, id)) {
      return;
    }
    parse(from, id, text).ifPresent(terms -> settle(from, id, slot,
        negotiations.counter(table.game(), (int) proposal, slot.seat.id(), terms)));
  }

  void respond(Member from, long id, SeatSlot slot, long proposal,
      org.veta.protocol.wire.Response response) {
    Outcome outcome = switch (response) {
      case ACCEPT -> negotiations.accept((int) proposal, slot.seat.id());
      case REJECT -> negotiations.reject((int) proposal, slot.seat.id());
      case WITHDRAW -> negotiations.withdraw((int) proposal, slot.seat.id());
      default -> new Outcome.Refused(Outcome.Code.INVALID_TERM, "Say accept, reject or withdraw.");
    };
    settle(from, id, slot, outcome);
  }

  void list(Member from, long id, SeatSlot slot) {
    Proposals.Builder out = Proposals.newBuilder();
    String seat = slot.seat.id();
    negotiations.proposals().stream().filter(p -> p.parties().contains(seat))
        .forEach(p -> out.addProposals(view(p, slot)));
    negotiations.agreements().stream().filter(a -> a.parties().contains(seat))
        .forEach(a -> out.addAgreements(view(a)));
    table.reply(from, id, ServerMessage.newBuilder().setProposals(out));
  }

  /** Proposals still open when a phase ends expire: an offer holds for the phase it is made in. */
  void phaseEnded() {
    Negotiations next = negotiations.expireOpen();
    for (Proposal p : next.proposals()) {
      Proposal before = negotiations.proposal(p.id()).orElseThrow();
      if (before.status() != p.status()) {
        tellParties(p);
      }
    }
    negotiations = next.retire(table.cycle().round());
  }

  /**
   * Before a round resolves: the promises its orders break, what they cost in trust, and the
   * sanctions the engine must apply for the public ones.
   */
  List<Sanction> breaches(PolicyState before, Orders orders, int round, List<Breach> found) {
    found.addAll(org.veta.negotiation.Breaches.of(table.game(), before, negotiations, orders, round));
    List<Sanction> sanctions = new ArrayList<>();
    for (Breach breach : found) {
      Agreement agreement = negotiations.agreement(breach.agreement()).orElseThrow();
      List<Consequence> consequences = BreachConsequences.of(table.game(), agreement, breach);
      trust = trust.after(consequences);
      for (Consequence c : consequences) {
        if (c instanceof Consequence.StandingChange s) {
          sanctions.add(new Sanction(breach.seat(), breach.move().text(), s.target(), s.delta(),
              s.reason()));
        }
      }
      table.lifecycle("breach", breach.seat(), breach.describe());
    }
    return sanctions;
  }

  /** Who may read about a breach: everyone when the promise was public, else its parties. */
  boolean mayRead(SeatSlot reader, Breach breach) {
    return breach.isPublic() || negotiations.agreement(breach.agreement())
        .map(a -> a.parties().contains(reader.seat.id())).orElse(false);
  }

  static BreachView view(Breach b) {
    return BreachView.newBuilder().setRound(b.round()).setSeat(b.seat()).setAgreement(b.agreement())
        .setCommitment(b.term().syntax()).setMove(b.move().text()).setPublic(b.isPublic())
        .setDescription(b.describe()).build();
  }

  private boolean open(Member from, long id) {
    Phase phase = table.phase();
    if (phase != Phase.TALKS && phase != Phase.ORDERS) {
      table.error(from, id, ErrorCode.WRONG_PHASE, "Proposals are made in the TALKS and ORDERS "
          + "phases; " + table.cycle().now() + ".");
      return false;
    }
    return true;
  }

  private java.util.Optional<List<Term>> parse(Member from, long id, String text) {
    try {
      return java.util.Optional.of(TermSyntax.parseAll(text));
    } catch (TermSyntax.SyntaxError e) {
      table.error(from, id, ErrorCode.INVALID_ARGUMENT, e.getMessage());
      return java.util.Optional.empty();
    }
  }

  private void settle(Member from, long id, SeatSlot slot, Outcome outcome) {
    if (outcome instanceof Outcome.Refused refused) {
      table.error(from, id, code(refused.code()), refused.reason());
      return;
    }
    Outcome.Done done = (Outcome.Done) outcome;
    int agreementsBefore = negotiations.agreements().size();
    negotiations = done.negotiations();
    table.reply(from, id, ServerMessage.newBuilder().setProposal(view(done.proposal(), slot)));
    settled(done.proposal(), agreementsBefore);
  }

  /** After a change: tell the parties, announce an agreement, and let bot addressees answer. */
  private void settled(Proposal proposal, int agreementsBefore) {
    tellParties(proposal);
    if (negotiations.agreements().size() > agreementsBefore) {
      Agreement made = negotiations.agreements().get(negotiations.agreements().size() - 1);
      table.broadcastTo(reader -> made.isPublic() || made.parties().contains(reader.seat.id()),
          ServerMessage.newBuilder().setAgreement(view(made)),
          made.isPublic() || table.facilitatorReadsPrivate());
      table.lifecycle("agreement", "", String.join(",", made.parties()) + ": "
          + TermSyntax.formatAll(made.terms()));
    }
    if (proposal.isOpen()) {
      botsAnswer(proposal);
    }
  }

  private void tellParties(Proposal p) {
    // Recorded whoever reads it: a proposal between two bots reaches nobody, but the debrief and
    // the export show the whole negotiation.
    table.lifecycle("proposal", p.from(), "#" + p.id() + " " + p.status() + " to "
        + String.join(",", p.addressees()) + ": " + TermSyntax.formatAll(p.terms()));
    table.broadcastTo(reader -> p.parties().contains(reader.seat.id()),
        reader -> ServerMessage.newBuilder().setProposalChanged(view(p, reader)),
        table.facilitatorReadsPrivate()
            ? () -> ServerMessage.newBuilder().setProposalChanged(view(p, null)) : null);
  }

  /** Bot addressees answer at once, by BotNegotiator's rule. */
  private void botsAnswer(Proposal p) {
    for (String seat : p.addressees()) {
      SeatSlot slot = table.seats().get(seat);
      if (slot == null || !slot.bot() || p.acceptedBy().contains(seat)) {
        continue;
      }
      boolean worth = BotNegotiator.accepts(slot, p, table.cycle().state());
      Outcome answer = worth ? negotiations.accept(p.id(), seat) : negotiations.reject(p.id(), seat);
      if (answer instanceof Outcome.Done done) {
        int before = negotiations.agreements().size();
        negotiations = done.negotiations();
        settled(done.proposal(), before);
        if (!done.proposal().isOpen()) {
          return;
        }
      }
    }
  }

  /** At the start of the talks each adaptive bot makes its offer, if it has one (BotNegotiator). */
  void botOffers() {
    PolicyState state = table.cycle().state();
    for (SeatSlot slot : table.seats().values()) {
      var offer = BotNegotiator.offer(table.game(), table.seats().values(), slot, state);
      if (offer.isEmpty()) {
        continue;
      }
      Outcome made = negotiations.propose(table.game(), table.cycle().round(), slot.seat.id(),
          List.of(offer.get().to()), List.of(offer.get().term()));
      if (made instanceof Outcome.Done done) {
        int before = negotiations.agreements().size();
        negotiations = done.negotiations();
        settled(done.proposal(), before);
      }
    }
  }

  /**
   * The moves a seat's agreements of this round let it order to carry out their clause terms: a
   * bot that agreed keeps its word (people decide for themselves).
   */
  List<org.veta.engine.move.Move> agreedMoves(SeatSlot slot) {
    List<org.veta.engine.move.Move> moves = new ArrayList<>();
    for (Agreement a : negotiations.agreements()) {
      if (a.round() != table.cycle().round() || !a.parties().contains(slot.seat.id())) {
        continue;
      }
      for (var change : DraftChanges.allowed(table.game(), table.cycle().state(), a)) {
        if (change.allowed()) {
          change.moves().stream().filter(m -> m.seat().equals(slot.seat.id()))
              .forEach(m -> moves.add(m.move()));
        }
      }
    }
    return moves;
  }

  /**
   * Whether these orders would break a promise the seat made for this round: a bot playing a
   * seat keeps the word its person gave, as it keeps its own.
   */
  boolean wouldBreak(SeatSlot slot, List<org.veta.engine.move.Move> orders) {
    int round = table.cycle().round();
    for (Agreement a : negotiations.agreements()) {
      for (Agreement.Binding binding : a.bindings()) {
        if (binding.binds(round) && binding.commitment().seat().equals(slot.seat.id())
            && binding.commitment().pledge().brokenBy(orders).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every proposal and agreement of the table, for the facilitator (private ones if allowed). */
  void omniscient(org.veta.protocol.wire.OmniView.Builder omni, boolean privateToo) {
    for (Proposal p : negotiations.proposals()) {
      if (privateToo) {
        omni.addProposals(view(p, null));
      }
    }
    for (Agreement a : negotiations.agreements()) {
      if (privateToo || a.isPublic()) {
        omni.addAgreements(view(a));
      }
    }
  }

  private ProposalView view(Proposal p, SeatSlot viewer) {
    ProposalView.Builder v = ProposalView.newBuilder().setId(p.id()).setRound(p.round())
        .setFrom(p.from()).addAllTo(p.addressees()).setStatus(p.status().name())
        .setParent(p.parent().orElse(0)).addAllAcceptedBy(p.acceptedBy());
    p.terms().forEach(t -> v.addTerms(t.syntax()));
    if (viewer != null && !viewer.seat.utility().isEmpty()) {
      v.setYourUtility(SeatViews.utilityWith(viewer.seat, p.terms(), table.cycle().state()))
          .setYourUtilityNow(viewer.seat.utility().of(table.cycle().state()::clause));
    }
    return v.build();
  }

  private AgreementView view(Agreement a) {
    AgreementView.Builder v = AgreementView.newBuilder().setId(a.id()).setRound(a.round())
        .addAllParties(a.parties()).setPublic(a.isPublic());
    a.terms().forEach(t -> v.addTerms(t.syntax()));
    for (var change : DraftChanges.allowed(table.game(), table.cycle().state(), a)) {
      v.addDraftChanges(change.term().syntax() + ": " + (change.allowed()
          ? "allowed, by " + String.join(" and ", change.moves().stream()
              .map(m -> m.seat() + ": " + m.move().text()).toList())
          : change.reason()));
    }
    return v.build();
  }

  private static ErrorCode code(Outcome.Code code) {
    return switch (code) {
      case UNKNOWN_SEAT, UNKNOWN_PROPOSAL -> ErrorCode.NOT_FOUND;
      case NOT_YOURS -> ErrorCode.PERMISSION_DENIED;
      case NOT_OPEN -> ErrorCode.CONFLICT;
      case INVALID_ADDRESSEES, INVALID_TERM -> ErrorCode.INVALID_ARGUMENT;
    };
  }
}
