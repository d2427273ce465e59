package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.wire.StageView;

/** The stages reached beside the study's historical path, by stage and round by round. */
final class PathSection {
  private PathSection() {}

  static Doc.Block build(PlayedTable t, String suffix) {
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(2, "The historical path: this table beside the study", ""));
    Set<String> reached = new LinkedHashSet<>();
    t.stagesReached().forEach(s -> reached.add(s.getStage()));
    Set<String> historical = new LinkedHashSet<>();
    t.scenario().getHistoricalStagesList().forEach(h -> historical.add(h.getStage()));
    blocks.add(new Doc.Para(HistoricalPath.summary(t)));
    blocks.add(new Doc.Para("This table took " + Stages.way(reached) + "."
        + (historical.isEmpty() ? "" : " History took " + Stages.way(historical) + "."), "way"));
    StageChart ladder = new StageChart("chart-stages" + suffix, "The study's sequence: "
        + "the study and this table, round by round", t.roundsTotal());
    if (!historical.isEmpty()) {
      ladder.add(new StageChart.Path("The study", StageChart.study(t), true));
    }
    ladder.add(new StageChart.Path("This table", StageChart.played(t), false));
    blocks.add(new Doc.Ladder(ladder, "Each stage of the study's sequence and the round it was "
        + "first reached: left of the study's square, this table got there sooner."));
    Doc.Rows stages = new Doc.Rows();
    for (HistoricalPath.Row row : HistoricalPath.rows(t)) {
      String study = row.study().map(h -> "round " + h.getRound() + period(t, h.getRound())
          + (h.getRegion().isBlank() ? "" : ", " + Words.region(t.scenario(), h.getRegion())))
          .orElse("\u2014");
      String played = row.table().map(s -> "round " + s.getRound()
          + (s.getRegion().isBlank() ? "" : ", " + Words.region(t.scenario(), s.getRegion()))
          + (s.getSeat().isBlank() ? "" : " (" + s.getSeat() + ")")).orElse("not reached");
      stages.add(Doc.Cell.of(Stages.title(row.stage()), "stage"),
          Doc.Cell.of(Stages.meaning(row.stage())), Doc.Cell.of(study),
          Doc.Cell.of(row.study().map(HistoricalStage::getNote).orElse("")),
          Doc.Cell.of(played), Doc.Cell.of(row.verdict(), "verdict " + row.kind()));
    }
    blocks.add(new Doc.Heading(3, "Stage by stage", ""));
    blocks.add(Doc.grid("stages" + suffix, "stages", List.of("Stage", "What it means",
        "The study", "The study's note", "This table", "Compared"), stages));
    Doc.Rows rounds = new Doc.Rows();
    for (int r = 1; r <= t.roundsTotal(); r++) {
      List<String> study = new ArrayList<>();
      for (HistoricalStage h : HistoricalPath.study(t, r)) {
        study.add(Stages.title(h.getStage()) + (h.getNote().isBlank() ? "" : " \u2014 " + h.getNote()));
      }
      List<String> played = new ArrayList<>();
      for (StageView s : HistoricalPath.played(t, r)) {
        played.add(Stages.title(s.getStage()));
      }
      if (r > t.roundsPlayed()) {
        played = List.of("not played");
      }
      rounds.add(Doc.Cell.of(Integer.toString(r), "round"), Doc.Cell.of(t.period(r), "period"),
          Doc.Cell.lines(study, "study"), Doc.Cell.lines(played, "played"));
    }
    blocks.add(new Doc.Heading(3, "Round by round", ""));
    blocks.add(Doc.grid("historical-rounds" + suffix, "historical-rounds",
        List.of("Round", "Period", "The study", "This table"), rounds));
    return new Doc.Group("section", "historical-path" + suffix, "historical-path", blocks);
  }

  private static String period(PlayedTable t, int round) {
    String p = t.period(round);
    return p.isEmpty() ? "" : " (" + p + ")";
  }
}
