package org.veta.client.facilitate;

import java.time.Duration;
import java.util.Optional;

/** `wait TABLE|all GOAL [--timeout DURATION]`: table is as typed, or "all". */
record WaitSpec(String table, WaitGoal goal, Optional<Duration> timeout) {
  boolean allTables() {
    return table.equalsIgnoreCase("all");
  }
}
