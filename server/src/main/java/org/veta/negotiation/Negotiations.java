package org.veta.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.veta.engine.Game;

/**
 * The talks of one game: every proposal ever made and the agreements they became. An immutable
 * value: each request returns a new ledger or a refusal with its reason, so a refused request
 * never half-applies and a session can keep the old value for its log. Agreements are only ever
 * appended; the study's point is that "the game remembers" what was promised and by whom.
 */
public final class Negotiations {
  public static final Negotiations EMPTY = new Negotiations(new Proposal[0], List.of(), 1);

  /**
   * How many settled proposals, and agreements that bind nothing any more, a ledger keeps beside
   * the open proposals and the agreements in force. A workshop's game never reaches it (it has
   * tens of proposals); a server whose tables negotiate for hours keeps what the game still needs
   * and leaves the rest to the session log, the reports and the debrief, which have all of it.
   */
  public static final int SETTLED_KEPT = 64;

  /**
   * By id, ascending (ids are given in order and a changed proposal keeps its place). Never
   * changed once the ledger is made: a change copies the array, which is a fraction of what
   * copying a sorted map cost on every answer to a proposal.
   */
  private final Proposal[] proposals;
  private final List<Proposal> proposalList;
  private final List<Agreement> agreements;
  private final int nextId;

  private Negotiations(Proposal[] proposals, List<Agreement> agreements, int nextId) {
    this.proposals = proposals;
    this.proposalList = java.util.Collections.unmodifiableList(Arrays.asList(proposals));
    this.agreements = List.copyOf(agreements);
    this.nextId = nextId;
  }

  public List<Proposal> proposals() {
    return proposalList;
  }

  public Optional<Proposal> proposal(int id) {
    return Optional.ofNullable(find(id));
  }

  private Proposal find(int id) {
    int at = indexOf(id);
    return at < 0 ? null : proposals[at];
  }

  private int indexOf(int id) {
    int low = 0;
    int high = proposals.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int midId = proposals[mid].id();
      if (midId < id) {
        low = mid + 1;
      } else if (midId > id) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  public List<Proposal> open() {
    return proposalList.stream().filter(Proposal::isOpen).toList();
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
      Proposal p = find(id);
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
      return done(new Negotiations(next.proposals, all, nextId), agreed);
    });
  }

  /** An addressee rejects: the proposal ends for everyone it was addressed to. */
  public Outcome reject(int id, String seat) {
    return addressed(id, seat, "reject").orElseGet(() -> {
      Proposal rejected = find(id).withStatus(ProposalStatus.REJECTED);
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
      Proposal parent = find(id);
      return make(game, parent.round(), seat, List.of(parent.from()), terms,
          OptionalInt.of(parent.id()), parent.withStatus(ProposalStatus.COUNTERED));
    });
  }

  /** The proposer takes an open proposal back. */
  public Outcome withdraw(int id, String seat) {
    Proposal p = find(id);
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
    Proposal[] next = proposals.clone();
    for (int i = 0; i < next.length; i++) {
      if (next[i].isOpen()) {
        next[i] = next[i].withStatus(ProposalStatus.EXPIRED);
      }
    }
    return new Negotiations(next, agreements, nextId);
  }

  /**
   * Lets go of the oldest settled proposals and spent agreements past {@link #SETTLED_KEPT} each:
   * what is open, and every agreement that binds this round or a later one or was made in it,
   * stays. A function of the ledger and the round alone, so a resumed table lets go of the same.
   */
  public Negotiations retire(int round) {
    List<Proposal> settled = proposalList.stream().filter(p -> !p.isOpen()).toList();
    List<Agreement> spent = agreements.stream().filter(a -> spent(a, round)).toList();
    if (settled.size() <= SETTLED_KEPT && spent.size() <= SETTLED_KEPT) {
      return this;
    }
    Set<Proposal> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    dropped.addAll(settled.subList(0, Math.max(0, settled.size() - SETTLED_KEPT)));
    Proposal[] next = proposalList.stream().filter(p -> !dropped.contains(p))
        .toArray(Proposal[]::new);
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
    // The new proposal has the highest id yet: it goes at the end.
    Proposal[] next = Arrays.copyOf(proposals, proposals.length + 1);
    if (replacedParent != null) {
      next[indexOf(replacedParent.id())] = replacedParent;
    }
    next[proposals.length] = made;
    return done(new Negotiations(next, agreements, nextId + 1), made);
  }

  /** Empty when the seat may answer this open proposal; otherwise the refusal. */
  private Optional<Outcome> addressed(int id, String seat, String verb) {
    Proposal p = find(id);
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
    Proposal[] next = proposals.clone();
    next[indexOf(changed.id())] = changed;
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
