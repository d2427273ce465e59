package org.veta.scenario;

import org.veta.protocol.scenario.HistoricalMove;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;

/** The scenario's path: events, the historical moves and the recorded stages. */
final class HistoryChecks extends ScenarioChecks {
  HistoryChecks(ScenarioChecks shared) {
    super(shared);
  }

  @Override
  void check() {
    checkEvents();
    checkHistory();
    checkStages();
  }

  void checkEvents() {
    checkIds(Scenario.EVENTS_FIELD_NUMBER, scenario.getEventsList(), "event");
    for (int i = 0; i < scenario.getEventsCount(); i++) {
      ScheduledEvent event = scenario.getEvents(i);
      FieldPath at = topElement(Scenario.EVENTS_FIELD_NUMBER, i);
      String name = "event '" + FieldPath.label(event, i) + "'";
      checkRound(
          field(at, event, ScheduledEvent.ROUND_FIELD_NUMBER),
          event.getRound(),
          name + " happens in round");
      if (!event.getMove().isEmpty()) {
        // An event's move is made by the centre: the decree, the interdiction, the deadline.
        vocabulary
            .checkMove(scenario, Role.CENTRAL_STATE, event.getMove())
            .ifPresent(
                error ->
                    report(
                        field(at, event, ScheduledEvent.MOVE_FIELD_NUMBER), name + ": " + error));
      }
      for (int k = 0; k < event.getShocksCount(); k++) {
        var shock = event.getShocks(k);
        FieldPath shockAt = element(at, event, ScheduledEvent.SHOCKS_FIELD_NUMBER, k);
        vocabulary
            .checkIndicator(scenario, shock.getTarget())
            .ifPresent(
                error ->
                    report(
                        field(shockAt, shock, org.veta.protocol.scenario.Shock.TARGET_FIELD_NUMBER),
                        name + ": " + error));
      }
    }
    for (int i = 0; i < scenario.getKeyIndicatorsCount(); i++) {
      String key = scenario.getKeyIndicators(i);
      FieldPath at = element(FieldPath.root(), scenario, Scenario.KEY_INDICATORS_FIELD_NUMBER, i);
      vocabulary.checkIndicator(scenario, key).ifPresent(error -> report(at, "key indicator: " + error));
    }
  }

  void checkHistory() {
    for (int i = 0; i < scenario.getHistoryCount(); i++) {
      HistoricalMove move = scenario.getHistory(i);
      FieldPath at = topElement(Scenario.HISTORY_FIELD_NUMBER, i);
      String entry = "history entry " + (i + 1);
      checkRound(
          field(at, move, HistoricalMove.ROUND_FIELD_NUMBER),
          move.getRound(),
          "%s (seat '%s') is in round".formatted(entry, move.getSeat()));
      FieldPath seatPath = field(at, move, HistoricalMove.SEAT_FIELD_NUMBER);
      Seat seat = seats.get(move.getSeat());
      if (move.getSeat().isEmpty()) {
        report(
            seatPath,
            "%s names no seat (seats: %s)".formatted(entry, Words.list(seats.keySet())));
      } else if (seat == null) {
        report(
            seatPath,
            "seat '%s' in history is not a seat of this scenario (seats: %s)%s"
                .formatted(
                    move.getSeat(),
                    Words.list(seats.keySet()),
                    Words.didYouMean(move.getSeat(), seats.keySet())));
      }
      FieldPath movePath = field(at, move, HistoricalMove.MOVE_FIELD_NUMBER);
      String which = "%s (round %d, seat '%s')".formatted(entry, move.getRound(), move.getSeat());
      if (move.getMove().isEmpty()) {
        report(movePath, which + " has no move");
      } else if (seat != null) {
        // The historical bot will play it as this seat, so it must be this role's move.
        vocabulary
            .checkMove(scenario, seat.getRole(), move.getMove())
            .ifPresent(error -> report(movePath, which + ": " + error));
      }
    }
  }

  void checkStages() {
    for (int i = 0; i < scenario.getHistoricalStagesCount(); i++) {
      HistoricalStage stage = scenario.getHistoricalStages(i);
      FieldPath at = topElement(Scenario.HISTORICAL_STAGES_FIELD_NUMBER, i);
      String name =
          "historical stage "
              + (stage.getStage().isEmpty() ? "number " + (i + 1) : stage.getStage());
      FieldPath stagePath = field(at, stage, HistoricalStage.STAGE_FIELD_NUMBER);
      if (stage.getStage().isEmpty()) {
        report(
            stagePath,
            "%s does not say which stage it is (stages: %s)".formatted(name, Words.list(ScenarioValidator.STAGES)));
      } else if (!ScenarioValidator.STAGES.contains(stage.getStage())) {
        report(
            stagePath,
            "'%s' is not a stage of the study%s (stages: %s)"
                .formatted(
                    stage.getStage(),
                    Words.didYouMean(stage.getStage(), ScenarioValidator.STAGES),
                    Words.list(ScenarioValidator.STAGES)));
      }
      checkRound(
          field(at, stage, HistoricalStage.ROUND_FIELD_NUMBER),
          stage.getRound(),
          name + " is in round");
      if (!stage.getRegion().isEmpty()) {
        checkRegionName(
            field(at, stage, HistoricalStage.REGION_FIELD_NUMBER),
            stage.getRegion(),
            name + " names region");
      }
    }
  }
}
