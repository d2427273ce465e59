package org.veta.client.bots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.veta.bot.BotView;
import org.veta.bot.Strategy;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.SeededRandom;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.state.WorkingState;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.MoveList;
import org.veta.protocol.wire.MoveOption;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.TableView;

/**
 * How a network bot chooses its orders: the engine's own strategies ({@link org.veta.bot}), run on
 * the state rebuilt from what the seat sees. The client knows the built-in scenarios by id and
 * compiles them once per process; the shared indicators and the seat's own variables come from
 * the TableView, other seats' private variables stay at their initial values, and the orders of
 * last round come from the last report. A scenario the client does not know, or a strategy that
 * fails on the rebuilt state, falls back to a move picked from the seat's ListMoves.
 */
final class BotBrain {
  private BotBrain() {}

  /** The scenario with this id if the client knows it ({@link Scenarios}). */
  static Optional<Game> game(String scenarioId) {
    return Scenarios.game(scenarioId);
  }

  /** The orders of every seat as the report revealed them; moves that do not parse are left out. */
  static Orders lastOrders(RoundReport report) {
    if (report == null) {
      return Orders.NONE;
    }
    Orders.Builder orders = Orders.builder();
    for (SeatMoves seat : report.getMovesList()) {
      List<Move> moves = new ArrayList<>();
      for (String text : seat.getMovesList()) {
        try {
          moves.add(MoveSyntax.parse(text));
        } catch (MoveSyntax.SyntaxError | RuntimeException e) {
          // a move of a later version, or free text: the strategy does without it
        }
      }
      orders.set(seat.getSeat(), moves);
    }
    return orders.build();
  }

  /**
   * The strategy's moves for this seat now, in move syntax; empty if the game is unknown or the
   * strategy could not choose (then use {@link #fallback}).
   */
  static List<String> choose(Optional<Game> known, Strategy strategy, TableView view,
      Orders last, long seed) {
    if (known.isEmpty()) {
      return List.of();
    }
    Game game = known.get();
    try {
      Optional<SeatInfo> seat = game.seat(view.getYou().getSeat());
      if (seat.isEmpty()) {
        return List.of();
      }
      WorkingState state = game.initialState().edit();
      for (Indicator indicator : view.getIndicatorsList()) {
        game.layout().target(indicator.getKey()).ifPresent(t -> state.set(t, indicator.getValue()));
      }
      int resolved = Math.max(0, (int) view.getRound() - 1);
      BotView botView = new BotView(game, state.freeze(resolved), seat.get(),
          SeededRandom.stream(seed, (int) view.getRound(), "bot:" + seat.get().id()), last);
      List<String> out = new ArrayList<>();
      for (Move move : strategy.choose(botView)) {
        out.add(move.text());
      }
      return out;
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** A move from the list the server gave: its bare name, so every argument takes its default. */
  static List<String> fallback(MoveList moves, Random random) {
    if (moves == null || moves.getMovesCount() == 0) {
      return List.of("hold");
    }
    MoveOption option = moves.getMoves(random.nextInt(moves.getMovesCount()));
    return List.of(option.getToken());
  }
}
