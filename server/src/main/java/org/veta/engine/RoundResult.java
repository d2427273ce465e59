package org.veta.engine;

import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.move.Refusal;
import org.veta.engine.state.PolicyState;

/**
 * What one round did: the state after it, every effect with its reason, moves that changed
 * nothing (with why), and the moves the rules refused.
 */
public record RoundResult(
    PolicyState before,
    PolicyState after,
    List<RoundContext.Ordered<Move>> accepted,
    List<Refusal> refusals,
    List<Effect> effects,
    List<Note> notes) {

  public int round() {
    return after.round();
  }
}
