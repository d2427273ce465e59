package org.veta.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.negotiation.Proposal;
import org.veta.negotiation.Term;
import org.veta.protocol.scenario.Role;

/**
 * How bots negotiate: whether a bot seat accepts a proposal, and what offer an adaptive bot makes.
 * Decisions only; the table's Deals carries them out.
 */
final class BotNegotiator {
  /** An offer: to whom, and the clause term. */
  record Offer(String to, Term.ClauseTerm term) {}

  private BotNegotiator() {}

  /**
   * A bot accepts a proposal that leaves its seat at least as well off under the law draft and asks
   * no commitment of it, or one whose clause terms pay it for the commitment; it rejects the rest.
   * How much it asks depends on its strategy: a hardliner wants a clear gain and binds itself to
   * nothing; a conciliator accepts a small loss for an agreement and a promise for no gain.
   */
  static boolean accepts(SeatSlot slot, Proposal p, PolicyState state) {
    var seat = slot.seat;
    double now = seat.utility().isEmpty() ? 0 : seat.utility().of(state::clause);
    double offered = SeatViews.utilityWith(seat, p.terms(), state);
    boolean binds = p.terms().stream().anyMatch(t -> t instanceof Term.Commitment c
        && c.seat().equals(seat.id()));
    return switch (slot.botStrategy) {
      case "hardline" -> !binds && offered >= now + 0.05;
      case "conciliatory" -> offered >= now - 0.02 && (!binds || offered >= now - 1e-9);
      default -> offered >= now - 1e-9 && (!binds || offered >= now + 0.05);
    };
  }

  /**
   * An adaptive bot's offer at the start of the talks: to the central state (or, for the centre, to
   * the lead federation), the clause where it has most to gain, half-way between the draft and its
   * ideal, and only where a roundtable or direct negotiation lets a deal reach the draft. Half-way,
   * because an offer at one's ideal is an offer nobody accepts.
   */
  static Optional<Offer> offer(Game game, Collection<SeatSlot> seats, SeatSlot slot,
      PolicyState state) {
    boolean atTable = state.get(NationalVar.ROUNDTABLE_OPEN) > 0
        || state.get(NationalVar.DIRECT_NEGOTIATION) > 0;
    if (!atTable || state.get(NationalVar.LAW_STAGE) > 0 || !slot.bot()
        || !slot.botStrategy.equals("adaptive") || slot.seat.utility().isEmpty()) {
      return Optional.empty();
    }
    String to = counterpart(game, seats, slot);
    if (to == null) {
      return Optional.empty();
    }
    Term.ClauseTerm best = null;
    double bestGain = 0.02;
    double now = slot.seat.utility().of(state::clause);
    for (var clause : game.layout().clauses()) {
      double current = state.clause(clause.id());
      double ideal = slot.seat.utility().ideal(clause.id()).orElse(current);
      double offer = Math.round((current + ideal) * 50) / 100.0;
      double gain = SeatViews.utilityWith(slot.seat,
          List.of(new Term.ClauseTerm(clause.id(), offer)), state) - now;
      if (gain > bestGain) {
        bestGain = gain;
        best = new Term.ClauseTerm(clause.id(), offer);
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Offer(to, best));
  }

  private static String counterpart(Game game, Collection<SeatSlot> seats, SeatSlot slot) {
    if (slot.seat.role() == Role.CENTRAL_STATE) {
      String lead = game.leadFederation().id();
      return lead.equals(slot.seat.id()) ? null : lead;
    }
    return seats.stream().filter(s -> s.seat.role() == Role.CENTRAL_STATE)
        .map(s -> s.seat.id()).findFirst().orElse(null);
  }
}
