package org.veta.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veta.bot.Strategies;
import org.veta.bot.Strategy;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;

/**
 * Which strategy plays each seat, from `--bots STRATEGY` (every seat) or
 * `--bots seat=STRATEGY,...` (named seats; the others play their scenario default, else
 * historical). Both forms mix: `--bots adaptive,fedemin=hardline`.
 */
public final class BotAssignment {
  private final String everyone;
  private final Map<String, String> bySeat;

  private BotAssignment(String everyone, Map<String, String> bySeat) {
    this.everyone = everyone;
    this.bySeat = bySeat;
  }

  public static BotAssignment parse(String spec) {
    String everyone = null;
    Map<String, String> bySeat = new LinkedHashMap<>();
    if (spec != null && !spec.isBlank()) {
      for (String part : spec.split(",")) {
        String p = part.trim();
        int eq = p.indexOf('=');
        if (eq < 0) {
          everyone = requireStrategy(p);
        } else {
          bySeat.put(p.substring(0, eq).trim(), requireStrategy(p.substring(eq + 1).trim()));
        }
      }
    }
    return new BotAssignment(everyone, bySeat);
  }

  private static String requireStrategy(String name) {
    if (Strategies.byName(name).isEmpty()) {
      throw new IllegalArgumentException("unknown bot strategy '" + name + "'; strategies: "
          + String.join(", ", Strategies.names()));
    }
    return name;
  }

  /** Checks that every named seat exists in the game. */
  public BotAssignment checkedAgainst(Game game) {
    for (String seat : bySeat.keySet()) {
      if (game.seat(seat).isEmpty()) {
        throw new IllegalArgumentException("--bots names seat '" + seat + "', which is not in "
            + "this scenario; seats: " + String.join(", ", game.layout().seats()));
      }
    }
    return this;
  }

  public Strategy strategyFor(SeatInfo seat) {
    String name = bySeat.getOrDefault(seat.id(), everyone);
    if (name == null) {
      name = seat.definition().getDefaultBot().isBlank() ? "historical"
          : seat.definition().getDefaultBot();
    }
    return Strategies.byName(name).orElseThrow();
  }

  public Map<String, String> describe(Game game) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SeatInfo seat : game.seats()) {
      out.put(seat.id(), strategyFor(seat).name());
    }
    return out;
  }
}
