package org.veta.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.Orders;
import org.veta.engine.move.Refusal;
import org.veta.engine.state.PolicyState;

/**
 * The promises a round's orders break. People may betray; the game remembers.
 *
 * <p>Only moves the engine will accept count: a move the rules refuse never happens, so it breaks
 * nothing (the check is the engine's own {@link MoveRules}, against the state at the start of the
 * round, exactly as {@code RoundResolver} makes it). Each commitment is checked once per round,
 * so one round yields at most one breach per commitment.
 */
public final class Breaches {
  private Breaches() {}

  /**
   * @param before the state at the start of the round the orders are for
   * @param round the round the orders are for
   */
  public static List<Breach> of(Game game, PolicyState before, Negotiations negotiations,
      Orders orders, int round) {
    List<Breach> out = new ArrayList<>();
    for (Agreement agreement : negotiations.agreements()) {
      for (Agreement.Binding binding : agreement.bindings()) {
        if (!binding.binds(round)) {
          continue;
        }
        Term.Commitment commitment = binding.commitment();
        Optional<SeatInfo> seat = game.seat(commitment.seat());
        if (seat.isEmpty()) {
          continue;
        }
        List<Move> accepted = accepted(game, before, seat.get(), orders.of(commitment.seat()));
        commitment.pledge().brokenBy(accepted).ifPresent(move -> out.add(new Breach(round,
            commitment.seat(), agreement.id(), commitment, move, agreement.isPublic())));
      }
    }
    return List.copyOf(out);
  }

  /** The moves of one seat the engine's rules accept, as the resolver would filter them. */
  static List<Move> accepted(Game game, PolicyState before, SeatInfo seat, List<Move> ordered) {
    List<Move> kept = new ArrayList<>();
    for (Move move : ordered) {
      Optional<Refusal> refusal = MoveRules.check(game, before, seat, move, kept);
      if (refusal.isEmpty()) {
        kept.add(move);
      }
    }
    return kept;
  }
}
