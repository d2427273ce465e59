package org.veta.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veta.engine.Game;
import org.veta.facilitation.ScenarioShelf;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.wire.ScenarioInfo;
import org.veta.scenario.LoadedScenario;
import org.veta.scenario.Problem;
import org.veta.scenario.ScenarioCatalog;
import org.veta.scenario.ScenarioException;
import org.veta.scenario.ScenarioLoader;
import org.veta.scenario.ScenarioValidator;

/**
 * Where scenarios come from: the built-in ones, plus a facilitator's directory if given. The
 * directory is listed again on {@link #list(boolean) reload}, so a facilitator can fix or add a
 * file while the server runs; tables already open keep the scenario text they opened with.
 */
public final class ScenarioSource implements ScenarioShelf {
  private final Path directory;
  private final EngineVocabulary vocabulary = new EngineVocabulary();
  private volatile ScenarioCatalog catalog;
  private volatile ScenarioLoader loader;

  public ScenarioSource(Path directory) {
    this.directory = directory;
    reload();
  }

  private synchronized void reload() {
    ScenarioCatalog builtIn = ScenarioCatalog.builtIn();
    ScenarioCatalog fresh = directory == null ? builtIn : builtIn.withDirectory(directory);
    this.loader = new ScenarioLoader(fresh, vocabulary);
    this.catalog = fresh;
  }

  public ScenarioCatalog catalog() {
    return catalog;
  }

  public ScenarioLoader loader() {
    return loader;
  }

  @Override
  public LoadedScenario load(String nameOrPath, List<String> overrides) throws ScenarioException {
    return loader.load(nameOrPath, overrides);
  }

  public Game game(String nameOrPath, List<String> overrides) throws ScenarioException {
    return Game.compile(load(nameOrPath, overrides).scenario());
  }

  @Override
  public List<ScenarioInfo> list(boolean reload) {
    if (reload) {
      reload();
    }
    ScenarioCatalog now = catalog;
    List<ScenarioInfo> out = new ArrayList<>();
    for (String name : now.names()) {
      ScenarioInfo.Builder info = ScenarioInfo.newBuilder().setName(name);
      try {
        info.setSource(now.sourceOf(name));
        Scenario s = load(name, List.of()).scenario();
        info.setValid(true).setTitle(s.getTitle()).setRounds(s.getRounds());
        s.getSeatsList().forEach(seat -> info.addSeats(seat.getId()));
        s.getEventsList().forEach(e -> info.addEvents(e.getId() + ": " + e.getTitle()));
      } catch (ScenarioException e) {
        info.setValid(false);
        e.problems().forEach(p -> info.addProblems(p.toString()));
      } catch (UncheckedIOException e) {
        info.setValid(false).addProblems(info.getSource() + ": cannot be read: "
            + e.getCause().getMessage());
      }
      out.add(info.build());
    }
    return out;
  }

  @Override
  public List<String> check(Scenario scenario) {
    return new ScenarioValidator(vocabulary).validate(scenario, scenario.getId()).stream()
        .map(Problem::message).toList();
  }
}
