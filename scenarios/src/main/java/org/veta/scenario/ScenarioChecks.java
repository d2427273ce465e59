package org.veta.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.Seat;

/**
 * What every group of scenario checks shares: the scenario, its parts by id, where problems go,
 * and the helpers that place a problem at the right line and column.
 */
abstract class ScenarioChecks {
  /** Each role needs a seat, or the game's central conflict cannot be played. */
  static final List<Role> PLAYABLE_ROLES =
      List.of(Role.CENTRAL_STATE, Role.REGIONAL_OFFICIAL, Role.FEDERATION);

  static final String ROLES = "CENTRAL_STATE, REGIONAL_OFFICIAL or FEDERATION";

  final ScenarioVocabulary vocabulary;
  final Scenario scenario;
  final Locator locator;
  final List<Problem> problems;
  final Map<String, Region> regions = new LinkedHashMap<>();
  final Map<String, Seat> seats = new LinkedHashMap<>();
  final Map<String, Clause> clauses = new LinkedHashMap<>();

  ScenarioChecks(Scenario scenario, Locator locator, List<Problem> problems,
      ScenarioVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.scenario = scenario;
    this.locator = locator;
    this.problems = problems;
    // Of duplicate ids the first wins, as it will for whoever looks the id up.
    scenario.getRegionsList().forEach(r -> regions.putIfAbsent(r.getId(), r));
    scenario.getSeatsList().forEach(s -> seats.putIfAbsent(s.getId(), s));
    scenario.getClausesList().forEach(c -> clauses.putIfAbsent(c.getId(), c));
    regions.remove("");
    seats.remove("");
    clauses.remove("");
  }

  /** Shares another group's context, so all groups report into one list. */
  ScenarioChecks(ScenarioChecks shared) {
    this.vocabulary = shared.vocabulary;
    this.scenario = shared.scenario;
    this.locator = shared.locator;
    this.problems = shared.problems;
    this.regions.putAll(shared.regions);
    this.seats.putAll(shared.seats);
    this.clauses.putAll(shared.clauses);
  }

  abstract void check();

  void report(FieldPath path, String message) {
    problems.add(locator.problem(path, message));
  }

  // ---- paths ----

  FieldPath top(int fieldNumber) {
    return FieldPath.root().field(Scenario.getDescriptor().findFieldByNumber(fieldNumber));
  }

  FieldPath topElement(int fieldNumber, int index) {
    FieldDescriptor field = Scenario.getDescriptor().findFieldByNumber(fieldNumber);
    return FieldPath.root()
        .element(field, index, (Message) scenario.getRepeatedField(field, index));
  }

  static FieldPath field(FieldPath path, Message in, int fieldNumber) {
    return path.field(in.getDescriptorForType().findFieldByNumber(fieldNumber));
  }

  static FieldPath element(FieldPath path, Message in, int fieldNumber, int index) {
    return path.element(
        in.getDescriptorForType().findFieldByNumber(fieldNumber), index, Integer.toString(index));
  }

  void checkRound(FieldPath at, int round, String what) {
    if (scenario.getRounds() >= 1 && round > scenario.getRounds()) {
      report(
          at,
          "%s %d, but the scenario has only %d rounds"
              .formatted(what, round, scenario.getRounds()));
    }
  }

  String missingClause(String what, String name) {
    return "%s clause '%s', which is missing from the law draft%s (clauses: %s)"
        .formatted(
            what, name, Words.didYouMean(name, clauses.keySet()), Words.list(clauses.keySet()));
  }

  boolean inClause(double value, Clause clause) {
    return value >= clause.getMin() && value <= clause.getMax();
  }

  String range(Clause clause) {
    return Words.number(clause.getMin()) + " to " + Words.number(clause.getMax());
  }

  void checkRegionName(FieldPath at, String region, String what) {
    if (!regions.containsKey(region)) {
      report(
          at,
          "%s '%s', which is not a region of this scenario%s (regions: %s)"
              .formatted(
                  what,
                  region,
                  Words.didYouMean(region, regions.keySet()),
                  Words.list(regions.keySet())));
    }
  }

  void checkIds(int fieldNumber, List<? extends Message> elements, String noun) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      Message element = elements.get(i);
      FieldDescriptor idField = element.getDescriptorForType().findFieldByName("id");
      FieldPath at = topElement(fieldNumber, i).field(idField);
      String id = (String) element.getField(idField);
      Integer first = id.isEmpty() ? null : seen.putIfAbsent(id, i);
      if (id.isEmpty()) {
        report(at, "%s number %d has no id".formatted(noun, i + 1));
      } else if (first != null) {
        report(
            at,
            "%s id '%s' is used twice; %s number %d already has it"
                .formatted(noun, id, noun, first + 1));
      }
    }
  }
}
