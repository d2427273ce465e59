package org.veta.scenario;

import com.google.protobuf.TextFormat;
import com.google.protobuf.TextFormatParseInfoTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.veta.protocol.scenario.Scenario;

/**
 * Reads a scenario: finds its text (catalog name or file), parses it, applies {@code --set}
 * overrides, then validates the result. Overrides come before validation so a variant is held to
 * the same rules as a file.
 */
public final class ScenarioLoader {

  private final ScenarioCatalog catalog;
  private final ScenarioValidator validator;

  public ScenarioLoader(ScenarioCatalog catalog, ScenarioVocabulary vocabulary) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.validator = new ScenarioValidator(vocabulary);
  }

  /**
   * Loads a catalog scenario by name or, if no scenario has that name, a scenario file.
   *
   * @throws ScenarioException with every problem found, or one saying the scenario does not exist
   */
  public LoadedScenario load(String nameOrPath, List<String> overrides) throws ScenarioException {
    if (catalog.contains(nameOrPath)) {
      String text;
      try {
        text = catalog.text(nameOrPath).orElseThrow();
      } catch (UncheckedIOException e) {
        throw new ScenarioException(
            new Problem(
                catalog.sourceOf(nameOrPath),
                0,
                0,
                "cannot read the file: " + e.getCause().getMessage()));
      }
      return parse(text, catalog.sourceOf(nameOrPath), overrides);
    }
    Optional<Path> file = existingFile(nameOrPath);
    if (file.isEmpty()) {
      throw new ScenarioException(
          new Problem(
              nameOrPath,
              0,
              0,
              "there is no scenario called '"
                  + nameOrPath
                  + "' and no file at that path"
                  + Words.didYouMean(nameOrPath, catalog.names())
                  + (catalog.names().isEmpty()
                      ? " (there are no built-in scenarios)"
                      : " (scenarios: " + Words.list(catalog.names()) + ")")));
    }
    try {
      String text = Files.readString(file.get(), StandardCharsets.UTF_8);
      return parse(text, nameOrPath, overrides);
    } catch (CharacterCodingException e) {
      throw new ScenarioException(
          new Problem(nameOrPath, 0, 0, "the file is not UTF-8 text; save it as UTF-8"));
    } catch (IOException e) {
      throw new ScenarioException(
          new Problem(nameOrPath, 0, 0, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Parses, overrides and validates a scenario text.
   *
   * @param source what problems name as the file: a path, or {@code builtin:NAME}
   * @throws ScenarioException with every problem found
   */
  public LoadedScenario parse(String text, String source, List<String> overrides)
      throws ScenarioException {
    Outcome outcome = check(text, source, overrides);
    if (!outcome.problems().isEmpty()) {
      throw new ScenarioException(outcome.problems());
    }
    return new LoadedScenario(outcome.scenario(), source, text, LoadedScenario.sha256Hex(text));
  }

  /**
   * Every problem of a scenario text, or none; never throws. For {@code veta scenario validate}.
   */
  public List<Problem> validate(String text, String source) {
    return validate(text, source, List.of());
  }

  /** Every problem of a scenario text with the overrides applied, or none; never throws. */
  public List<Problem> validate(String text, String source, List<String> overrides) {
    return check(text, source, overrides).problems();
  }

  /** The scenario (null after a syntax error) and all problems found. */
  private record Outcome(Scenario scenario, List<Problem> problems) {}

  private Outcome check(String text, String source, List<String> overrides) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    TextFormatParseInfoTree.Builder treeBuilder = TextFormatParseInfoTree.builder();
    TextFormat.Parser parser =
        TextFormat.Parser.newBuilder()
            .setParseInfoTreeBuilder(treeBuilder)
            // A field written twice is a mistake to show, not a silent "last one wins".
            .setSingularOverwritePolicy(
                TextFormat.Parser.SingularOverwritePolicy.FORBID_SINGULAR_OVERWRITES)
            .build();
    Scenario.Builder builder = Scenario.newBuilder();
    try {
      parser.merge(stripByteOrderMark(text), builder);
    } catch (TextFormat.ParseException e) {
      // The parser stops at the first syntax error; nothing after it can be trusted.
      return new Outcome(null, SyntaxErrors.problems(e, source));
    }
    ScenarioOverrides.Result overridden = ScenarioOverrides.applyAll(builder.build(), overrides);
    Locator locator = new Locator(source, treeBuilder.build(), text, overridden.applied());
    List<Problem> problems = new ArrayList<>(overridden.problems());
    problems.addAll(validator.validate(overridden.scenario(), locator));
    return new Outcome(overridden.scenario(), List.copyOf(problems));
  }

  /** Editors on Windows may save a BOM, which TextFormat would reject as a stray character. */
  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
  }

  private static Optional<Path> existingFile(String nameOrPath) {
    try {
      Path path = Path.of(nameOrPath);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
