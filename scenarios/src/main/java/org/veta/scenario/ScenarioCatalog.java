package org.veta.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The scenarios known by name: the built-in ones shipped as classpath resources, plus any in a
 * directory the facilitator points at (which win over built-ins of the same name, so a workshop can
 * adapt a built-in without rebuilding).
 *
 * <p>Built-ins are listed in {@code ROOT/index}, one name per line, because a classpath inside a
 * jar cannot be listed. Instances are immutable; {@link #withDirectory} returns a new catalog.
 */
public final class ScenarioCatalog {

  private static final String EXTENSION = ".textproto";

  /** Where a named scenario's text comes from; texts are read when asked for. */
  private sealed interface Entry permits Resource, File {
    String source();

    String read();
  }

  private record Resource(String name, String text) implements Entry {
    @Override
    public String source() {
      return "builtin:" + name;
    }

    @Override
    public String read() {
      return text;
    }
  }

  /** Read on each request, so edits made during a workshop count without a restart. */
  private record File(Path path) implements Entry {
    @Override
    public String source() {
      return path.toString();
    }

    @Override
    public String read() {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read scenario file " + path, e);
      }
    }
  }

  private final Map<String, Entry> entries;

  private ScenarioCatalog(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The scenarios built into this module, under {@code /scenarios}; empty if there is no index. */
  public static ScenarioCatalog builtIn() {
    return fromClasspath("/scenarios");
  }

  /**
   * The scenarios listed in the classpath resource {@code ROOT/index}, each read from {@code
   * ROOT/NAME.textproto}. A missing index means no scenarios; a listed scenario that is missing is
   * a packaging mistake and fails at once.
   *
   * @param root an absolute resource path such as {@code /scenarios}
   */
  public static ScenarioCatalog fromClasspath(String root) {
    String prefix = root.endsWith("/") ? root : root + "/";
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String name : readIndex(prefix + "index")) {
      String resource = prefix + name + EXTENSION;
      String text =
          readResource(resource)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          prefix
                              + "index lists scenario '"
                              + name
                              + "' but "
                              + resource
                              + " is not on the classpath"));
      entries.put(name, new Resource(name, text));
    }
    return new ScenarioCatalog(entries);
  }

  /**
   * This catalog plus every {@code *.textproto} file in the directory, named by the file name
   * without the extension; a file overrides a built-in of the same name. The directory is listed
   * now; the files are read when asked for.
   *
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public ScenarioCatalog withDirectory(Path dir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list scenario directory " + dir, e);
    }
    files.sort(null);
    Map<String, Entry> combined = new LinkedHashMap<>(entries);
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        String fileName = file.getFileName().toString();
        combined.put(fileName.substring(0, fileName.length() - EXTENSION.length()), new File(file));
      }
    }
    return new ScenarioCatalog(combined);
  }

  /** The scenario names: built-ins in index order, then directory files by name. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /**
   * The text of the named scenario, or empty if the catalog has no such name.
   *
   * @throws UncheckedIOException if the scenario's file can no longer be read
   */
  public Optional<String> text(String name) {
    Entry entry = entries.get(name);
    return entry == null ? Optional.empty() : Optional.of(entry.read());
  }

  /**
   * Where the named scenario comes from: {@code builtin:NAME} or the file path.
   *
   * @throws NoSuchElementException if the catalog has no such name
   */
  public String sourceOf(String name) {
    Entry entry = entries.get(name);
    if (entry == null) {
      throw new NoSuchElementException("no scenario called '" + name + "'");
    }
    return entry.source();
  }

  boolean contains(String name) {
    return entries.containsKey(name);
  }

  private static List<String> readIndex(String resource) {
    List<String> names = new ArrayList<>();
    readResource(resource)
        .ifPresent(
            text ->
                text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(names::add));
    return names;
  }

  private static Optional<String> readResource(String resource) {
    try (InputStream in = ScenarioCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
