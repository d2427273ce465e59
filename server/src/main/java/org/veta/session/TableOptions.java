package org.veta.session;

/**
 * How a table runs: phase lengths; which bot plays each seat nobody takes ("" = each seat's
 * scenario default, or e.g. "adaptive" or "fedemin=hardline,adaptive"); and whether the game
 * starts by itself once every seat is taken by a person.
 */
public record TableOptions(PhaseDurations durations, String bots, boolean startWhenFull) {
  public static final TableOptions DEFAULT = new TableOptions(PhaseDurations.DEFAULT, "", true);
}
