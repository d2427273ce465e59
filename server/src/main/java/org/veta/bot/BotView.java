package org.veta.bot;

import java.util.List;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.SeededRandom;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.RegionVar;

/**
 * What a bot knows when it chooses: the game, the state at the start of the round, its seat, the
 * orders every seat gave last round, and its own seeded stream (never the round's dice).
 */
public record BotView(Game game, PolicyState state, SeatInfo seat, SeededRandom random,
    Orders lastOrders) {

  public int round() {
    return state.round() + 1;
  }

  public List<MoveKind> available() {
    return MoveRules.available(game, state, seat);
  }

  public boolean can(MoveKind kind) {
    return available().contains(kind);
  }

  public double stake() {
    if (!seat.hasRegion()) {
      return 0;
    }
    double threshold = game.coefficients().getEconomicDependence().getActivationThreshold();
    double d = state.get(seat.region(), RegionVar.DEPENDENCE);
    return d <= threshold ? 0 : (d - threshold) / (1 - threshold);
  }

  public boolean directNegotiation() {
    return state.get(NationalVar.DIRECT_NEGOTIATION) > 0;
  }

  public boolean roundtable() {
    return state.get(NationalVar.ROUNDTABLE_OPEN) > 0;
  }

  /** The region with the most at stake and the strongest mobilization, for interdictions. */
  public String hottestRegion() {
    String best = game.layout().regions().get(0);
    double bestScore = -1;
    for (String region : game.layout().regions()) {
      double score = state.get(region, RegionVar.DEPENDENCE) + state.get(region, RegionVar.MOBILIZATION);
      if (score > bestScore) {
        best = region;
        bestScore = score;
      }
    }
    return best;
  }

  /** Parses a move a strategy writes in move syntax; strategies only write valid text. */
  public static Move move(String text) {
    try {
      return MoveSyntax.parse(text);
    } catch (MoveSyntax.SyntaxError e) {
      throw new IllegalStateException("a bot wrote an invalid move '" + text + "': " + e.getMessage(), e);
    }
  }
}
