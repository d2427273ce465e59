package org.veta.bot;

import java.util.List;
import java.util.Optional;

/** The bot strategies by name. */
public final class Strategies {
  private static final List<Strategy> ALL = List.of(new HistoricalStrategy(),
      new HardlineStrategy(), new ConciliatoryStrategy(), new RandomStrategy(),
      new AdaptiveStrategy());

  private Strategies() {}

  public static List<String> names() {
    return ALL.stream().map(Strategy::name).toList();
  }

  public static Optional<Strategy> byName(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
