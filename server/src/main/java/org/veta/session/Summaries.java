package org.veta.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.veta.engine.Game;
import org.veta.engine.score.Scorer;
import org.veta.engine.stage.Stage;
import org.veta.engine.stage.StageReached;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.OmniView;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.SeatStatus;
import org.veta.protocol.wire.TableSummary;

/**
 * What the facilitator sees of a table: its line in the overview, the omniscient view, and its
 * column in a cohort comparison. Built on the table's executor.
 */
final class Summaries {
  /** Shown when a scenario names no key indicators of its own. */
  static final List<String> DEFAULT_KEYS = List.of("national.miners_momentum",
      "national.central_legitimacy", "national.formalization_rate");

  private Summaries() {}

  static TableSummary summary(Table table) {
    RoundCycle cycle = table.cycle();
    Game game = table.game();
    TableSummary.Builder s = TableSummary.newBuilder().setNumber(table.number())
        .setTableId(table.id()).setJoinCode(table.joinCode()).setScenario(game.scenario().getId())
        .setRound(cycle.round()).setRounds(game.rounds()).setPhase(cycle.phase())
        .setDeadlineUnixMs(cycle.deadlineMs()).setPaused(cycle.paused())
        .setRemainingMs(cycle.paused() ? cycle.remainingMs() : 0)
        .setDeadlinePolicy(cycle.policy()).addAllPhaseSeconds(cycle.durations().describe())
        .setLogFile(table.logFile().toString())
        .setGraceSeconds((int) table.grace().length().toSeconds())
        .setRevision(table.nextSummaryRevision());
    for (SeatSlot slot : table.seats().values()) {
      s.addSeats(SeatStatus.newBuilder().setSeat(slot.seat.id())
          .setRole(SeatViews.role(slot.seat.role())).setPlayer(slot.player)
          .setOccupant(slot.occupant()).setSubmitted(slot.submitted).setReady(slot.ready)
          .setGraceLeftMs(table.grace().leftMs(slot)));
    }
    List<String> keys = game.scenario().getKeyIndicatorsList().isEmpty() ? DEFAULT_KEYS
        : game.scenario().getKeyIndicatorsList();
    List<Indicator> all = cycle.indicators(SeatViews.EVERYONE);
    for (String key : keys) {
      all.stream().filter(i -> i.getKey().equals(key)).findFirst().ifPresent(s::addIndicators);
    }
    for (StageReached r : cycle.stagesReached()) {
      s.addStages(r.stage().name());
    }
    return s.build();
  }

  static OmniView omniscient(Table table) {
    RoundCycle cycle = table.cycle();
    Game game = table.game();
    boolean privateToo = table.facilitatorReadsPrivate();
    OmniView.Builder omni = OmniView.newBuilder().setSummary(summary(table))
        .setPrivateTalkVisible(privateToo).addAllTalk(table.talks().forFacilitator())
        .setEarlierTalkNotKept(table.talks().earlierNotKeptForFacilitator())
        .addAllScores(scores(table));
    omni.setTable(cycle.view(null));
    table.deals().omniscient(omni, privateToo);
    return omni.build();
  }

  static List<ScoreLine> scores(Table table) {
    Game game = table.game();
    var now = table.cycle().state();
    var scores = Scorer.scores(game, now);
    return table.seats().values().stream().map(slot -> ScoreLine.newBuilder()
        .setSeat(slot.seat.id()).setName(slot.seat.name()).setPlayer(slot.player)
        .setScore(scores.get(slot.seat.id()))
        .setLawUtility(slot.seat.utility().isEmpty() ? 0 : slot.seat.utility().of(now::clause))
        .build()).toList();
  }

  static CohortTable cohort(Table table) {
    CohortTable.Builder c = CohortTable.newBuilder().setSummary(summary(table))
        .addAllScores(scores(table));
    Set<Stage> reached = EnumSet.noneOf(Stage.class);
    for (StageReached r : table.cycle().stagesReached()) {
      c.addStages(SeatViews.stage(r));
      reached.add(r.stage());
    }
    return c.setPath(path(reached)).build();
  }

  /** The table's way, in the study's terms: which of the two paths its miners took. */
  static String path(Set<Stage> reached) {
    boolean office = reached.contains(Stage.RAN_FOR_OFFICE) || reached.contains(Stage.WON_OFFICE);
    boolean centre = reached.contains(Stage.NATIONAL_LOBBYING);
    String way;
    if (office && centre) {
      way = "both ways: the miners lobbied the centre and ran for regional office";
    } else if (office) {
      way = "the Peruvian way: excluded from the centre, the miners ran for regional office";
    } else if (centre) {
      way = "the Bolivian way: incorporated miners lobbied the centre"
          + (reached.contains(Stage.DIRECT_NEGOTIATION) ? " and negotiated directly" : "");
    } else if (reached.contains(Stage.FORBEARANCE) || reached.contains(Stage.PRESSURE_GROUP)) {
      way = "regional activation only: forbearance and pressure, no path to the centre yet";
    } else {
      way = "no political activation (as in La Libertad or Cochabamba)";
    }
    return reached.contains(Stage.POLICY_CONCESSION) ? way + "; the policy was conceded" : way;
  }
}
