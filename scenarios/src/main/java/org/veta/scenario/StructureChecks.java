package org.veta.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.ClauseValue;
import org.veta.protocol.scenario.HistoricalMove;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.scenario.LegislatureRevision;
import org.veta.protocol.scenario.Objective;
import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.scenario.UtilityPoint;
import org.veta.protocol.scenario.UtilityProfile;

/** The scenario as a whole: required fields, regions, ids, the gold price, election rounds. */
final class StructureChecks extends ScenarioChecks {
  StructureChecks(ScenarioChecks shared) {
    super(shared);
  }

  @Override
  void check() {
    checkFoundations();
    checkTimeline();
  }

  /** Required fields and regions: checked first, as everything else refers to them. */
  void checkFoundations() {
    checkRequired();
    checkRegions();
  }

  /** The gold price path and the election rounds. */
  void checkTimeline() {
    checkGoldPrice();
    checkElectionRounds();
  }

  void checkRequired() {
    if (scenario.getId().isEmpty()) {
      report(
          top(Scenario.ID_FIELD_NUMBER),
          "the scenario has no id (add a line such as id: \"peru\")");
    }
    if (scenario.getTitle().isEmpty()) {
      report(top(Scenario.TITLE_FIELD_NUMBER), "the scenario has no title");
    }
    // A written 0 is out of range, and RangeCheck says so; here only the absent ones.
    FieldPath rounds = top(Scenario.ROUNDS_FIELD_NUMBER);
    if (scenario.getRounds() < 1 && !locator.written(rounds)) {
      report(rounds, "rounds is missing; a scenario needs at least 1 round");
    }
    FieldPath moves = top(Scenario.MAX_MOVES_PER_ROUND_FIELD_NUMBER);
    if (scenario.getMaxMovesPerRound() < 1 && !locator.written(moves)) {
      report(moves, "max_moves_per_round is missing; each seat needs at least 1 move per round");
    }
  }

  void checkRegions() {
    if (scenario.getRegionsCount() == 0) {
      report(
          top(Scenario.REGIONS_FIELD_NUMBER),
          "the scenario has no regions; it needs at least one");
    }
    checkIds(Scenario.REGIONS_FIELD_NUMBER, scenario.getRegionsList(), "region");
  }

  /** Every element has an id, and no two share one. */



  void checkGoldPrice() {
    if (scenario.getGoldPriceCount() == 0) {
      report(
          top(Scenario.GOLD_PRICE_FIELD_NUMBER),
          "gold_price is empty; give the gold price in US$ per troy ounce, one value per round");
    }
    for (int i = 0; i < scenario.getGoldPriceCount(); i++) {
      double price = scenario.getGoldPrice(i);
      if (!(price > 0)) {
        report(
            element(FieldPath.root(), scenario, Scenario.GOLD_PRICE_FIELD_NUMBER, i),
            "gold price number %d is %s, but every gold price must be above 0"
                .formatted(i + 1, Words.number(price)));
      }
    }
  }

  void checkElectionRounds() {
    for (int i = 0; i < scenario.getElectionRoundsCount(); i++) {
      int round = scenario.getElectionRounds(i);
      FieldPath at =
          element(FieldPath.root(), scenario, Scenario.ELECTION_ROUNDS_FIELD_NUMBER, i);
      if (round < 1) {
        report(
            at, "election round %d is not a round; rounds are numbered from 1".formatted(round));
      } else {
        checkRound(at, round, "an election is held in round");
      }
    }
  }

  /** A round after the last cannot happen; not checked when rounds itself is wrong. */
}
