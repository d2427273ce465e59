package org.veta.negotiation;

/**
 * One term of a proposal. A closed set: a value for a clause of the law draft, a commitment on a
 * seat's moves for some rounds, or a public statement. Terms are promises, not changes: the game
 * applies none of them by itself (see {@link DraftChanges} and {@link Breaches}).
 */
public sealed interface Term {
  /** The term in term syntax, as {@link TermSyntax#parse} reads it back. */
  default String syntax() {
    return TermSyntax.format(this);
  }

  /** A value for a clause of the law draft: {@code clause tax_rate=1}. */
  record ClauseTerm(String clause, double value) implements Term {}

  /** A seat's pledge for a number of rounds: {@code commit fedemin no_strike 2}. */
  record Commitment(String seat, Pledge pledge, int rounds) implements Term {}

  /**
   * A public statement of the agreement: {@code say "..."}. It makes the agreement public, so
   * breaking it is seen by all (the study's officials lost or won standing by what they said in
   * the open, "publicly accused MAS ... of unwillingness to negotiate").
   */
  record Statement(String text) implements Term {}
}
