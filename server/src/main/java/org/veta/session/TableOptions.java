package org.veta.session;

import org.veta.protocol.wire.DeadlinePolicy;

/**
 * How a table runs: phase lengths; which bot plays each seat nobody takes ("" = each seat's
 * scenario default, or e.g. "adaptive" or "fedemin=hardline,adaptive"); whether the game starts by
 * itself once every seat is taken by a person; whether it starts as soon as one person has
 * joined (a local game against bots); and what a seat without orders does at the ORDERS deadline
 * (unspecified: the scenario's default).
 */
public record TableOptions(PhaseDurations durations, String bots, boolean startWhenFull,
    boolean startOnFirstJoin, DeadlinePolicy deadlinePolicy) {
  public static final TableOptions DEFAULT = new TableOptions(PhaseDurations.DEFAULT, "", true,
      false, DeadlinePolicy.DEADLINE_POLICY_UNSPECIFIED);

  public TableOptions withDurations(PhaseDurations d) {
    return new TableOptions(d, bots, startWhenFull, startOnFirstJoin, deadlinePolicy);
  }

  public TableOptions withBots(String b) {
    return new TableOptions(durations, b, startWhenFull, startOnFirstJoin, deadlinePolicy);
  }

  public TableOptions startingOnFirstJoin() {
    return new TableOptions(durations, bots, startWhenFull, true, deadlinePolicy);
  }

  public TableOptions withDeadlinePolicy(DeadlinePolicy policy) {
    return new TableOptions(durations, bots, startWhenFull, startOnFirstJoin, policy);
  }
}
