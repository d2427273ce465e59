package org.veta.facilitation;

import java.util.List;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.wire.ScenarioInfo;
import org.veta.scenario.LoadedScenario;
import org.veta.scenario.ScenarioException;

/** The scenarios a facilitator may open: the built-in ones and the server's scenario directory. */
public interface ScenarioShelf {
  /** Every scenario with whether it loads, and its problems at file:line:column if not. */
  List<ScenarioInfo> list(boolean reload);

  LoadedScenario load(String name, List<String> overrides) throws ScenarioException;

  /** The problems of a scenario amended in memory (an injected event), as sentences. */
  List<String> check(Scenario scenario);
}
