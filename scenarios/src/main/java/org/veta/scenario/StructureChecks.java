package org.veta.scenario;

import org.veta.protocol.scenario.Scenario;

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
    checkTalkRules();
  }

  /** Phases a talk channel can be open in; RESOLUTION and ENDED have no one to talk. */
  static final java.util.List<String> TALK_PHASES =
      java.util.List.of("LOBBY", "BRIEFING", "TALKS", "ORDERS", "REPORT");

  void checkTalkRules() {
    for (int i = 0; i < scenario.getTalkRulesCount(); i++) {
      var rule = scenario.getTalkRules(i);
      FieldPath at = topElement(Scenario.TALK_RULES_FIELD_NUMBER, i);
      if (rule.getChannel() == org.veta.protocol.scenario.Channel.CHANNEL_UNSPECIFIED) {
        report(at, "talk rule " + (i + 1) + " names no channel (PUBLIC, PRIVATE or ROLE_GROUP)");
      }
      if (rule.getPhasesCount() == 0) {
        report(at, "talk rule " + (i + 1) + " opens its channel in no phase");
      }
      for (String phase : rule.getPhasesList()) {
        if (!TALK_PHASES.contains(phase)) {
          report(at, "talk rule " + (i + 1) + " names phase '" + phase + "'; talk phases: "
              + String.join(", ", TALK_PHASES));
        }
      }
    }
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
