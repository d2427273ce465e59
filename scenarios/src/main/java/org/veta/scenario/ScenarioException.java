package org.veta.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be used. It carries every problem found, not just the first, so a
 * facilitator can fix a file in one pass.
 */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "the scenario is not valid";
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
