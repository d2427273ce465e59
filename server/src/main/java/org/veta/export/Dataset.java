package org.veta.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veta.debrief.PlayedTable;

/**
 * A session log as tables for researchers: every table has fixed columns, the same in the CSV
 * files and in the JSON Lines objects (where a "type" field says which table a line belongs to).
 * Every row starts with table_id, so the exports of several sessions can be stacked.
 */
public final class Dataset {
  /** One table: its CSV file name, its JSON Lines type, its columns and rows. */
  public record Table(String file, String type, List<String> columns,
      List<Map<String, Object>> rows) {}

  private final List<Table> tables;

  private Dataset(List<Table> tables) {
    this.tables = tables;
  }

  public static Dataset of(List<PlayedTable> played, boolean pseudonymize) {
    Pseudonyms names = pseudonymize ? Pseudonyms.of(played) : Pseudonyms.none();
    List<Table> tables = new ArrayList<>();
    Rows rows = new Rows(names);
    tables.add(table("session", "session", Rows.SESSION, played, rows::session));
    tables.add(table("seats", "seat", Rows.SEATS, played, rows::seats));
    tables.add(table("indicators", "indicator", Rows.INDICATORS, played, rows::indicators));
    tables.add(table("rounds", "round", roundColumns(played), played, rows::rounds));
    tables.add(table("moves", "move", Rows.MOVES, played, rows::moves));
    tables.add(table("refusals", "refusal", Rows.REFUSALS, played, rows::refusals));
    tables.add(table("effects", "effect", Rows.EFFECTS, played, rows::effects));
    tables.add(table("notes", "note", Rows.NOTES, played, rows::notes));
    tables.add(table("stages", "stage", Rows.STAGES, played, rows::stages));
    tables.add(table("events", "event", Rows.EVENTS, played, rows::events));
    tables.add(table("talk", "talk", Rows.TALK, played, rows::talk));
    tables.add(table("proposals", "proposal", Rows.PROPOSALS, played, rows::proposals));
    tables.add(table("agreements", "agreement", Rows.AGREEMENTS, played, rows::agreements));
    tables.add(table("breaches", "breach", Rows.BREACHES, played, rows::breaches));
    tables.add(table("scores", "score", Rows.SCORES, played, rows::scores));
    tables.add(table("scorecard", "scorecard", Rows.SCORECARD, played, rows::scorecard));
    tables.add(table("facilitator", "facilitator", Rows.FACILITATOR, played, rows::facilitator));
    return new Dataset(List.copyOf(tables));
  }

  public List<Table> tables() {
    return tables;
  }

  /** Every row of every table as one JSON object per line, with its type first. */
  public List<String> jsonLines() {
    List<String> lines = new ArrayList<>();
    for (Table t : tables) {
      for (Map<String, Object> row : t.rows()) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", t.type());
        for (String column : t.columns()) {
          object.put(column, row.get(column));
        }
        lines.add(JsonLines.object(object));
      }
    }
    return lines;
  }

  /** The table as an RFC 4180 CSV file's text. */
  public static String csv(Table table) {
    return Csv.table(table.columns(), table.rows());
  }

  private interface RowSource {
    void add(PlayedTable table, List<Map<String, Object>> into);
  }

  private static Table table(String file, String type, List<String> columns,
      List<PlayedTable> played, RowSource source) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlayedTable t : played) {
      source.add(t, rows);
    }
    return new Table(file, type, columns, rows);
  }

  /** table_id, round, period, then one column per indicator key, in the logs' order. */
  private static List<String> roundColumns(List<PlayedTable> played) {
    Set<String> keys = new LinkedHashSet<>();
    played.forEach(t -> keys.addAll(t.indicators().keySet()));
    List<String> columns = new ArrayList<>(List.of("table_id", "round", "period"));
    columns.addAll(keys);
    return columns;
  }
}
