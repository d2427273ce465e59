package org.veta.negotiation;

import java.util.List;
import org.veta.engine.Game;
import org.veta.engine.TestGames;

/** Shared fixtures: games loaded once, terms from their syntax, requests that must succeed. */
final class NegotiationFixtures {
  static final Game PERU = TestGames.load("peru");
  static final Game BOLIVIA = TestGames.load("bolivia");

  private NegotiationFixtures() {}

  static List<Term> terms(String text) {
    try {
      return TermSyntax.parseAll(text);
    } catch (TermSyntax.SyntaxError e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Outcome.Done done(Outcome outcome) {
    if (outcome instanceof Outcome.Refused refused) {
      throw new AssertionError("refused: " + refused.reason());
    }
    return (Outcome.Done) outcome;
  }

  /** An agreement made in a round between a proposer and addressees who all accept. */
  static Negotiations agreed(Negotiations talks, Game game, int round, String from,
      List<String> to, String terms) {
    Outcome.Done proposed = done(talks.propose(game, round, from, to, terms(terms)));
    Negotiations next = proposed.negotiations();
    for (String seat : to) {
      next = done(next.accept(proposed.proposal().id(), seat)).negotiations();
    }
    return next;
  }
}
