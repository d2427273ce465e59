package org.veta.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.wire.StageView;

/**
 * The stages this table reached beside the study's recorded sequence (the scenario's
 * historical_stages): per stage, the round of each and how they differ; per round, what each
 * reached.
 */
public final class HistoricalPath {
  /** One stage: when the study recorded it and when this table first reached it. */
  public record Row(String stage, Optional<HistoricalStage> study, Optional<StageView> table) {
    /** "as in the study", "2 rounds earlier", "not reached", ... */
    public String verdict() {
      if (study.isPresent() && table.isPresent()) {
        int d = table.get().getRound() - study.get().getRound();
        return d == 0 ? "as in the study" : Math.abs(d) + (Math.abs(d) == 1 ? " round " : " rounds ")
            + (d < 0 ? "earlier" : "later");
      } else if (study.isPresent()) {
        return "not reached";
      } else if (table.isPresent()) {
        return "reached; not in the study's path";
      }
      return "\u2014";
    }

    /** The kind of verdict, for styling: same, earlier, later, missed, extra, none. */
    public String kind() {
      if (study.isPresent() && table.isPresent()) {
        int d = table.get().getRound() - study.get().getRound();
        return d == 0 ? "same" : d < 0 ? "earlier" : "later";
      }
      return study.isPresent() ? "missed" : table.isPresent() ? "extra" : "none";
    }
  }

  private HistoricalPath() {}

  public static List<Row> rows(PlayedTable table) {
    List<Row> rows = new ArrayList<>();
    List<StageView> reached = table.stagesReached();
    for (String stage : Stages.inOrder()) {
      Optional<HistoricalStage> study = table.scenario().getHistoricalStagesList().stream()
          .filter(h -> h.getStage().equals(stage)).findFirst();
      Optional<StageView> played = reached.stream().filter(s -> s.getStage().equals(stage))
          .findFirst();
      rows.add(new Row(stage, study, played));
    }
    return rows;
  }

  /** The study's stages recorded for a round. */
  public static List<HistoricalStage> study(PlayedTable table, int round) {
    return table.scenario().getHistoricalStagesList().stream()
        .filter(h -> h.getRound() == round).toList();
  }

  /** The stages this table first reached in a round. */
  public static List<StageView> played(PlayedTable table, int round) {
    return table.stagesReached().stream().filter(s -> s.getRound() == round).toList();
  }

  /** How many of the study's stages the table reached, and how many in the same round or earlier. */
  public static String summary(PlayedTable table) {
    int inStudy = 0;
    int reached = 0;
    int onTime = 0;
    for (Row row : rows(table)) {
      if (row.study().isPresent()) {
        inStudy++;
        if (row.table().isPresent()) {
          reached++;
          if (row.table().get().getRound() <= row.study().get().getRound()) {
            onTime++;
          }
        }
      }
    }
    if (inStudy == 0) {
      return "The scenario records no historical path to compare with.";
    }
    return "This table reached " + reached + " of the study's " + inStudy + " stages, " + onTime
        + " of them no later than history did.";
  }
}
