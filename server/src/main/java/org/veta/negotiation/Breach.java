package org.veta.negotiation;

import org.veta.engine.move.Move;

/**
 * A broken promise: in a round, a seat bound by a commitment of an agreement ordered a move the
 * pledge forbids (or, for a pledge to act, ordered something else instead).
 *
 * @param move the forbidden move, or the move ordered instead of the pledged one
 * @param isPublic whether the agreement was public, so that everyone saw the promise broken
 */
public record Breach(int round, String seat, int agreement, Term.Commitment term, Move move,
    boolean isPublic) {

  /** In words for the report: "fedemin broke 'no_strike' (agreement 3) with strike scale=1 days=23". */
  public String describe() {
    return seat + " broke '" + term.pledge().text() + "' (agreement " + agreement + ") with "
        + move.text() + (isPublic ? ", in public" : "");
  }
}
