package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.scenario.Fixtures.loader;
import static org.veta.scenario.Fixtures.located;
import static org.veta.scenario.Fixtures.validWith;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.protocol.scenario.Scenario;

/**
 * Each kind of semantic problem, made by changing one piece of the valid fixture and asserting the
 * exact line:column (1-based) of the problem in that fixture.
 */
class ScenarioValidatorTest {

  private static List<String> problemsAfter(String from, String to) {
    return located(loader().validate(validWith(from, to), "f"));
  }

  // ---- ranges, read from the (veta.scenario.range) options ----

  @Test
  void nestedCoefficientOutOfRange() {
    assertThat(problemsAfter("approval_gain: 0.1", "approval_gain: 0.9"))
        .containsExactly(
            "61:17: coefficients.forbearance.approval_gain is 0.9, but it must be between 0 and"
                + " 0.5");
  }

  @Test
  void regionValueOutOfRangeIsNamedByRegionId() {
    assertThat(problemsAfter("agricultural_trend: -0.05", "agricultural_trend: -0.5"))
        .containsExactly(
            "19:3: regions.north.agricultural_trend is -0.5, but it must be between -0.2 and 0.2");
  }

  @Test
  void explicitZeroIsCheckedThoughProto3CannotSeeIt() {
    assertThat(problemsAfter("months_per_round: 2", "months_per_round: 0"))
        .containsExactly("8:1: months_per_round is 0, but it must be between 1 and 24");
  }

  @Test
  void absentFieldWithoutMinimumIsNotChecked() {
    // months_per_round has min 1 but is optional: absent means "engine default", not 0.
    assertThat(problemsAfter("months_per_round: 2", "")).isEmpty();
  }

  @Test
  void notANumberIsOutOfEveryRange() {
    assertThat(problemsAfter("approval: 0.5", "approval: nan"))
        .containsExactly("36:3: seats.governor.approval is NaN, but it must be between 0 and 1");
  }

  // ---- required fields ----

  @Test
  void missingRequiredFieldsPointAtTheStart() {
    String text =
        validWith("id: \"testland\"", "")
            .replace("title: \"Testland, 2012\"", "")
            .replace("rounds: 6", "")
            .replace("max_moves_per_round: 2", "");

    assertThat(located(loader().validate(text, "f")))
        .containsExactly(
            "1:1: the scenario has no id (add a line such as id: \"peru\")",
            "1:1: the scenario has no title",
            "1:1: rounds is missing; a scenario needs at least 1 round",
            "1:1: max_moves_per_round is missing; each seat needs at least 1 move per round");
  }

  @Test
  void writtenZeroRoundsIsARangeProblemNotAMissingOne() {
    assertThat(problemsAfter("rounds: 6", "rounds: 0"))
        .containsExactly("7:1: rounds is 0, but it must be between 1 and 60");
  }

  @Test
  void everyRoleMustHaveASeat() {
    assertThat(problemsAfter("role: FEDERATION", "role: CENTRAL_STATE"))
        .containsExactly(
            "25:1: no seat has the role FEDERATION; every scenario needs at least one"
                + " CENTRAL_STATE, one REGIONAL_OFFICIAL and one FEDERATION seat",
            "41:3: seat 'fedemin' is a CENTRAL_STATE seat, so it must not have a region (it has"
                + " 'north')",
            // fedemin's history is now checked as a central state's moves.
            "71:36: history entry 1 (round 1, seat 'fedemin'): 'strike' is not a move a"
                + " CENTRAL_STATE seat can make");
  }

  @Test
  void unspecifiedRoleIsReported() {
    assertThat(problemsAfter("role: REGIONAL_OFFICIAL", "role: ROLE_UNSPECIFIED"))
        .containsExactly(
            "25:1: no seat has the role REGIONAL_OFFICIAL; every scenario needs at least one"
                + " CENTRAL_STATE, one REGIONAL_OFFICIAL and one FEDERATION seat",
            "34:3: seat 'governor' has no role; give it role: CENTRAL_STATE, REGIONAL_OFFICIAL or"
                + " FEDERATION");
  }

  @Test
  void absentFieldPointsAtItsEnclosingMessage() {
    assertThat(problemsAfter("  role: REGIONAL_OFFICIAL", ""))
        .contains(
            "32:1: seat 'governor' has no role; give it role: CENTRAL_STATE, REGIONAL_OFFICIAL or"
                + " FEDERATION");
  }

  @Test
  void atLeastOneRegion() {
    String regions =
        "regions {\n  id: \"north\"\n  name: \"North\"\n  mining_share_gdp: 0.4\n"
            + "  agricultural_trend: -0.05\n}\nregions {\n  id: \"south\"\n  name: \"South\"\n}";

    assertThat(problemsAfter(regions, "\n".repeat(9)))
        .contains(
            "1:1: the scenario has no regions; it needs at least one",
            "35:3: seat 'governor' names region 'north', which is not a region of this scenario"
                + " (regions: none)");
  }

  @Test
  void goldPriceMustBePositiveAndPresent() {
    assertThat(problemsAfter("[1600, 1650, 1700]", "[1600, 0, 1700]"))
        .containsExactly("63:20: gold price number 2 is 0, but every gold price must be above 0");
    assertThat(problemsAfter("gold_price: [1600, 1650, 1700]", "gold_price: []"))
        .containsExactly(
            "63:1: gold_price is empty; give the gold price in US$ per troy ounce, one value per"
                + " round");
    assertThat(problemsAfter("gold_price: [1600, 1650, 1700]", "gold_price: 1 gold_price: -2"))
        .containsExactly("63:15: gold price number 2 is -2, but every gold price must be above 0");
  }

  // ---- ids and references ----

  @Test
  void duplicateIds() {
    assertThat(problemsAfter("id: \"south\"", "id: \"north\""))
        .containsExactly("22:3: region id 'north' is used twice; region number 1 already has it");
    assertThat(problemsAfter("id: \"governor\"", "id: \"executive\""))
        .containsExactly("33:3: seat id 'executive' is used twice; seat number 1 already has it");
  }

  @Test
  void seatRegionMustExist() {
    assertThat(problemsAfter("region: \"north\"\n  approval", "region: \"nort\"\n  approval"))
        .containsExactly(
            "35:3: seat 'governor' names region 'nort', which is not a region of this scenario;"
                + " did you mean 'north'? (regions: north, south)");
  }

  @Test
  void regionalSeatMustHaveARegion() {
    assertThat(problemsAfter("  region: \"north\"\n  approval", "\n  approval"))
        .containsExactly(
            "32:1: seat 'governor' is a REGIONAL_OFFICIAL seat, so it must name its region"
                + " (regions: north, south)");
  }

  @Test
  void defaultBotMustBeKnown() {
    assertThat(problemsAfter("\"historical\"", "\"hardliner\""))
        .containsExactly(
            "29:3: seat 'executive' has default_bot 'hardliner', which is not a bot; did you mean"
                + " 'hardline'? (bots: historical, hardline, conciliatory, random, adaptive)");
  }

  // ---- clauses and utilities ----

  @Test
  void clauseMinBelowMaxAndInitialWithin() {
    assertThat(problemsAfter("initial: 6", "initial: 25"))
        .containsExactly(
            "58:3: clause 'deadline' starts at 25 (initial), outside its range 0 to 24");
    assertThat(problemsAfter("max: 24", "max: 0"))
        .contains("57:3: clause 'deadline' has min 0 and max 0, but min must be below max");
  }

  @Test
  void utilityNamesAMissingClause() {
    assertThat(
            problemsAfter(
                "clause: \"deadline\"\n      weight", "clause: \"dedline\"\n      weight"))
        .containsExactly(
            "44:7: seat 'fedemin' values clause 'dedline', which is missing from the law draft;"
                + " did you mean 'deadline'? (clauses: deadline)");
  }

  @Test
  void utilityWeightsMustAddUpToMoreThanZero() {
    assertThat(problemsAfter("weight: 1\n      points", "weight: 0\n      points"))
        .containsExactly(
            "42:3: seat 'fedemin': the weights of its utility profile add up to 0,"
                + " but at least one clause must weigh more than 0");
  }

  @Test
  void utilityPointsSortedAndWithinTheClause() {
    assertThat(problemsAfter("value: 24 utility", "value: 0 utility"))
        .containsExactly(
            "47:16: seat 'fedemin', clause 'deadline': utility points must be sorted by strictly"
                + " increasing value, but 0 comes after 0");
    assertThat(problemsAfter("value: 24 utility", "value: 30 utility"))
        .containsExactly(
            "47:16: seat 'fedemin', clause 'deadline': utility point value 30 is outside the"
                + " clause's range 0 to 24");
  }

  @Test
  void objectiveMetricIsCheckedByTheVocabulary() {
    assertThat(problemsAfter("\"national.central_legitimacy\"", "\"legitimacy\""))
        .containsExactly("30:16: seat 'executive', objective 1: unknown metric 'legitimacy'");
    assertThat(problemsAfter("metric: \"national.central_legitimacy\" ", ""))
        .containsExactly("30:3: seat 'executive', objective 1 has no metric");
  }

  // ---- rounds ----

  @Test
  void roundsMustNotPassTheLastRound() {
    assertThat(problemsAfter("election_rounds: [4]", "election_rounds: [4, 9]"))
        .containsExactly(
            "64:22: an election is held in round 9, but the scenario has only 6 rounds");
    assertThat(problemsAfter("round: 2\n  title", "round: 9\n  title"))
        .containsExactly(
            "67:3: event 'decree' happens in round 9, but the scenario has only 6 rounds");
    assertThat(problemsAfter("history { round: 1", "history { round: 9"))
        .containsExactly(
            "71:11: history entry 1 (seat 'fedemin') is in round 9, but the scenario has"
                + " only 6 rounds");
    assertThat(problemsAfter("round: 2 region", "round: 9 region"))
        .containsExactly(
            "72:43: historical stage MOBILIZATION is in round 9, but the scenario has only 6"
                + " rounds");
  }

  // ---- history, events, stages, legislature ----

  @Test
  void historySeatMustExist() {
    assertThat(problemsAfter("seat: \"fedemin\"", "seat: \"fedemn\""))
        .containsExactly(
            "71:20: seat 'fedemn' in history is not a seat of this scenario"
                + " (seats: executive, governor, fedemin); did you mean 'fedemin'?");
  }

  @Test
  void historyMoveIsCheckedForTheSeatsRole() {
    assertThat(problemsAfter("\"strike scale=1 days=3\"", "\"decree interdiction\""))
        .containsExactly(
            "71:36: history entry 1 (round 1, seat 'fedemin'): 'decree' is not a move a FEDERATION"
                + " seat can make");
  }

  @Test
  void eventMoveIsACentralStateMove() {
    assertThat(problemsAfter("\"decree interdiction\"", "\"strike scale=1\""))
        .containsExactly(
            "69:3: event 'decree': 'strike' is not a move a CENTRAL_STATE seat can make");
  }

  @Test
  void historicalStageMustBeAStageOfTheStudy() {
    assertThat(problemsAfter("\"MOBILIZATION\"", "\"MOBILISATION\""))
        .containsExactly(
            "72:21: 'MOBILISATION' is not a stage of the study; did you mean 'MOBILIZATION'?"
                + " (stages: ECONOMIC_DEPENDENCE, MOBILIZATION, FORBEARANCE, PRESSURE_GROUP,"
                + " PUBLIC_ENDORSEMENT, NATIONAL_LOBBYING, RAN_FOR_OFFICE, WON_OFFICE,"
                + " DIRECT_NEGOTIATION, POLICY_CONCESSION)");
    assertThat(problemsAfter("region: \"north\" }", "region: \"west\" }"))
        .containsExactly(
            "72:52: historical stage MOBILIZATION names region 'west', which is not a region of"
                + " this scenario (regions: north, south)");
  }

  @Test
  void legislatureNamesExistingClausesWithinRange() {
    assertThat(problemsAfter("revisions { clause: \"deadline\"", "revisions { clause: \"royalty\""))
        .containsExactly(
            "74:15: the legislature revises clause 'royalty', which is missing from the law draft"
                + " (clauses: deadline)");
    assertThat(problemsAfter("value: 12", "value: 36"))
        .containsExactly(
            "74:34: the legislature revises clause 'deadline' to 36, outside its range 0 to 24");
    assertThat(
            problemsAfter(
                "executive_reserved: \"deadline\"",
                "executive_reserved: [\"deadline\", \"royalty\"]"))
        .containsExactly(
            "75:36: the executive reserves clause 'royalty', which is missing from the law draft"
                + " (clauses: deadline)");
  }

  // ---- without text ----

  @Test
  void scenarioBuiltInCodeIsPlacedAtTheStartOfItsSource() {
    List<Problem> problems =
        new ScenarioValidator(ScenarioVocabulary.PERMISSIVE)
            .validate(Scenario.newBuilder().setPoliticalIncorporation(2).build(), "code");

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("code");
              assertThat(p.line()).isEqualTo(1);
            });
    assertThat(problems)
        .extracting(Problem::message)
        .contains("political_incorporation is 2, but it must be between 0 and 1");
  }
}
