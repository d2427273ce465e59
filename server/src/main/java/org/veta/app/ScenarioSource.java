package org.veta.app;

import java.nio.file.Path;
import java.util.List;
import org.veta.engine.Game;
import org.veta.scenario.LoadedScenario;
import org.veta.scenario.ScenarioCatalog;
import org.veta.scenario.ScenarioException;
import org.veta.scenario.ScenarioLoader;

/** Where scenarios come from: the built-in ones, plus a facilitator's directory if given. */
public final class ScenarioSource {
  private final ScenarioCatalog catalog;
  private final ScenarioLoader loader;

  public ScenarioSource(Path directory) {
    ScenarioCatalog builtIn = ScenarioCatalog.builtIn();
    this.catalog = directory == null ? builtIn : builtIn.withDirectory(directory);
    this.loader = new ScenarioLoader(catalog, new EngineVocabulary());
  }

  public ScenarioCatalog catalog() {
    return catalog;
  }

  public ScenarioLoader loader() {
    return loader;
  }

  public LoadedScenario load(String nameOrPath, List<String> overrides) throws ScenarioException {
    return loader.load(nameOrPath, overrides);
  }

  public Game game(String nameOrPath, List<String> overrides) throws ScenarioException {
    return Game.compile(load(nameOrPath, overrides).scenario());
  }
}
