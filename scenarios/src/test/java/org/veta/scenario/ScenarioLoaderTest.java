package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veta.scenario.Fixtures.VALID_SOURCE;
import static org.veta.scenario.Fixtures.loader;
import static org.veta.scenario.Fixtures.located;
import static org.veta.scenario.Fixtures.valid;
import static org.veta.scenario.Fixtures.validWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.scenario.Role;

class ScenarioLoaderTest {

  @Test
  void validScenarioHasNoProblems() throws ScenarioException {
    assertThat(loader().validate(valid(), VALID_SOURCE)).isEmpty();

    LoadedScenario loaded = loader().parse(valid(), VALID_SOURCE, List.of());

    assertThat(loaded.scenario().getId()).isEqualTo("testland");
    assertThat(loaded.scenario().getSeatsList())
        .extracting(s -> s.getRole())
        .containsExactly(Role.CENTRAL_STATE, Role.REGIONAL_OFFICIAL, Role.FEDERATION);
    assertThat(loaded.scenario().getGoldPriceList()).containsExactly(1600.0, 1650.0, 1700.0);
    assertThat(loaded.source()).isEqualTo(VALID_SOURCE);
    assertThat(loaded.text()).isEqualTo(valid());
  }

  @Test
  void permissiveVocabularyAcceptsAnyMoveAndMetric() {
    ScenarioLoader permissive =
        new ScenarioLoader(
            ScenarioCatalog.fromClasspath("/test-scenarios"), ScenarioVocabulary.PERMISSIVE);
    String odd = validWith("move: \"decree interdiction\"", "move: \"anything at all\"");

    assertThat(permissive.validate(odd, "x")).isEmpty();
    assertThat(loader().validate(odd, "x")).isNotEmpty();
  }

  @Test
  void sha256IsOfTheExactText() throws ScenarioException {
    LoadedScenario loaded = loader().parse("# a comment\n" + valid(), VALID_SOURCE, List.of());

    assertThat(loaded.sha256Hex()).hasSize(64).matches("[0-9a-f]+");
    assertThat(loaded.sha256Hex()).isEqualTo(LoadedScenario.sha256Hex("# a comment\n" + valid()));
    assertThat(LoadedScenario.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void syntaxErrorIsOneProblemAtItsPlace() {
    List<Problem> problems = loader().validate(validWith("rounds: 6", "rounds 6"), "f.textproto");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString()).isEqualTo("f.textproto:7:8: expected ':'");
  }

  @Test
  void badNumberIsASyntaxError() {
    assertThat(located(loader().validate(validWith("rounds: 6", "rounds: 6.5"), "f")))
        .containsExactly("7:9: '6.5' is not a whole number");
    assertThat(located(loader().validate(validWith("approval: 0.5", "approval: high"), "f")))
        .containsExactly("36:13: 'high' is not a number");
  }

  @Test
  void unknownEnumValueListsTheRoles() {
    assertThat(located(loader().validate(validWith("role: FEDERATION", "role: FEDERATON"), "f")))
        .containsExactly(
            "40:9: 'FEDERATON' is not a role; did you mean 'FEDERATION'?"
                + " (roles: CENTRAL_STATE, REGIONAL_OFFICIAL, FEDERATION)");
  }

  @Test
  void everyUnknownFieldIsReportedWithASuggestion() {
    String text =
        validWith("political_incorporation", "politcal_incorporation")
            .replace("state_coherence", "state_coherense")
            .replace("unit: \"months\"", "unitz: \"months\"");

    assertThat(located(loader().validate(text, "f")))
        .containsExactly(
            "9:1: unknown field 'politcal_incorporation'; did you mean 'political_incorporation'?",
            "13:3: unknown field 'state_coherense'; did you mean 'state_coherence'?",
            "55:3: unknown field 'unitz'; did you mean 'unit'?");
  }

  @Test
  void fieldWrittenTwiceIsReported() {
    assertThat(located(loader().validate(validWith("start_year: 2012", "rounds: 6"), "f")))
        .containsExactly("7:7: rounds is given twice; it takes one value");
  }

  @Test
  void manyProblemsInOneFileAreAllReportedInFileOrder() {
    List<Problem> problems =
        loader().validate(Fixtures.resource("/fixtures/many-problems.textproto"), "many.textproto");

    assertThat(located(problems))
        .containsExactly(
            "5:1: max_moves_per_round is 9, but it must be between 1 and 6",
            "6:1: political_incorporation is 1.5, but it must be between 0 and 1",
            "7:23: regions.north.conflict is 2, but it must be between 0 and 1",
            "8:11: region id 'north' is used twice; region number 1 already has it",
            "10:48: seat 'governor' names region 'nowhere', which is not a region of this scenario"
                + " (regions: north)",
            "11:56: seat 'fedemin' has default_bot 'smart', which is not a bot"
                + " (bots: historical, hardline, conciliatory, random, adaptive)",
            "12:32: clause 'royalty' has min 5 and max 1, but min must be below max",
            "13:20: gold price number 2 is -1, but every gold price must be above 0",
            "14:1: an election is held in round 7, but the scenario has only 4 rounds",
            "15:20: seat 'fedemn' in history is not a seat of this scenario"
                + " (seats: executive, governor, fedemin); did you mean 'fedemin'?",
            "16:21: 'WON' is not a stage of the study (stages: ECONOMIC_DEPENDENCE, MOBILIZATION,"
                + " FORBEARANCE, PRESSURE_GROUP, PUBLIC_ENDORSEMENT, NATIONAL_LOBBYING,"
                + " RAN_FOR_OFFICE, WON_OFFICE, DIRECT_NEGOTIATION, POLICY_CONCESSION)");
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("many.textproto"));
  }

  @Test
  void parseThrowsWithEveryProblem() {
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () ->
                loader()
                    .parse(
                        Fixtures.resource("/fixtures/many-problems.textproto"), "many", List.of()));

    assertThat(e.problems()).hasSize(11);
    assertThat(e.getMessage().lines())
        .hasSize(11)
        .first()
        .isEqualTo("many:5:1: max_moves_per_round is 9, but it must be between 1 and 6");
  }

  @Test
  void loadsACatalogNameAsABuiltIn() throws ScenarioException {
    LoadedScenario loaded = loader().load("beta", List.of());

    assertThat(loaded.scenario().getId()).isEqualTo("beta");
    assertThat(loaded.source()).isEqualTo("builtin:beta");
    assertThat(loaded.text()).isEqualTo(Fixtures.resource("/test-scenarios/beta.textproto"));
  }

  @Test
  void loadsAFilePathWhenNoScenarioHasThatName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.textproto");
    Files.writeString(file, valid(), StandardCharsets.UTF_8);

    LoadedScenario loaded = loader().load(file.toString(), List.of("rounds=8"));

    assertThat(loaded.source()).isEqualTo(file.toString());
    assertThat(loaded.scenario().getRounds()).isEqualTo(8);
    assertThat(loaded.text()).isEqualTo(valid());
  }

  @Test
  void problemsInAFileNameTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.textproto");
    Files.writeString(file, validWith("rounds: 6", "rounds: 0"), StandardCharsets.UTF_8);

    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> loader().load(file.toString(), List.of()));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(file + ":7:1: rounds is 0, but it must be between 1 and 60");
  }

  @Test
  void unknownNameAndMissingFileListsTheBuiltIns() {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> loader().load("alpah", List.of()));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "alpah:0:0: there is no scenario called 'alpah' and no file at that path;"
                + " did you mean 'alpha'? (scenarios: alpha, beta)");
  }

  @Test
  void unknownNameWithNoBuiltInsSaysSo() {
    ScenarioLoader empty =
        new ScenarioLoader(
            ScenarioCatalog.fromClasspath("/no-such-root"), ScenarioVocabulary.PERMISSIVE);

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> empty.load("peru", List.of()));

    assertThat(e.problems().get(0).message()).endsWith("(there are no built-in scenarios)");
  }
}
