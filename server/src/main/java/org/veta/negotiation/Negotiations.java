package org.veta.negotiation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.veta.engine.Game;

/**
 * The talks of one game: every proposal ever made and the agreements they became. An immutable
 * value: each request returns a new ledger or a refusal with its reason, so a refused request
 * never half-applies and a session can keep the old value for its log. Agreements are only ever
 * appended; the study's point is that "the game remembers" what was promised and by whom.
 */
public final class Negotiations {
  public static final Negotiations EMPTY = new Negotiations(new TreeMap<>(), List.of(), 1);

  /**
   * How many settled proposals, and agreements that bind nothing any more, a ledger keeps beside
   * the open proposals and the agreements in force. A workshop's game never reaches it (it has
   * tens of proposals); a server whose tables negotiate for hours keeps what the game still needs
   * and leaves the rest to the session log, the reports and the debrief, which have all of it.
   */
  public static final int SETTLED_KEPT = 64;

  private final Map<Integer, Proposal> proposals;
  private final List<Agreement> agreements;
  private final int nextId;

  private Negotiations(TreeMap<Integer, Proposal> proposals, List<Agreement> agreements,
      int nextId) {
    this.proposals = java.util.Collections.unmodifiableMap(proposals);
    this.agreements = List.copyOf(agreements);
    this.nextId = nextId;
  }

  public List<Proposal> proposals() {
    return List.copyOf(proposals.values());
  }

  public Optional<Proposal> proposal(int id) {
    return Optional.ofNullable(proposals.get(id));
  }

  public List<Proposal> open() {
    return proposals.values().stream().filter(Proposal::isOpen).toList();
  }

  public List<Agreement> agreements() {
    return agreements;
  }

  public Optional<Agreement> agreement(int id) {
    return agreements.stream().filter(a -> a.id() == id).findFirst();
  }

  /** A seat proposes terms to one or more other seats in the talks of a round. */
  public Outcome propose(Game game, int round, String from, List<String> addressees,
      List<Term> terms) {
    return make(game, round, from, addressees, terms, OptionalInt.empty(), null);
  }

  /** An addressee accepts; when the last addressee accepts, the proposal becomes an agreement. */
  public Outcome accept(int id, String seat) {
    return addressed(id, seat, "accept").orElseGet(() -> {
      Proposal p = proposals.get(id);
      if (p.acceptedBy().contains(seat)) {
        return refused(Outcome.Code.NOT_OPEN, "You have already accepted proposal " + id
            + "; it waits for " + String.join(", ", waitingFor(p)) + ".");
      }
      Proposal accepted = p.acceptedBy(seat);
      if (!accepted.acceptedByAll()) {
        return done(with(accepted), accepted);
      }
      Proposal agreed = accepted.withStatus(ProposalStatus.ACCEPTED);
      Negotiations next = with(agreed);
      List<Agreement> all = new ArrayList<>(agreements);
      all.add(Agreement.of(agreed));
      return done(new Negotiations(new TreeMap<>(next.proposals), all, nextId), agreed);
    });
  }

  /** An addressee rejects: the proposal ends for everyone it was addressed to. */
  public Outcome reject(int id, String seat) {
    return addressed(id, seat, "reject").orElseGet(() -> {
      Proposal rejected = proposals.get(id).withStatus(ProposalStatus.REJECTED);
      return done(with(rejected), rejected);
    });
  }

  /**
   * An addressee answers with other terms, addressed to the proposer alone: the parent is marked
   * COUNTERED and the counter, linked to it, is open in its place. Other addressees of the parent
   * are not party to the counter; a deal among many is proposed again by whoever wants it.
   */
  public Outcome counter(Game game, int id, String seat, List<Term> terms) {
    return addressed(id, seat, "counter").orElseGet(() -> {
      Proposal parent = proposals.get(id);
      return make(game, parent.round(), seat, List.of(parent.from()), terms,
          OptionalInt.of(parent.id()), parent.withStatus(ProposalStatus.COUNTERED));
    });
  }

  /** The proposer takes an open proposal back. */
  public Outcome withdraw(int id, String seat) {
    Proposal p = proposals.get(id);
    if (p == null) {
      return unknown(id);
    }
    if (!p.from().equals(seat)) {
      return refused(Outcome.Code.NOT_YOURS, "Only " + p.from() + ", who made proposal " + id
          + ", can withdraw it.");
    }
    if (!p.isOpen()) {
      return notOpen(p);
    }
    Proposal withdrawn = p.withStatus(ProposalStatus.WITHDRAWN);
    return done(with(withdrawn), withdrawn);
  }

  /** The talks end: every proposal still open expires. Agreements already made stand. */
  public Negotiations expireOpen() {
    TreeMap<Integer, Proposal> next = new TreeMap<>(proposals);
    next.replaceAll((id, p) -> p.isOpen() ? p.withStatus(ProposalStatus.EXPIRED) : p);
    return new Negotiations(next, agreements, nextId);
  }

  /**
   * Lets go of the oldest settled proposals and spent agreements past {@link #SETTLED_KEPT} each:
   * what is open, and every agreement that binds this round or a later one or was made in it,
   * stays. A function of the ledger and the round alone, so a resumed table lets go of the same.
   */
  public Negotiations retire(int round) {
    List<Proposal> settled = proposals.values().stream().filter(p -> !p.isOpen()).toList();
    List<Agreement> spent = agreements.stream().filter(a -> spent(a, round)).toList();
    if (settled.size() <= SETTLED_KEPT && spent.size() <= SETTLED_KEPT) {
      return this;
    }
    TreeMap<Integer, Proposal> next = new TreeMap<>(proposals);
    settled.subList(0, Math.max(0, settled.size() - SETTLED_KEPT))
        .forEach(p -> next.remove(p.id()));
    Set<Agreement> gone = new HashSet<>(spent.subList(0, Math.max(0, spent.size() - SETTLED_KEPT)));
    List<Agreement> kept = agreements.stream().filter(a -> !gone.contains(a)).toList();
    return new Negotiations(next, kept, nextId);
  }

  /** Made before this round and binding none of its orders or any later ones. */
  private static boolean spent(Agreement agreement, int round) {
    return agreement.round() < round
        && agreement.bindings().stream().allMatch(b -> b.lastRound() < round);
  }

  private Outcome make(Game game, int round, String from, List<String> addressees,
      List<Term> terms, OptionalInt parent, Proposal replacedParent) {
    if (game.seat(from).isEmpty()) {
      return refused(Outcome.Code.UNKNOWN_SEAT, "There is no seat '" + from + "' at this table.");
    }
    if (addressees.isEmpty()) {
      return refused(Outcome.Code.INVALID_ADDRESSEES, "Name at least one seat to propose to.");
    }
    Set<String> seen = new HashSet<>();
    for (String seat : addressees) {
      if (game.seat(seat).isEmpty()) {
        return refused(Outcome.Code.UNKNOWN_SEAT, "There is no seat '" + seat + "' at this table.");
      }
      if (seat.equals(from)) {
        return refused(Outcome.Code.INVALID_ADDRESSEES, "You cannot address a proposal to yourself.");
      }
      if (!seen.add(seat)) {
        return refused(Outcome.Code.INVALID_ADDRESSEES, "'" + seat + "' is named twice.");
      }
    }
    if (round < 1) {
      throw new IllegalArgumentException("talks happen in rounds 1 and on, not " + round);
    }
    Optional<String> problem = TermRules.problem(game, from, addressees, terms);
    if (problem.isPresent()) {
      return refused(Outcome.Code.INVALID_TERM, problem.get());
    }
    Proposal made = new Proposal(nextId, round, from, addressees, terms, parent,
        ProposalStatus.OPEN, Set.of());
    TreeMap<Integer, Proposal> next = new TreeMap<>(proposals);
    if (replacedParent != null) {
      next.put(replacedParent.id(), replacedParent);
    }
    next.put(made.id(), made);
    return done(new Negotiations(next, agreements, nextId + 1), made);
  }

  /** Empty when the seat may answer this open proposal; otherwise the refusal. */
  private Optional<Outcome> addressed(int id, String seat, String verb) {
    Proposal p = proposals.get(id);
    if (p == null) {
      return Optional.of(unknown(id));
    }
    if (!p.addresses(seat)) {
      return Optional.of(refused(Outcome.Code.NOT_YOURS, "Proposal " + id + " is addressed to "
          + String.join(", ", p.addressees()) + "; only they can " + verb + " it."));
    }
    if (!p.isOpen()) {
      return Optional.of(notOpen(p));
    }
    return Optional.empty();
  }

  private static List<String> waitingFor(Proposal p) {
    return p.addressees().stream().filter(s -> !p.acceptedBy().contains(s)).toList();
  }

  private Negotiations with(Proposal changed) {
    TreeMap<Integer, Proposal> next = new TreeMap<>(proposals);
    next.put(changed.id(), changed);
    return new Negotiations(next, agreements, nextId);
  }

  private static Outcome done(Negotiations next, Proposal proposal) {
    return new Outcome.Done(next, proposal);
  }

  private static Outcome refused(Outcome.Code code, String reason) {
    return new Outcome.Refused(code, reason);
  }

  private Outcome unknown(int id) {
    if (id >= 1 && id < nextId) {
      return refused(Outcome.Code.NOT_OPEN, "Proposal " + id + " was settled rounds ago and is no "
          + "longer kept at the table; the round reports and the debrief show it.");
    }
    return refused(Outcome.Code.UNKNOWN_PROPOSAL, "There is no proposal " + id + ".");
  }

  private static Outcome notOpen(Proposal p) {
    return refused(Outcome.Code.NOT_OPEN, "Proposal " + p.id() + " is no longer open: it was "
        + p.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
  }
}
