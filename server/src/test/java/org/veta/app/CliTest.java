package org.veta.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `veta` command line as outside checks use it: exit codes, --json fields, messages. */
class CliTest {
  private record Result(int code, String out, String err) {}

  private static Result veta(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = VetaMain.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static List<String> stages(JsonNode json) {
    List<String> out = new ArrayList<>();
    json.get("stages").forEach(s -> out.add(s.get("stage").asText()));
    return out;
  }

  @Test
  void simulateJsonHasTheContractedFields() throws Exception {
    Result r = veta("simulate", "--scenario", "peru", "--bots", "historical", "--json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("scenario").asText()).isEqualTo("peru");
    assertThat(json.get("seed").asLong()).isEqualTo(1);
    assertThat(json.get("rounds").asInt()).isEqualTo(14);
    assertThat(json.get("effects_count").asInt()).isPositive();
    assertThat(json.get("final_state").get("national.central_legitimacy").isNumber()).isTrue();
    assertThat(json.get("scores").get("fedemin").isNumber()).isTrue();
    JsonNode law = json.get("law");
    assertThat(law.get("utilities").get("fedemin").asDouble()).isBetween(0.0, 1.0);
    assertThat(law.get("pareto_distance").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(law.get("nash_law").get("delegation_to_regions").isNumber()).isTrue();
    JsonNode first = json.get("stages").get(0);
    assertThat(first.get("stage").asText()).isEqualTo("ECONOMIC_DEPENDENCE");
    assertThat(first.get("round").asInt()).isEqualTo(1);
    assertThat(first.get("region").asText()).isEqualTo("madre_de_dios");
    assertThat(stages(json)).contains("FORBEARANCE", "PUBLIC_ENDORSEMENT", "RAN_FOR_OFFICE",
        "WON_OFFICE", "POLICY_CONCESSION").doesNotContain("NATIONAL_LOBBYING");
  }

  @Test
  void boliviaHistoricalReachesTheIncorporatedPath() throws Exception {
    Result r = veta("simulate", "--scenario", "bolivia", "--bots", "historical", "--json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(stages(json)).contains("FORBEARANCE", "NATIONAL_LOBBYING", "DIRECT_NEGOTIATION",
        "POLICY_CONCESSION");
  }

  @Test
  void setOverridesAScenarioParameter() throws Exception {
    Result r = veta("simulate", "--scenario", "bolivia", "--bots", "historical", "--json",
        "--set", "political_incorporation=0.1");
    assertThat(stages(new ObjectMapper().readTree(r.out()))).doesNotContain("NATIONAL_LOBBYING");
  }

  @Test
  void manyRunsReportSharesMediansAndPercentiles() throws Exception {
    Result r = veta("simulate", "--scenario", "tutorial", "--bots", "random", "--runs", "12",
        "--json", "--threads", "2");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("runs").asInt()).isEqualTo(12);
    JsonNode dependence = json.get("stages").get(0);
    assertThat(dependence.get("stage").asText()).isEqualTo("ECONOMIC_DEPENDENCE");
    assertThat(dependence.get("share").asDouble()).isEqualTo(1.0);
    assertThat(dependence.get("median_round").asDouble()).isEqualTo(1.0);
    JsonNode legitimacy = json.get("final_state").get("national.central_legitimacy");
    assertThat(legitimacy.get("p5").asDouble()).isLessThanOrEqualTo(legitimacy.get("p50").asDouble());
    assertThat(legitimacy.get("p50").asDouble()).isLessThanOrEqualTo(legitimacy.get("p95").asDouble());
  }

  @Test
  void theReadableReportTellsRoundsStagesAndScores() {
    Result r = veta("simulate", "--scenario", "tutorial", "--bots", "historical");
    assertThat(r.out()).contains("== Round 1", "STAGE ECONOMIC_DEPENDENCE", "== Scores ==",
        "each with its reason");
  }

  @Test
  void badArgumentsGetASentenceAndANonZeroExit() {
    Result bots = veta("simulate", "--bots", "clever");
    assertThat(bots.code()).isNotZero();
    assertThat(bots.err()).contains("unknown bot strategy 'clever'").contains("adaptive");
    Result seat = veta("simulate", "--bots", "nobody=random");
    assertThat(seat.err()).contains("seat 'nobody'");
    Result set = veta("simulate", "--set", "political_incorporation=7");
    assertThat(set.code()).isNotZero();
    assertThat(set.err()).contains("political_incorporation must be between 0 and 1");
    Result scenario = veta("simulate", "--scenario", "chile");
    assertThat(scenario.err()).contains("no scenario called 'chile'");
  }

  @Test
  void scenarioListShowsTheBuiltInsAndEveryBuiltInValidates() {
    Result list = veta("scenario", "list");
    assertThat(list.out()).contains("peru", "bolivia", "tutorial");
    Result validate = veta("scenario", "validate", "peru", "bolivia", "tutorial");
    assertThat(validate.code()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("builtin:peru: OK", "builtin:bolivia: OK", "builtin:tutorial: OK");
  }

  @Test
  void validateReportsEveryProblemWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Result show = veta("scenario", "show", "tutorial");
    String broken = show.out()
        .replace("seat: \"mayor\" move: \"forbear\"", "seat: \"mayr\" move: \"forbear\"")
        .replace("political_incorporation: 0.2", "political_incorporation: 1.2")
        .replace("run_for_office\" source", "fly_to_the_moon\" source")
        .replace("interdiction region=valle_dorado", "interdiction region=el_dorado");
    Path file = dir.resolve("broken.textproto");
    Files.writeString(file, broken);
    Result r = veta("scenario", "validate", file.toString());
    assertThat(r.code()).isEqualTo(1);
    int incorporationLine = lineOf(broken, "political_incorporation: 1.2");
    int seatLine = lineOf(broken, "seat: \"mayr\"");
    assertThat(r.out()).contains(file + ":" + incorporationLine + ":")
        .contains("political_incorporation is 1.2, but it must be between 0 and 1")
        .contains(file + ":" + seatLine + ":").contains("'mayr'")
        .contains("no move called 'fly_to_the_moon'")
        .contains("no region 'el_dorado'")
        .contains("4 problem(s)");
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in text");
  }
}
