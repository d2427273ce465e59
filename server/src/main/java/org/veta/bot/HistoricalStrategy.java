package org.veta.bot;

import java.util.List;
import org.veta.engine.move.Move;

/** Plays the scenario's historical path: what the seat actually did in this round, or nothing. */
public final class HistoricalStrategy implements Strategy {
  @Override
  public String name() {
    return "historical";
  }

  @Override
  public List<Move> choose(BotView view) {
    List<Move> moves = view.game().history(view.round(), view.seat().id());
    return moves.isEmpty() ? List.of(new Move.Hold()) : moves;
  }
}
