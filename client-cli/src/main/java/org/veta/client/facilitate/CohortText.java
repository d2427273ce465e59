package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.veta.client.render.Glyphs;
import org.veta.client.render.IndicatorText;
import org.veta.client.render.ReportText;
import org.veta.client.render.Text;
import org.veta.protocol.wire.Cohort;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.StageView;
import org.veta.protocol.wire.TableSummary;

/**
 * Every table of a scenario side by side, for the debrief: the stages each reached (against the
 * scenario's historical sequence), key indicators, scores, and each table's path in the study's
 * words. On a terminal, a grid of one column per table, in as many bands as the width needs.
 */
final class CohortText {
  private static final int CELL = 12;

  private CohortText() {}

  static List<String> plain(Cohort cohort, long now) {
    List<String> lines = new ArrayList<>();
    lines.add("COHORT " + cohort.getScenario() + " tables=" + cohort.getTablesCount());
    lines.add("HISTORY " + (cohort.getHistoricalStagesCount() == 0 ? "none" : String.join(" > ", cohort.getHistoricalStagesList())));
    for (CohortTable c : cohort.getTablesList()) {
      TableSummary t = c.getSummary();
      String label = OverviewText.label(t);
      lines.add(OverviewText.summaryLine(t, now));
      c.getStagesList().forEach(stage -> lines.add(label + " " + ReportText.stage(stage)));
      t.getIndicatorsList().forEach(i -> lines.add(OverviewText.indicatorLine(t, i)));
      c.getScoresList().forEach(s -> lines.add(label + " SCORE " + s.getSeat() + " " + Text.score(s.getScore())));
      if (!c.getPath().isEmpty()) {
        lines.add(label + " PATH " + c.getPath());
      }
    }
    return lines;
  }

  static List<String> screen(Cohort cohort, int width, Glyphs glyphs) {
    List<String> lines = new ArrayList<>();
    List<CohortTable> tables = cohort.getTablesList();
    lines.add(Text.fit("Compare " + cohort.getScenario() + ": " + tables.size() + (tables.size() == 1 ? " table" : " tables"),
        width, glyphs));
    if (cohort.getHistoricalStagesCount() > 0) {
      OverviewText.pack(lines, historicalSteps(cohort), " > ", width, glyphs);
    }
    if (tables.isEmpty()) {
      lines.add("No table of this scenario yet.");
      return lines;
    }
    List<Row> rows = rows(cohort);
    int labelWidth = Math.min(28, Math.max(14, width / 3));
    int perBand = Math.max(1, (width - labelWidth) / CELL);
    for (int from = 0; from < tables.size(); from += perBand) {
      List<CohortTable> band = tables.subList(from, Math.min(tables.size(), from + perBand));
      StringBuilder head = new StringBuilder(Text.padRight("", labelWidth));
      band.forEach(c -> head.append(Text.padRight("#" + c.getSummary().getNumber(), CELL)));
      lines.add(head.toString().stripTrailing());
      for (Row row : rows) {
        if (row.cells() == null) {
          lines.add(Text.fit(row.label(), width, glyphs));
          continue;
        }
        StringBuilder line = new StringBuilder(Text.padRight(Text.fit("  " + row.label(), labelWidth - 1, glyphs), labelWidth));
        band.forEach(c -> line.append(Text.padRight(Text.fit(row.cells().apply(c), CELL - 1, glyphs), CELL)));
        lines.add(line.toString().stripTrailing());
      }
    }
    lines.add("Paths:");
    for (CohortTable c : tables) {
      List<String> wrapped = Text.wrap("#" + c.getSummary().getNumber() + " "
          + (c.getPath().isEmpty() ? "(no path yet)" : c.getPath()), Math.max(20, width - 4));
      for (int i = 0; i < wrapped.size(); i++) {
        lines.add((i == 0 ? "  " : "     ") + wrapped.get(i));
      }
    }
    return lines;
  }

  /** A row of the grid: a heading (cells null) or a label and a cell per table. */
  private record Row(String label, Function<CohortTable, String> cells) {}

  private static List<Row> rows(Cohort cohort) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("where", c -> where(c.getSummary())));
    List<String> history = cohort.getHistoricalStagesList().stream().map(CohortText::stageName).toList();
    Set<String> stages = new LinkedHashSet<>(history);
    cohort.getTablesList().forEach(c -> c.getStagesList().forEach(s -> stages.add(s.getStage())));
    if (!stages.isEmpty()) {
      rows.add(new Row("stages reached (round); historical ones numbered", null));
      for (String stage : stages) {
        int historical = history.indexOf(stage);
        rows.add(new Row((historical >= 0 ? (historical + 1) + ". " : "") + stage,
            c -> stage(c, stage).map(s -> "r" + s.getRound()).orElse("-")));
      }
    }
    Map<String, String> indicators = new LinkedHashMap<>();
    cohort.getTablesList().forEach(c -> c.getSummary().getIndicatorsList()
        .forEach(i -> indicators.putIfAbsent(i.getKey(), i.getLabel().isEmpty() ? i.getKey() : i.getLabel())));
    if (!indicators.isEmpty()) {
      rows.add(new Row("key indicators", null));
      indicators.forEach((key, label) -> rows.add(new Row(label, c -> c.getSummary().getIndicatorsList().stream()
          .filter(i -> i.getKey().equals(key)).findFirst().map(IndicatorText::shown).orElse("-"))));
    }
    Set<String> seats = new LinkedHashSet<>();
    cohort.getTablesList().forEach(c -> c.getScoresList().forEach(s -> seats.add(s.getSeat())));
    if (!seats.isEmpty()) {
      rows.add(new Row("scores", null));
      seats.forEach(seat -> rows.add(new Row(seat, c -> c.getScoresList().stream()
          .filter(s -> s.getSeat().equals(seat)).findFirst().map(ScoreLine::getScore).map(Text::score).orElse("-"))));
    }
    return rows;
  }

  /** "historically: 1. PUBLIC_ENDORSEMENT (round 2)", "2. ROUNDTABLE (round 5)", ...: what the grid's numbers stand for. */
  private static List<String> historicalSteps(Cohort cohort) {
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < cohort.getHistoricalStagesCount(); i++) {
      steps.add((i == 0 ? "historically: " : "") + (i + 1) + ". " + cohort.getHistoricalStages(i));
    }
    return steps;
  }

  /**
   * The stage's name in a historical entry: the server writes them "ROUNDTABLE (round 5,
   * madre_de_dios)", tables reach them as "ROUNDTABLE".
   */
  static String stageName(String historical) {
    String text = historical.strip();
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '(') {
      end++;
    }
    return text.substring(0, end);
  }

  private static Optional<StageView> stage(CohortTable c, String stage) {
    return c.getStagesList().stream().filter(s -> s.getStage().equals(stage)).findFirst();
  }

  private static String where(TableSummary t) {
    if (t.getPhase() == Phase.LOBBY || t.getRound() == 0) {
      return "lobby";
    }
    return t.getPhase() == Phase.ENDED ? "ended r" + t.getRound() : t.getRound() + "/" + t.getRounds() + " " + t.getPhase().name();
  }
}
