package org.veta.negotiation;

import java.util.List;

/**
 * A proposal every addressee accepted. An agreement is a record of promises, not an enforcement:
 * its clause terms reach the law draft only through moves the engine resolves
 * ({@link DraftChanges}), and its commitments are checked against the moves the parties later
 * order ({@link Breaches}). Once made it never changes; breaking it is recorded beside it.
 *
 * @param id the accepted proposal's id
 * @param round the round whose talks made it
 * @param bindings each commitment with the rounds it binds
 */
public record Agreement(int id, int round, List<String> parties, List<Term> terms,
    List<Binding> bindings) {

  /**
   * A commitment and the rounds it binds. The talks of a round come before its orders, so a
   * commitment for K rounds made in round R binds the orders of rounds R to R + K - 1.
   */
  public record Binding(Term.Commitment commitment, int firstRound, int lastRound) {
    public boolean binds(int round) {
      return round >= firstRound && round <= lastRound;
    }
  }

  public Agreement {
    parties = List.copyOf(parties);
    terms = List.copyOf(terms);
    bindings = List.copyOf(bindings);
  }

  static Agreement of(Proposal accepted) {
    List<Binding> bindings = accepted.terms().stream()
        .filter(t -> t instanceof Term.Commitment)
        .map(t -> (Term.Commitment) t)
        .map(c -> new Binding(c, accepted.round(), accepted.round() + c.rounds() - 1))
        .toList();
    return new Agreement(accepted.id(), accepted.round(), accepted.parties(), accepted.terms(),
        bindings);
  }

  /** For now an agreement is public when it carries a statement; later, a public channel too. */
  public boolean isPublic() {
    return terms.stream().anyMatch(t -> t instanceof Term.Statement);
  }

  public boolean binds(String seat) {
    return parties.contains(seat);
  }

  public List<Term.ClauseTerm> clauseTerms() {
    return terms.stream().filter(t -> t instanceof Term.ClauseTerm)
        .map(t -> (Term.ClauseTerm) t).toList();
  }
}
