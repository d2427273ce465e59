package org.veta.client.facilitate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.veta.client.facilitate.WaitGoal.Progress;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.TableSummary;

/**
 * One `wait` in progress: the tables it is about, each with its latest summary, and whether the
 * goal is reached at all of them, pending, or out of reach at one. It starts from an overview
 * (so a goal already reached answers at once) and then takes summaries as the server sends them.
 * `all` means the tables that had not ended when the wait began: one that ended earlier cannot
 * take part in a phase, and would fail every wait but `end`.
 */
final class Waiting {
  enum Status { PENDING, REACHED, FAILED }

  /** Where the wait stands, and the line to print once it is no longer pending. */
  record Verdict(Status status, String line) {}

  private final WaitSpec spec;
  private final Map<String, TableSummary> tables = new LinkedHashMap<>();

  private Waiting(WaitSpec spec) {
    this.spec = spec;
  }

  /** @throws NoSuchElementException with a sentence, when the table named is not in the overview */
  static Waiting start(WaitSpec spec, List<TableSummary> overview) {
    Waiting waiting = new Waiting(spec);
    if (spec.allTables()) {
      overview.stream().filter(t -> t.getPhase() != Phase.ENDED || spec.goal() instanceof WaitGoal.EndGoal)
          .forEach(t -> waiting.tables.put(t.getTableId(), t));
      return waiting;
    }
    TableSummary table = overview.stream().filter(t -> TableBoard.matches(t, spec.table())).findFirst()
        .orElseThrow(() -> new NoSuchElementException("There is no table \"" + spec.table() + "\""
            + (overview.isEmpty() ? "; the server has no tables yet." : " (tables: " + overview.stream()
                .map(t -> Integer.toString(t.getNumber())).collect(Collectors.joining(", ")) + ").")));
    waiting.tables.put(table.getTableId(), table);
    return waiting;
  }

  /** A new summary; those of other tables are ignored. */
  synchronized Verdict offer(TableSummary summary) {
    tables.computeIfPresent(summary.getTableId(), (id, old) -> summary);
    return verdict();
  }

  synchronized Verdict verdict() {
    WaitGoal goal = spec.goal();
    for (TableSummary t : tables.values()) {
      if (goal.check(t) == Progress.MISSED) {
        return new Verdict(Status.FAILED, missed(t));
      }
    }
    if (tables.values().stream().anyMatch(t -> goal.check(t) == Progress.PENDING)) {
      return new Verdict(Status.PENDING, "");
    }
    if (spec.allTables()) {
      return new Verdict(Status.REACHED, "REACHED all " + goal.describe() + " (" + tables.size()
          + (tables.size() == 1 ? " table)" : " tables)"));
    }
    TableSummary t = tables.values().iterator().next();
    return new Verdict(Status.REACHED, "REACHED " + t.getNumber() + " " + goal.reachedAt(t));
  }

  /** "TIMEOUT 2 phase ORDERS after 30s": what a wait that gave up prints. */
  String timedOut(String after) {
    return "TIMEOUT " + (spec.allTables() ? "all" : Integer.toString(tables.values().iterator().next().getNumber()))
        + " " + spec.goal().describe() + " after " + after;
  }

  private String missed(TableSummary t) {
    if (t.getPhase() == Phase.ENDED) {
      return "GAME OVER " + t.getNumber() + " before " + spec.goal().describe();
    }
    return "MISSED " + t.getNumber() + " " + spec.goal().describe() + ": the table is at round " + t.getRound()
        + " phase " + t.getPhase().name();
  }
}
