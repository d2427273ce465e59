package org.veta.bot;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.move.Move;

/** Orders one to the round's limit of moves drawn at random from those open to the seat. */
public final class RandomStrategy implements Strategy {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public List<Move> choose(BotView v) {
    List<Move> pool = new ArrayList<>(Candidates.of(v));
    Picks picks = new Picks(v);
    int wanted = 1 + v.random().nextInt(v.game().maxMovesPerRound());
    for (int i = 0; i < wanted && !pool.isEmpty(); i++) {
      picks.add(pool.remove(v.random().nextInt(pool.size())));
    }
    return picks.done();
  }
}
