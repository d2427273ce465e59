package org.veta.bot;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;

/**
 * A bot's moves for a round, kept legal as they are added: a move the rules would refuse, or one
 * past the round's limit, is skipped, so a bot never wastes an order.
 */
final class Picks {
  private final BotView view;
  private final List<Move> moves = new ArrayList<>();

  Picks(BotView view) {
    this.view = view;
  }

  Picks add(String text) {
    return add(BotView.move(text));
  }

  Picks add(Move move) {
    if (moves.size() < view.game().maxMovesPerRound()
        && MoveRules.check(view.game(), view.state(), view.seat(), move, moves).isEmpty()) {
      moves.add(move);
    }
    return this;
  }

  Picks addIf(boolean condition, String text) {
    return condition ? add(text) : this;
  }

  List<Move> done() {
    return moves.isEmpty() ? List.of(new Move.Hold()) : List.copyOf(moves);
  }
}
