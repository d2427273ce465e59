package org.veta.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veta.engine.Game;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.wire.Indicator;

/**
 * The indicators of a table's state as each seat sees them, built once per state. Every table view
 * carries them, and the state changes only when a round resolves or the facilitator injects an
 * event, while views are read many times a round: building them anew was a tenth of the server's
 * CPU under load. The same message objects also keep their serialized size, which protobuf would
 * otherwise work out again, string by string, for every view written. Runs on the table's executor.
 */
final class IndicatorCache {
  private final Game game;
  private PolicyState now;
  private PolicyState previous;
  private final Map<String, List<Indicator>> bySeat = new HashMap<>();

  IndicatorCache(Game game) {
    this.game = game;
  }

  /** The indicators seat sees (or {@link SeatViews#EVERYONE}), for this state after previous. */
  List<Indicator> of(PolicyState state, PolicyState before, String seat) {
    // States are immutable values: the same objects mean the same indicators.
    if (state != now || before != previous) {
      now = state;
      previous = before;
      bySeat.clear();
    }
    return bySeat.computeIfAbsent(seat, s -> List.copyOf(SeatViews.indicators(game, now, previous, s)));
  }
}
