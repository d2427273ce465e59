package org.veta.bot;

import java.util.List;
import org.veta.engine.move.Move;

/**
 * A bot's way of choosing a seat's moves for a round. Bots order moves exactly as people do;
 * the rules check them the same way. Deterministic: the same view (with its seeded stream) gives
 * the same moves.
 */
public interface Strategy {
  String name();

  List<Move> choose(BotView view);
}
