package org.veta.client.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.veta.client.table.Position;
import org.veta.client.table.WaitTarget;
import org.veta.protocol.wire.Phase;

/** `wait phase PHASE | wait round N | wait end`: reading the target and saying it was reached. */
final class WaitTargets {
  static final List<String> PHASES =
      List.of("LOBBY", "BRIEFING", "TALKS", "ORDERS", "RESOLUTION", "REPORT", "ENDED");

  private WaitTargets() {}

  static Optional<WaitTarget> parse(List<String> args) {
    if (args.size() == 1 && args.get(0).equalsIgnoreCase("end")) {
      return Optional.of(new WaitTarget.EndTarget());
    }
    if (args.size() != 2) {
      return Optional.empty();
    }
    String value = args.get(1).toUpperCase(Locale.ROOT);
    switch (args.get(0).toLowerCase(Locale.ROOT)) {
      case "phase":
        return PHASES.contains(value) ? Optional.of(new WaitTarget.PhaseTarget(Phase.valueOf(value))) : Optional.empty();
      case "round":
        try {
          int round = Integer.parseInt(value);
          return round >= 0 ? Optional.of(new WaitTarget.RoundTarget(round)) : Optional.empty();
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      default:
        return Optional.empty();
    }
  }

  /** "REACHED phase ORDERS round 2", "REACHED round 3 phase BRIEFING", "REACHED end round 8". */
  static String reached(WaitTarget target, Position at) {
    if (target instanceof WaitTarget.PhaseTarget phase) {
      return at.phase() == phase.phase()
          ? "REACHED phase " + at.phase().name() + " round " + at.round()
          : "GAME OVER before phase " + phase.phase().name();
    }
    if (target instanceof WaitTarget.RoundTarget round) {
      return at.round() >= round.round()
          ? "REACHED round " + at.round() + " phase " + at.phase().name()
          : "GAME OVER before round " + round.round();
    }
    return "REACHED end round " + at.round();
  }
}
