package org.veta.app;

import java.util.Optional;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.score.Scorer;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.scenario.ScenarioVocabulary;

/** The engine's words for the scenario validator: move syntax, who may make a move, metrics. */
public final class EngineVocabulary implements ScenarioVocabulary {
  @Override
  public Optional<String> checkMove(Role role, String moveText) {
    Move move;
    try {
      move = MoveSyntax.parse(moveText);
    } catch (MoveSyntax.SyntaxError e) {
      return Optional.of(e.getMessage());
    }
    if (!move.kind().allowedFor(role)) {
      return Optional.of("'" + move.kind().token() + "' is a "
          + MoveRules.roleName(move.kind().role().orElseThrow()) + " move, but this seat is "
          + MoveRules.roleName(role));
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> checkMove(Scenario scenario, Role role, String moveText) {
    Optional<String> problem = checkMove(role, moveText);
    if (problem.isPresent()) {
      return problem;
    }
    Move move;
    try {
      move = MoveSyntax.parse(moveText);
    } catch (MoveSyntax.SyntaxError e) {
      return Optional.of(e.getMessage());
    }
    if (move instanceof Move.Interdiction i
        && scenario.getRegionsList().stream().noneMatch(r -> r.getId().equals(i.region()))) {
      return Optional.of("there is no region '" + i.region() + "' in this scenario");
    }
    String clause = move instanceof Move.Draft d ? d.clause()
        : move instanceof Move.Propose p ? p.clause() : null;
    if (clause != null) {
      double value = move instanceof Move.Draft d ? d.value() : ((Move.Propose) move).value();
      var found = scenario.getClausesList().stream().filter(c -> c.getId().equals(clause)).findFirst();
      if (found.isEmpty()) {
        return Optional.of("the law draft has no clause '" + clause + "'");
      }
      if (value < found.get().getMin() || value > found.get().getMax()) {
        return Optional.of("clause '" + clause + "' takes values from "
            + MoveSyntax.plain(found.get().getMin()) + " to " + MoveSyntax.plain(found.get().getMax())
            + ", not " + MoveSyntax.plain(value));
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> checkMetric(String metric) {
    return Scorer.checkMetric(metric);
  }
}
