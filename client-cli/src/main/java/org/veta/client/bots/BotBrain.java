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
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.TableView;
import org.veta.protocol.wire.YourSeat;

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

  /** Keys and seat ids are the same few strings at every table: each bot need not hold its own. */
  private static final java.util.concurrent.ConcurrentMap<String, String> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int NAMES_KEPT = 10_000;

  /**
   * What a bot keeps of a table view until its next read: the round, phase and deadline, its
   * seat, the seats' ids, and the indicators' keys and values; all its choices read (the
   * strategies, a clause to propose, a seat to talk to). A whole view is about 28 KB of labels,
   * shown values, news and the briefing: 8,000 bots each holding theirs made every young
   * collection of the load tool copy some 200 MB of survivors, pauses of 250 to 370 ms that the
   * tool counted as the server's latency.
   */
  static TableView kept(TableView full) {
    TableView.Builder kept = TableView.newBuilder().setTableId(full.getTableId())
        .setScenarioId(full.getScenarioId()).setRound(full.getRound()).setRounds(full.getRounds())
        .setPhase(full.getPhase()).setDeadlineUnixMs(full.getDeadlineUnixMs())
        .setPaused(full.getPaused()).setLastSeq(full.getLastSeq());
    if (full.hasYou()) {
      kept.setYou(YourSeat.newBuilder().setSeat(name(full.getYou().getSeat())));
    }
    for (SeatView seat : full.getSeatsList()) {
      kept.addSeats(SeatView.newBuilder().setId(name(seat.getId())));
    }
    for (Indicator indicator : full.getIndicatorsList()) {
      kept.addIndicators(Indicator.newBuilder().setKey(name(indicator.getKey()))
          .setValue(indicator.getValue()));
    }
    return kept.build();
  }

  private static String name(String text) {
    String known = NAMES.get(text);
    if (known != null) {
      return known;
    }
    if (NAMES.size() >= NAMES_KEPT) {
      return text; // a server that makes up names without end gets no help from this map
    }
    String first = NAMES.putIfAbsent(text, text);
    return first == null ? text : first;
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
