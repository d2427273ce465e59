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

  @Override
  public Optional<String> checkIndicator(Scenario scenario, String key) {
    var layout = new org.veta.engine.state.Layout(
        scenario.getRegionsList().stream().map(r -> r.getId()).toList(),
        scenario.getRegionsList().stream().map(r -> r.getName()).toList(),
        scenario.getSeatsList().stream().map(x -> x.getId()).toList(),
        scenario.getSeatsList().stream().map(x -> x.getName()).toList(),
        scenario.getClausesList().stream().map(c -> new org.veta.engine.state.ClauseVariable(
            c.getId(), c.getName(), c.getMin(), c.getMax(), c.getUnit())).toList());
    return layout.target(key).isPresent() ? Optional.empty() : Optional.of("unknown indicator '"
        + key + "'; use national.<variable>, region.<region id>.<variable>, "
        + "seat.<seat id>.<variable> or clause.<clause id> (see scenarios/README.md)");
  }
}
