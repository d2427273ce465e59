package org.veta.client.bots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.veta.app.ScenarioSource;
import org.veta.engine.Game;

/**
 * The scenarios a client knows without asking the server: the built-in ones, and the eight-seat
 * one the load tool carries ({@code /load/peru8.textproto} on the class path). Compiled once per
 * process.
 */
public final class Scenarios {
  private static final Map<String, Optional<Game>> GAMES = new ConcurrentHashMap<>();
  private static volatile ScenarioSource source;

  private Scenarios() {}

  private static synchronized ScenarioSource source() {
    if (source == null) {
      Path dir = null;
      try (InputStream in = Scenarios.class.getResourceAsStream("/load/peru8.textproto")) {
        if (in != null) {
          dir = Files.createTempDirectory("veta-known-scenarios");
          // deleteOnExit runs in reverse order of registration: the directory registered
          // first is deleted last, once it is empty (the other way round left it behind).
          dir.toFile().deleteOnExit();
          Path file = dir.resolve("peru8.textproto");
          Files.copy(in, file);
          file.toFile().deleteOnExit();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      source = new ScenarioSource(dir);
    }
    return source;
  }

  /** The scenario with this id, compiled; empty if the client does not know it. */
  public static Optional<Game> game(String id) {
    return GAMES.computeIfAbsent(id, name -> {
      try {
        ScenarioSource s = source();
        if (!s.catalog().names().contains(name)) {
          return Optional.empty();
        }
        return Optional.of(s.game(name, List.of()));
      } catch (Exception | LinkageError e) {
        return Optional.empty();
      }
    });
  }

  /** The rounds of a scenario the client knows, or of a file in dir; 12 if unknown. */
  public static int rounds(String id, Path dir) {
    Optional<Game> game = game(id);
    if (game.isPresent()) {
      return game.get().rounds();
    }
    if (dir != null) {
      try {
        return new ScenarioSource(dir).game(id, List.of()).rounds();
      } catch (Exception e) {
        return 12;
      }
    }
    return 12;
  }
}
