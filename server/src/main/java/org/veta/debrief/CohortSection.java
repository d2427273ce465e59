package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.StageView;

/**
 * Several tables of one scenario side by side: which way each went, when each reached each stage
 * (beside the study), where the key indicators ended, and the scores.
 */
final class CohortSection {
  private CohortSection() {}

  static Doc.Block build(List<PlayedTable> tables) {
    List<Doc.Block> blocks = new ArrayList<>();
    PlayedTable first = tables.get(0);
    blocks.add(new Doc.Heading(2, "The cohort: " + tables.size() + " tables of "
        + first.scenario().getId(), ""));
    Set<String> versions = new LinkedHashSet<>();
    tables.forEach(t -> versions.add(t.header().getScenarioSha256() + " "
        + String.join(",", t.header().getOverridesList())));
    if (versions.size() > 1) {
      blocks.add(new Doc.Note("info", "These tables did not all play the same version or settings "
          + "of the scenario (see each table's header); compare them with care."));
    }
    List<String> header = new ArrayList<>(List.of(""));
    for (int i = 0; i < tables.size(); i++) {
      header.add("Table " + (i + 1));
    }
    Doc.Rows who = new Doc.Rows();
    who.add(row("Table id", tables, PlayedTable::tableId));
    who.add(row("Seed", tables, t -> Long.toString(t.header().getSeed())));
    who.add(row("People", tables, t -> {
      Set<String> people = t.seating().participants();
      return people.isEmpty() ? "bots only" : String.join(", ", people);
    }));
    who.add(row("Rounds", tables, t -> t.roundsPlayed() + " of " + t.roundsTotal()
        + (t.ended() ? "" : " (not finished)")));
    who.add(row("Way", tables, t -> Stages.wayShort(reached(t))));
    who.add(row("Agreements", tables, t -> Integer.toString(t.negotiation().agreements().size())));
    who.add(row("Broken promises", tables, t -> Integer.toString(t.negotiation().breaches().size())));
    blocks.add(Doc.grid("cohort-tables", "cohort", header, who));
    List<String> ways = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      ways.add("Table " + (i + 1) + ": " + Stages.way(reached(tables.get(i))) + ".");
    }
    blocks.add(new Doc.Bullets(ways));

    List<String> stageHeader = new ArrayList<>(List.of("Stage", "The study"));
    stageHeader.addAll(header.subList(1, header.size()));
    Doc.Rows stages = new Doc.Rows();
    for (String stage : Stages.inOrder()) {
      List<Doc.Cell> row = new ArrayList<>();
      row.add(Doc.Cell.of(Stages.title(stage), "stage"));
      int study = first.scenario().getHistoricalStagesList().stream()
          .filter(h -> h.getStage().equals(stage)).mapToInt(HistoricalStage::getRound)
          .findFirst().orElse(0);
      row.add(Doc.Cell.of(study == 0 ? "\u2014" : "round " + study, "study"));
      for (PlayedTable t : tables) {
        int r = t.stagesReached().stream().filter(s -> s.getStage().equals(stage))
            .mapToInt(StageView::getRound).findFirst().orElse(0);
        String css = r == 0 ? (study == 0 ? "" : "missed") : study == 0 ? "extra"
            : r == study ? "same" : r < study ? "earlier" : "later";
        row.add(Doc.Cell.of(r == 0 ? "\u2014" : "round " + r, "verdict " + css));
      }
      stages.add(row.toArray(new Doc.Cell[0]));
    }
    blocks.add(new Doc.Heading(3, "Stages reached, beside the study", ""));
    StageChart ladder = new StageChart("chart-cohort-stages", "The study's sequence: the study "
        + "and every table, round by round", first.roundsTotal());
    if (first.scenario().getHistoricalStagesCount() > 0) {
      ladder.add(new StageChart.Path("The study", StageChart.study(first), true));
    }
    for (int i = 0; i < tables.size(); i++) {
      ladder.add(new StageChart.Path("Table " + (i + 1), StageChart.played(tables.get(i)), false));
    }
    blocks.add(new Doc.Ladder(ladder, "Each table's path through the study's stages beside the "
        + "study's own."));
    blocks.add(Doc.grid("cohort-stages", "cohort-stages", stageHeader, stages));

    Doc.Rows ends = new Doc.Rows();
    List<String> keys = Charts.keyIndicators(first);
    for (String key : keys) {
      List<Doc.Cell> row = new ArrayList<>();
      row.add(Doc.Cell.of(Timeline.capital(first.label(key))));
      for (PlayedTable t : tables) {
        double start = t.value(0, key);
        double end = t.value(t.roundsPlayed(), key);
        row.add(Doc.Cell.of(t.shown(t.roundsPlayed(), key) + " (" + Numbers.points(end - start)
            + ")", "number"));
      }
      ends.add(row.toArray(new Doc.Cell[0]));
    }
    for (Seat seat : first.scenario().getSeatsList()) {
      List<Doc.Cell> row = new ArrayList<>();
      row.add(Doc.Cell.of("Score of " + seat.getId()));
      for (PlayedTable t : tables) {
        ScoreLine line = t.scorecard().flatMap(c -> c.getLinesList().stream()
            .filter(l -> l.getSeat().equals(seat.getId())).findFirst())
            .orElse(t.scores(t.roundsPlayed()).get(seat.getId()));
        row.add(Doc.Cell.of(line == null ? "\u2013" : Numbers.score(line.getScore()), "number"));
      }
      ends.add(row.toArray(new Doc.Cell[0]));
    }
    blocks.add(new Doc.Heading(3, "Where the tables ended", ""));
    blocks.add(new Doc.Para("Key indicators after the last round played (change since the "
        + "start), and each seat's final score."));
    blocks.add(Doc.grid("cohort-ends", "cohort-ends", header, ends));
    blocks.add(new Doc.Heading(3, "Key indicators, table by table", ""));
    for (String key : keys) {
      blocks.add(new Doc.Figure(Charts.cohort(tables, key, Timeline.capital(first.label(key))
          + ", table by table"), Timeline.capital(first.label(key))));
    }
    return new Doc.Group("section", "cohort", "cohort", blocks);
  }

  private static Set<String> reached(PlayedTable t) {
    Set<String> reached = new LinkedHashSet<>();
    t.stagesReached().forEach(s -> reached.add(s.getStage()));
    return reached;
  }

  private static Doc.Cell[] row(String title, List<PlayedTable> tables,
      java.util.function.Function<PlayedTable, String> value) {
    List<Doc.Cell> row = new ArrayList<>();
    row.add(Doc.Cell.of(title, "row-title"));
    tables.forEach(t -> row.add(Doc.Cell.of(value.apply(t))));
    return row.toArray(new Doc.Cell[0]);
  }
}
