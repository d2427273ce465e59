package org.veta.negotiation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.state.ClauseVariable;

/**
 * Whether a proposal's terms make sense in a game: the clauses exist and the values are in range,
 * commitments bind only the seats at the table for this deal and only moves their role can order.
 * The answer is a sentence for the proposer, or empty when the terms are sound.
 */
final class TermRules {
  /** A commitment binds at most this many rounds: three years of six-month rounds. */
  static final int MAX_COMMITMENT_ROUNDS = 6;
  /** A proposal is something a person can read at a glance. */
  static final int MAX_TERMS = 12;

  private TermRules() {}

  static Optional<String> problem(Game game, String from, List<String> addressees,
      List<Term> terms) {
    if (terms.isEmpty()) {
      return Optional.of("A proposal needs at least one term. " + TermSyntax.USAGE);
    }
    if (terms.size() > MAX_TERMS) {
      return Optional.of("A proposal has at most " + MAX_TERMS + " terms.");
    }
    Set<String> clauses = new HashSet<>();
    for (Term term : terms) {
      Optional<String> problem = term instanceof Term.ClauseTerm c ? clause(game, c, clauses)
          : term instanceof Term.Commitment c ? commitment(game, from, addressees, c)
          : statement((Term.Statement) term);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clause(Game game, Term.ClauseTerm term, Set<String> seen) {
    if (!game.layout().hasClause(term.clause())) {
      return Optional.of("The law draft has no clause '" + term.clause() + "'. Clauses: "
          + String.join(", ", game.layout().clauses().stream().map(ClauseVariable::id).toList())
          + ".");
    }
    ClauseVariable c = game.layout().clause(term.clause());
    if (!(term.value() >= c.min() && term.value() <= c.max())) {
      return Optional.of("'" + c.label() + "' must be between " + MoveSyntax.plain(c.min())
          + " and " + MoveSyntax.plain(c.max()) + " " + c.unitLabel() + ", not "
          + MoveSyntax.plain(term.value()) + ".");
    }
    if (!seen.add(term.clause())) {
      return Optional.of("The clause '" + term.clause() + "' appears twice; give it one value.");
    }
    return Optional.empty();
  }

  private static Optional<String> commitment(Game game, String from, List<String> addressees,
      Term.Commitment term) {
    if (!term.seat().equals(from) && !addressees.contains(term.seat())) {
      return Optional.of("A commitment can bind only the proposer or an addressee, not '"
          + term.seat() + "'.");
    }
    if (term.rounds() < 1 || term.rounds() > MAX_COMMITMENT_ROUNDS) {
      return Optional.of("A commitment lasts 1 to " + MAX_COMMITMENT_ROUNDS + " rounds, not "
          + term.rounds() + ".");
    }
    SeatInfo seat = game.seat(term.seat()).orElseThrow();
    if (!term.pledge().fits(seat.role())) {
      return Optional.of("'" + term.pledge().token() + "' is about moves a "
          + MoveRules.roleName(seat.role()) + " seat cannot order, so " + seat.name()
          + " cannot pledge it.");
    }
    if (term.pledge() instanceof Pledge.NoInterdiction n && !game.layout().hasRegion(n.region())) {
      return Optional.of("There is no region '" + n.region() + "'. Regions: "
          + String.join(", ", game.layout().regions()) + ".");
    }
    return Optional.empty();
  }

  private static Optional<String> statement(Term.Statement term) {
    if (term.text() == null || term.text().isBlank()) {
      return Optional.of("A statement needs words.");
    }
    if (term.text().length() > TermSyntax.MAX_STATEMENT) {
      return Optional.of("A statement is at most " + TermSyntax.MAX_STATEMENT + " characters.");
    }
    return Optional.empty();
  }
}
