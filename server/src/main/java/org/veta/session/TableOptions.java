package org.veta.session;

/**
 * How a table runs: phase lengths; which bot plays each seat nobody takes ("" = each seat's
 * scenario default, or e.g. "adaptive" or "fedemin=hardline,adaptive"); whether the game starts by
 * itself once every seat is taken by a person; and whether it starts as soon as one person has
 * joined (a local game against bots).
 */
public record TableOptions(PhaseDurations durations, String bots, boolean startWhenFull,
    boolean startOnFirstJoin) {
  public static final TableOptions DEFAULT = new TableOptions(PhaseDurations.DEFAULT, "", true, false);

  public TableOptions withDurations(PhaseDurations d) {
    return new TableOptions(d, bots, startWhenFull, startOnFirstJoin);
  }

  public TableOptions withBots(String b) {
    return new TableOptions(durations, b, startWhenFull, startOnFirstJoin);
  }

  public TableOptions startingOnFirstJoin() {
    return new TableOptions(durations, bots, startWhenFull, true);
  }
}
