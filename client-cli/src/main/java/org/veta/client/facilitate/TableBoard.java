package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.ScenarioInfo;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableSummary;

/**
 * What the console knows of the server's tables: the latest summary of each (from overviews,
 * watch answers, cohorts and the table_changed events), the tables it watches, and the scenarios
 * (for completion). Answers and events are folded in on the inbound thread, in the order the
 * server sent them; the shell reads from its own thread, hence synchronized. Listeners hear
 * every new summary, outside the lock.
 */
final class TableBoard {
  private final Map<String, TableSummary> tables = new LinkedHashMap<>();
  private final Set<String> watched = new LinkedHashSet<>();
  private List<ScenarioInfo> scenarios = List.of();
  private final List<Consumer<TableSummary>> listeners = new CopyOnWriteArrayList<>();

  /** Folds in whatever the message says about tables; ignores the rest. */
  void learn(ServerMessage message) {
    List<TableSummary> fresh = new ArrayList<>();
    switch (message.getBodyCase()) {
      case TABLES -> fresh.addAll(message.getTables().getTablesList());
      case TABLE_CHANGED -> fresh.add(message.getTableChanged());
      case OMNI -> fresh.add(message.getOmni().getSummary());
      case COHORT -> message.getCohort().getTablesList().stream().map(CohortTable::getSummary).forEach(fresh::add);
      case SCENARIOS -> {
        synchronized (this) {
          scenarios = List.copyOf(message.getScenarios().getScenariosList());
        }
      }
      default -> { }
    }
    fresh.removeIf(s -> s.getTableId().isEmpty());
    if (fresh.isEmpty()) {
      return;
    }
    synchronized (this) {
      // An overview gathered from several tables can be older than a table_changed that overtook it.
      fresh.removeIf(s -> older(s, tables.get(s.getTableId())));
      fresh.forEach(s -> tables.put(s.getTableId(), s));
    }
    fresh.forEach(s -> listeners.forEach(l -> l.accept(s)));
  }

  private static boolean older(TableSummary candidate, TableSummary known) {
    return known != null && candidate.getRevision() < known.getRevision();
  }

  /** The newest summary of each of these tables: the board's, where it has a newer one. */
  synchronized List<TableSummary> newest(List<TableSummary> summaries) {
    return summaries.stream().map(s -> {
      TableSummary known = tables.get(s.getTableId());
      return known != null && older(s, known) ? known : s;
    }).toList();
  }

  /** The table a person means by ref: its number, its id, or its join code (case and dashes aside). */
  synchronized Optional<TableSummary> find(String ref) {
    return tables.values().stream().filter(s -> matches(s, ref)).findFirst();
  }

  static boolean matches(TableSummary table, String ref) {
    String r = ref.strip();
    if (r.equals(Integer.toString(table.getNumber())) || r.equals(table.getTableId())) {
      return true;
    }
    return !table.getJoinCode().isEmpty() && code(r).equals(code(table.getJoinCode()));
  }

  private static String code(String text) {
    return text.replace("-", "").toUpperCase(Locale.ROOT);
  }

  synchronized List<TableSummary> all() {
    return tables.values().stream().sorted(Comparator.comparingInt(TableSummary::getNumber)).toList();
  }

  /** "T2" for the events of table 2; the id itself if its number is not known yet. */
  synchronized String label(String tableId) {
    TableSummary table = tables.get(tableId);
    return table != null && table.getNumber() > 0 ? "T" + table.getNumber() : "T" + tableId;
  }

  synchronized void watching(String tableId, boolean on) {
    if (on) {
      watched.add(tableId);
    } else {
      watched.remove(tableId);
    }
  }

  /** The ids of the tables this console watches, in the order it began. */
  synchronized List<String> watched() {
    return List.copyOf(watched);
  }

  synchronized List<ScenarioInfo> scenarios() {
    return scenarios;
  }

  void listen(Consumer<TableSummary> listener) {
    listeners.add(listener);
  }

  void unlisten(Consumer<TableSummary> listener) {
    listeners.remove(listener);
  }
}
