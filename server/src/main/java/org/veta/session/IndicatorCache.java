package org.veta.session;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veta.engine.Game;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.Target;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.TableView;

/**
 * The indicators of a table's state as each seat sees them, built once per state. Every table view
 * carries them, and the state changes only when a round resolves or the facilitator injects an
 * event, while views are read many times a round: building them anew was a tenth of the server's
 * CPU under load. The same message objects also keep their serialized size, which protobuf would
 * otherwise work out again, string by string, for every view written.
 *
 * <p>Seats share the message objects of the indicators they all see (national, regional, the law's
 * clauses) and differ only in their own seat variables: eight copies of every indicator per table
 * were a fifth of a loaded server's heap. Runs on the table's executor.
 */
final class IndicatorCache {
  private final Game game;
  private PolicyState now;
  private PolicyState previous;
  /** Every indicator of the state, as the facilitator sees them. */
  private List<Indicator> all = List.of();
  /** For each of all: the seat whose own variable it is, or null for one every seat sees. */
  private final List<String> ownedBy = new ArrayList<>();
  private final Map<String, List<Indicator>> bySeat = new HashMap<>();
  /** Each of all, serialized as a TableView's field 10 (tag, length, bytes); made when asked. */
  private byte[][] framed;
  private final Map<String, byte[]> sections = new HashMap<>();

  IndicatorCache(Game game) {
    this.game = game;
    for (Target t : PolicyState.targets(game.layout())) {
      ownedBy.add(t instanceof Target.OfSeat s ? s.seat() : null);
    }
  }

  /** The indicators seat sees (or {@link SeatViews#EVERYONE}), for this state after previous. */
  List<Indicator> of(PolicyState state, PolicyState before, String seat) {
    // States are immutable values: the same objects mean the same indicators.
    if (state != now || before != previous) {
      now = state;
      previous = before;
      all = List.copyOf(SeatViews.indicators(game, now, previous, SeatViews.EVERYONE));
      bySeat.clear();
      framed = null;
      sections.clear();
    }
    if (SeatViews.EVERYONE.equals(seat)) {
      return all;
    }
    return bySeat.computeIfAbsent(seat, this::seenBy);
  }

  /**
   * The indicators seat sees as they go into a TableView's bytes: each shared indicator is
   * encoded once per state, however many seats and views carry it.
   */
  byte[] section(PolicyState state, PolicyState before, String seat) {
    of(state, before, seat); // brings the cache to this state
    return sections.computeIfAbsent(seat, this::frame);
  }

  private byte[] frame(String seat) {
    if (framed == null) {
      framed = new byte[all.size()][];
      for (int i = 0; i < all.size(); i++) {
        framed[i] = framed(all.get(i));
      }
    }
    int size = 0;
    for (int i = 0; i < all.size(); i++) {
      if (sees(seat, i)) {
        size += framed[i].length;
      }
    }
    byte[] section = new byte[size];
    int at = 0;
    for (int i = 0; i < all.size(); i++) {
      if (sees(seat, i)) {
        System.arraycopy(framed[i], 0, section, at, framed[i].length);
        at += framed[i].length;
      }
    }
    return section;
  }

  private boolean sees(String seat, int i) {
    String owner = ownedBy.get(i);
    return owner == null || SeatViews.EVERYONE.equals(seat) || owner.equals(seat);
  }

  private static byte[] framed(Indicator indicator) {
    byte[] bytes = new byte[CodedOutputStream.computeMessageSize(INDICATORS, indicator)];
    try {
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeMessage(INDICATORS, indicator);
      out.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new UncheckedIOException("an indicator did not fit its size", e);
    }
    return bytes;
  }

  private static final int INDICATORS = TableView.INDICATORS_FIELD_NUMBER;

  private List<Indicator> seenBy(String seat) {
    List<Indicator> seen = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (sees(seat, i)) {
        seen.add(all.get(i));
      }
    }
    return List.copyOf(seen);
  }
}
