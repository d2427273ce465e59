package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;
import org.veta.client.render.Glyphs;
import org.veta.client.render.Text;
import org.veta.protocol.wire.ScenarioInfo;
import org.veta.protocol.wire.ScenarioList;

/**
 * The scenarios a server can open. A broken one lists its problems as the validator writes them
 * (file:line:column: message), which editors and terminals know how to jump to, one per line and
 * never cut.
 */
final class ScenarioText {
  private ScenarioText() {}

  /** "SCENARIO peru valid rounds=8 seats=a,b source=builtin:peru | title", then EVENT and PROBLEM lines. */
  static List<String> plain(ScenarioList list) {
    List<String> lines = new ArrayList<>();
    if (list.getScenariosCount() == 0) {
      lines.add("NO SCENARIOS");
    }
    for (ScenarioInfo s : list.getScenariosList()) {
      lines.add("SCENARIO " + s.getName() + " " + (s.getValid() ? "valid" : "invalid") + " rounds=" + s.getRounds()
          + " seats=" + (s.getSeatsCount() == 0 ? "-" : String.join(",", s.getSeatsList()))
          + " source=" + OverviewText.orDash(s.getSource()) + (s.getTitle().isEmpty() ? "" : " | " + s.getTitle()));
      s.getProblemsList().forEach(p -> lines.add("PROBLEM " + s.getName() + " " + p));
      s.getEventsList().forEach(e -> lines.add("EVENT " + s.getName() + " " + e));
    }
    return lines;
  }

  static List<String> screen(ScenarioList list, int width, Glyphs glyphs) {
    List<String> lines = new ArrayList<>();
    if (list.getScenariosCount() == 0) {
      lines.add("The server has no scenarios.");
    }
    for (ScenarioInfo s : list.getScenariosList()) {
      lines.add(Text.fit(s.getName() + "  " + (s.getTitle().isEmpty() ? "" : s.getTitle() + "  ") + "(" + s.getSource() + ")",
          width, glyphs));
      String shape = (s.getValid() ? "valid" : "NOT VALID") + "; " + s.getRounds() + " rounds; seats: "
          + (s.getSeatsCount() == 0 ? "none" : String.join(", ", s.getSeatsList()));
      OverviewText.indent(lines, shape, width);
      s.getProblemsList().forEach(p -> lines.add("   " + p));
      if (s.getEventsCount() > 0) {
        OverviewText.indent(lines, "events: " + String.join("; ", s.getEventsList()), width);
      }
    }
    return lines;
  }

  /** "gold_crash" from "gold_crash: Gold price crash": what `inject` takes. */
  static String eventId(String event) {
    int colon = event.indexOf(':');
    return (colon < 0 ? event : event.substring(0, colon)).strip();
  }
}
