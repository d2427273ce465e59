package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veta.scenario.Fixtures.loader;
import static org.veta.scenario.Fixtures.valid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;

class ScenarioOverridesTest {

  private static Scenario base() throws ScenarioException {
    return loader().parse(valid(), "valid", List.of()).scenario();
  }

  private static Scenario apply(String... assignments) throws ScenarioException {
    return ScenarioOverrides.apply(base(), List.of(assignments));
  }

  private static List<String> problems(String... assignments) throws ScenarioException {
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> apply(assignments));
    assertThat(e).as("overrides %s fail", List.of(assignments)).isNotNull();
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("--set");
              assertThat(p.line()).isZero();
              assertThat(p.column()).isZero();
            });
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void topLevelAndNestedScalars() throws ScenarioException {
    Scenario s =
        apply(
            "political_incorporation=0.9",
            "coefficients.forbearance.approval_gain=0",
            "national.state_coherence=0.4",
            "rounds=8",
            "title=Another title");

    assertThat(s.getPoliticalIncorporation()).isEqualTo(0.9);
    assertThat(s.getCoefficients().getForbearance().getApprovalGain()).isZero();
    assertThat(s.getNational().getStateCoherence()).isEqualTo(0.4);
    assertThat(s.getNational().getRegulationStringency()).isEqualTo(0.6);
    assertThat(s.getRounds()).isEqualTo(8);
    assertThat(s.getTitle()).isEqualTo("Another title");
  }

  @Test
  void fieldsOfMessagesNotInTheFileAreCreated() throws ScenarioException {
    assertThat(
            apply("coefficients.lobbying.tilt_gain=0.2")
                .getCoefficients()
                .getLobbying()
                .getTiltGain())
        .isEqualTo(0.2);
  }

  @Test
  void repeatedElementsByIdOrIndex() throws ScenarioException {
    Scenario s =
        apply(
            "regions.north.mining_share_gdp=0.05",
            "seats.fedemin.alignment=0.9",
            "regions.1.name=Sur",
            "seats.fedemin.utility.clauses.0.points.1.utility=0.8");

    assertThat(s.getRegions(0).getMiningShareGdp()).isEqualTo(0.05);
    assertThat(s.getRegions(1).getName()).isEqualTo("Sur");
    assertThat(s.getSeats(2).getAlignment()).isEqualTo(0.9);
    assertThat(s.getSeats(2).getUtility().getClauses(0).getPoints(1).getUtility()).isEqualTo(0.8);
  }

  @Test
  void repeatedScalarsTakeACommaListThatReplacesThem() throws ScenarioException {
    Scenario s =
        apply("gold_price=1200,1300", "election_rounds=3, 5", "legislature.executive_reserved=");

    assertThat(s.getGoldPriceList()).containsExactly(1200.0, 1300.0);
    assertThat(s.getElectionRoundsList()).containsExactly(3, 5);
    assertThat(s.getLegislature().getExecutiveReservedList()).isEmpty();
  }

  @Test
  void enumsByNameAndBools() throws ScenarioException {
    Scenario s =
        apply(
            "seats.governor.role=FEDERATION", "seats.executive.objectives.0.lower_is_better=true");

    assertThat(s.getSeats(1).getRole()).isEqualTo(Role.FEDERATION);
    assertThat(s.getSeats(0).getObjectives(0).getLowerIsBetter()).isTrue();
  }

  @Test
  void unknownFieldIsReportedWithASuggestion() throws ScenarioException {
    assertThat(problems("politcal_incorporation=0.9"))
        .containsExactly(
            "--set politcal_incorporation=0.9: unknown field 'politcal_incorporation';"
                + " did you mean 'political_incorporation'?");
    assertThat(problems("coefficients.forbearance.aproval_gain=0.1"))
        .containsExactly(
            "--set coefficients.forbearance.aproval_gain=0.1: unknown field 'aproval_gain' in"
                + " coefficients.forbearance; did you mean 'approval_gain'?");
  }

  @Test
  void badValuesAreReported() throws ScenarioException {
    assertThat(problems("political_incorporation=abc"))
        .containsExactly("--set political_incorporation=abc: 'abc' is not a number");
    assertThat(problems("rounds=6.5"))
        .containsExactly("--set rounds=6.5: '6.5' is not a whole number");
    assertThat(problems("seats.executive.objectives.0.lower_is_better=yes"))
        .containsExactly(
            "--set seats.executive.objectives.0.lower_is_better=yes: 'yes' is not true or false");
    assertThat(problems("seats.governor.role=FEDERATON"))
        .containsExactly(
            "--set seats.governor.role=FEDERATON: 'FEDERATON' is not a role; did you mean"
                + " 'FEDERATION'? (roles: CENTRAL_STATE, REGIONAL_OFFICIAL, FEDERATION)");
    assertThat(problems("gold_price=1200,x"))
        .containsExactly("--set gold_price=1200,x: 'x' is not a number");
  }

  @Test
  void badPathsAreReported() throws ScenarioException {
    assertThat(problems("regions.x.name=y"))
        .containsExactly("--set regions.x.name=y: no region with id 'x' (regions: north, south)");
    assertThat(problems("regions.7.name=y"))
        .containsExactly(
            "--set regions.7.name=y: regions has no element 7; it has 2 (numbered from 0)");
    assertThat(problems("national=0.4"))
        .singleElement()
        .asString()
        .startsWith(
            "--set national=0.4: national is a group of settings, not a value; name one of them:");
    assertThat(problems("rounds.x=1"))
        .containsExactly("--set rounds.x=1: rounds is a single setting; it has no part 'x'");
    assertThat(problems("rounds"))
        .containsExactly(
            "--set rounds: expected key=value, for example political_incorporation=0.9");
  }

  @Test
  void everyBadAssignmentIsReported() throws ScenarioException {
    assertThat(problems("rounds=x", "political_incorporation=0.5", "nope=1")).hasSize(2);
  }

  @Test
  void overrideOutOfRangeIsBlamedOnTheAssignment() {
    List<Problem> problems =
        loader().validate(valid(), "valid", List.of("political_incorporation=1.5"));

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "--set:0:0: --set political_incorporation=1.5: political_incorporation must be between"
                + " 0 and 1");
  }

  @Test
  void overrideOfAFieldAbsentFromTheFileIsStillChecked() {
    assertThat(loader().validate(valid(), "valid", List.of("seats.governor.alignment=2")))
        .extracting(Problem::message)
        .containsExactly(
            "--set seats.governor.alignment=2: seats.governor.alignment must be between 0 and 1");
  }

  @Test
  void overrideIsValidatedLikeTheFile() {
    assertThat(
            loader()
                .validate(
                    valid(),
                    "valid",
                    List.of("seats.governor.region=west", "gold_price=1200,0", "rounds=3")))
        .extracting(Problem::message)
        .containsExactly(
            "--set seats.governor.region=west: seat 'governor' names region 'west', which is not a"
                + " region of this scenario (regions: north, south)",
            "--set gold_price=1200,0: gold price number 2 is 0, but every gold price must be above"
                + " 0",
            // The election in round 4 is in the file; the rounds came from --set.
            "an election is held in round 4, but the scenario has only 3 rounds");
  }

  @Test
  void parseAppliesOverridesBeforeValidation() throws ScenarioException {
    // rounds: 6 in the file would make the history in round 1 fine either way; 0 is not.
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> loader().parse(valid(), "valid", List.of("rounds=0")));
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly("--set rounds=0: rounds must be between 1 and 60");

    LoadedScenario loaded = Fixtures.loader().parse(valid(), "valid", List.of("rounds=12"));
    assertThat(loaded.scenario().getRounds()).isEqualTo(12);
    assertThat(loaded.text()).isEqualTo(valid());
  }
}
