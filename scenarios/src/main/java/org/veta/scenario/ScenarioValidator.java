package org.veta.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.veta.protocol.scenario.Scenario;

/**
 * The semantic checks of a scenario: what the schema cannot say (ranges, references between seats,
 * regions and clauses, moves the engine understands). Every problem is collected, so that {@code
 * veta scenario validate} reports them all at once.
 */
public final class ScenarioValidator {

  /** The stages of the study's sequence, in order; the debrief compares against them. */
  static final List<String> STAGES =
      List.of(
          "ECONOMIC_DEPENDENCE",
          "MOBILIZATION",
          "FORBEARANCE",
          "PRESSURE_GROUP",
          "PUBLIC_ENDORSEMENT",
          "NATIONAL_LOBBYING",
          "RAN_FOR_OFFICE",
          "WON_OFFICE",
          "DIRECT_NEGOTIATION",
          "POLICY_CONCESSION");

  /** The bot strategies a seat may default to when nobody takes it. */
  static final List<String> BOTS =
      List.of("historical", "hardline", "conciliatory", "random", "adaptive");


  private final ScenarioVocabulary vocabulary;

  public ScenarioValidator(ScenarioVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /**
   * Validates a scenario that has no text (built in code); problems are placed at 1:1 of source.
   */
  public List<Problem> validate(Scenario scenario, String source) {
    return validate(scenario, Locator.withoutText(source));
  }

  /** Validates, placing problems with the locator; sorted by line, then column. */
  List<Problem> validate(Scenario scenario, Locator locator) {
    List<Problem> problems = new ArrayList<>();
    new RangeCheck(locator, problems).check(scenario, FieldPath.root());
    ScenarioChecks context = new ScenarioChecks(scenario, locator, problems, vocabulary) {
      @Override
      void check() {
        // The order in which problems are found is the order in which --set problems (which
        // have no line to sort by) are reported: foundations first, the law's revision last.
        StructureChecks structure = new StructureChecks(this);
        LawChecks law = new LawChecks(this);
        structure.checkFoundations();
        new SeatChecks(this).check();
        law.checkClauses();
        structure.checkTimeline();
        new HistoryChecks(this).check();
        law.checkLegislatureIfAny();
      }
    };
    context.check();
    // A stable sort: problems at one spot keep the order in which they were found.
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return problems;
  }

  /** One validation: the scenario, its parts by id, and where to put problems. */
}
