package org.veta.engine;

import java.util.List;
import org.veta.app.ScenarioSource;
import org.veta.scenario.ScenarioException;

/** Loads built-in scenarios for tests, through the same loader and validator as the CLI. */
public final class TestGames {
  private TestGames() {}

  public static Game load(String name, String... overrides) {
    try {
      return new ScenarioSource(null).game(name, List.of(overrides));
    } catch (ScenarioException e) {
      throw new AssertionError("built-in scenario " + name + " does not load: " + e.getMessage(), e);
    }
  }
}
