package org.veta.facilitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.scenario.Problem;
import org.veta.scenario.ScenarioException;
import org.veta.scenario.ScenarioOverrides;

/**
 * Turns a facilitator's "inject TABLE EVENT ARGS" into an event checked against the table's
 * scenario: one of the scenario's events, its fields changed by the args (key=value, as --set
 * takes them: gold_price_factor=0.5, move=decree size=0.2, news=...), or free-text news. A
 * failure is one sentence.
 */
final class Injects {
  static final String NEWS = "news";
  static final int MAX_NEWS = 500;

  private Injects() {}

  /** The event ready to inject, or why not. */
  static Result build(Scenario scenario, String eventId, List<String> args, ScenarioShelf shelf) {
    if (eventId.equals(NEWS)) {
      String text = String.join(" ", args).strip();
      if (text.isEmpty() || text.length() > MAX_NEWS) {
        return Result.refused("news needs a text of 1 to " + MAX_NEWS + " characters");
      }
      return Result.ready(ScheduledEvent.newBuilder().setId(NEWS).setTitle("News")
          .setNews(text).build());
    }
    Optional<ScheduledEvent> found = scenario.getEventsList().stream()
        .filter(e -> e.getId().equals(eventId)).findFirst();
    if (found.isEmpty()) {
      List<String> ids = new ArrayList<>();
      scenario.getEventsList().forEach(e -> ids.add(e.getId()));
      ids.add(NEWS);
      return Result.refused("the scenario " + scenario.getId() + " has no event '" + eventId
          + "'; events: " + String.join(", ", ids));
    }
    List<String> assignments = new ArrayList<>();
    for (String arg : args) {
      if (!arg.contains("=")) {
        return Result.refused("event arguments are written field=value, not '" + arg + "'");
      }
      if (arg.startsWith("id=") || arg.startsWith("round=")) {
        return Result.refused("an injected event keeps its id and falls in the round being played");
      }
      assignments.add("events." + eventId + "." + arg);
    }
    Scenario amended;
    try {
      amended = ScenarioOverrides.apply(scenario, assignments);
    } catch (ScenarioException e) {
      return Result.refused(e.problems().stream().map(Problem::message).findFirst()
          .orElse("the arguments do not apply"));
    }
    List<String> problems = shelf.check(amended);
    if (!problems.isEmpty()) {
      return Result.refused(problems.get(0));
    }
    return Result.ready(amended.getEventsList().stream().filter(e -> e.getId().equals(eventId))
        .findFirst().orElseThrow());
  }

  record Result(ScheduledEvent event, String refusal) {
    static Result ready(ScheduledEvent event) {
      return new Result(event, "");
    }

    static Result refused(String why) {
      return new Result(null, why);
    }

    boolean ok() {
      return event != null;
    }
  }
}
