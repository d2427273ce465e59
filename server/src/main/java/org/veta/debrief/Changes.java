package org.veta.debrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Indicator;

/**
 * The largest changes of a session: single effects (one mechanism, one seat's move, one reason)
 * and a round's net change of an indicator. Only shares count (values shown as percentages):
 * a gold price in dollars or a count of strike days is not comparable with them.
 */
public final class Changes {
  /** An indicator's change over one round, from its value before to after. */
  public record NetChange(int round, String key, String label, double before, double after,
      String shownBefore, String shownAfter) {
    public double size() {
      return Math.abs(after - before);
    }
  }

  /** An effect with the round it happened in. */
  public record Turn(int round, EffectView effect) {
    public double size() {
      return Math.abs(effect.getAfter() - effect.getBefore());
    }
  }

  private Changes() {}

  static boolean isShare(String shown) {
    return shown.endsWith("%");
  }

  /** The largest single effects of the session, largest first. */
  public static List<Turn> turningPoints(PlayedTable table, int limit) {
    List<Turn> all = new ArrayList<>();
    for (LogRound r : table.rounds()) {
      for (EffectView e : r.getEffectsList()) {
        if (isShare(e.getShownAfter()) && isShare(e.getShownBefore())
            && e.getAfter() != e.getBefore()) {
          all.add(new Turn(r.getRound(), e));
        }
      }
    }
    all.sort(Comparator.comparingDouble(Turn::size).reversed()
        .thenComparingInt(Turn::round));
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** A round's largest net changes of indicators, largest first. */
  public static List<NetChange> largest(PlayedTable table, int round, int limit) {
    List<NetChange> all = new ArrayList<>();
    table.round(round).ifPresent(r -> {
      for (Indicator i : r.getStateList()) {
        if (isShare(i.getShown()) && i.getValue() != i.getPrevious()
            && !i.getKey().startsWith("clause.")) {
          all.add(new NetChange(round, i.getKey(), i.getLabel(), i.getPrevious(), i.getValue(),
              table.shown(round - 1, i.getKey()), i.getShown()));
        }
      }
    });
    all.sort(Comparator.comparingDouble(NetChange::size).reversed());
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** The effects behind an indicator's change in a round, largest first. */
  public static List<EffectView> behind(PlayedTable table, int round, String key) {
    List<EffectView> effects = new ArrayList<>();
    table.round(round).ifPresent(r -> r.getEffectsList().stream()
        .filter(e -> e.getTarget().equals(key)).forEach(effects::add));
    effects.sort(Comparator.comparingDouble((EffectView e) -> Math.abs(e.getAfter() - e.getBefore()))
        .reversed());
    return effects;
  }
}
