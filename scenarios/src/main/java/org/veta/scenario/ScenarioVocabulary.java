package org.veta.scenario;

import java.util.Optional;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;

/**
 * What the game engine understands: its move syntax and its metric names.
 *
 * <p>The engine lives in the server, which depends on this module, not the other way round; so the
 * server passes its vocabulary in, and scenario files are checked against the very engine that will
 * play them.
 */
public interface ScenarioVocabulary {

  /** Accepts every move and metric: for tools that have no engine at hand. */
  ScenarioVocabulary PERMISSIVE =
      new ScenarioVocabulary() {
        @Override
        public Optional<String> checkMove(Role role, String moveText) {
          return Optional.empty();
        }

        @Override
        public Optional<String> checkMetric(String metric) {
          return Optional.empty();
        }

        @Override
        public String toString() {
          return "ScenarioVocabulary.PERMISSIVE";
        }
      };

  /**
   * Checks a move written in move syntax, as a seat of the given role would order it.
   *
   * @return a sentence saying what is wrong, or empty if the move is valid
   */
  Optional<String> checkMove(Role role, String moveText);

  /**
   * Checks a move as above, and also what it names against the scenario (its regions, its
   * clauses and their ranges). The validator calls this one; by default it checks syntax only.
   */
  default Optional<String> checkMove(Scenario scenario, Role role, String moveText) {
    return checkMove(role, moveText);
  }

  /**
   * Checks the metric of a seat's objective, e.g. {@code national.central_legitimacy}.
   *
   * @return a sentence saying what is wrong, or empty if the engine knows the metric
   */
  Optional<String> checkMetric(String metric);

  /**
   * Checks an indicator key against the scenario, e.g. {@code region.madre_de_dios.conflict}: the
   * target of an event's shock, or a key indicator of the facilitator's overview.
   *
   * @return a sentence saying what is wrong, or empty if the scenario has that indicator
   */
  default Optional<String> checkIndicator(Scenario scenario, String key) {
    return Optional.empty();
  }
}
