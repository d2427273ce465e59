package org.veta.app;

import java.util.Optional;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.score.Scorer;
import org.veta.protocol.scenario.Role;
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
  public Optional<String> checkMetric(String metric) {
    return Scorer.checkMetric(metric);
  }
}
