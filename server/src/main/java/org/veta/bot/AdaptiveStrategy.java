package org.veta.bot;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.RoundResolver;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.Orders;
import org.veta.engine.score.Scorer;

/**
 * Chooses by a one-round look-ahead on its own seat's objectives: it assumes the other seats
 * repeat last round's orders, resolves the round for each candidate move (with a stream of its
 * own, so it never sees the round's real dice) and keeps the move that scores best, then adds
 * further moves while they still raise the score. Like a person it does not always find the
 * single best move: among the moves within {@link #TOLERANCE} points of the best it picks one with
 * its seeded stream, so the same seed gives the same game and different seeds explore.
 */
public final class AdaptiveStrategy implements Strategy {
  /** Score points (of 100) within which moves count as equally good. */
  static final double TOLERANCE = 0.5;

  @Override
  public String name() {
    return "adaptive";
  }

  @Override
  public List<Move> choose(BotView v) {
    long imagined = v.random().nextLong();
    Orders others = v.lastOrders().with(v.seat().id(), List.of());
    List<Move> chosen = new ArrayList<>();
    double best = evaluate(v, others, List.of(new Move.Hold()), imagined);
    List<Move> candidates = Candidates.of(v);
    while (chosen.size() < v.game().maxMovesPerRound()) {
      List<Move> tried = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      double top = Double.NEGATIVE_INFINITY;
      for (Move candidate : candidates) {
        if (MoveRules.check(v.game(), v.state(), v.seat(), candidate, chosen).isPresent()) {
          continue;
        }
        List<Move> trial = new ArrayList<>(chosen);
        trial.add(candidate);
        double score = evaluate(v, others, trial, imagined);
        tried.add(candidate);
        scores.add(score);
        top = Math.max(top, score);
      }
      if (top <= best + 1e-9) {
        break;
      }
      List<Move> good = new ArrayList<>();
      for (int i = 0; i < tried.size(); i++) {
        if (scores.get(i) > best + 1e-9 && scores.get(i) >= top - TOLERANCE) {
          good.add(tried.get(i));
        }
      }
      Move pick = good.get(v.random().nextInt(good.size()));
      best = scores.get(tried.indexOf(pick));
      chosen.add(pick);
    }
    return chosen.isEmpty() ? List.of(new Move.Hold()) : chosen;
  }

  private static double evaluate(BotView v, Orders others, List<Move> mine, long seed) {
    var result = RoundResolver.resolve(v.game(), v.state(), others.with(v.seat().id(), mine), seed);
    return Scorer.score(v.game(), result.after(), v.seat());
  }
}
