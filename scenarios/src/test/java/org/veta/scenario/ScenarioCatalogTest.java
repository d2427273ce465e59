package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCatalogTest {

  private final ScenarioCatalog builtIn = ScenarioCatalog.fromClasspath("/test-scenarios");

  @Test
  void indexListsTheBuiltInsIgnoringCommentsAndBlankLines() {
    assertThat(builtIn.names()).containsExactly("alpha", "beta");
    assertThat(builtIn.sourceOf("alpha")).isEqualTo("builtin:alpha");
    assertThat(builtIn.text("alpha"))
        .contains(Fixtures.resource("/test-scenarios/alpha.textproto"));
  }

  @Test
  void unknownNames() {
    assertThat(builtIn.text("gamma")).isEmpty();
    assertThatThrownBy(() -> builtIn.sourceOf("gamma")).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void missingIndexMeansNoScenarios() {
    assertThat(ScenarioCatalog.fromClasspath("/no-such-root").names()).isEmpty();
    // The real built-ins may or may not be written yet; either way this must not fail.
    assertThat(ScenarioCatalog.builtIn().names()).isNotNull();
  }

  @Test
  void directoryAddsScenariosAndOverridesBuiltInsOfTheSameName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("beta.textproto"), "id: \"local beta\"\n");
    Files.writeString(dir.resolve("gamma.textproto"), "id: \"gamma\"\n");
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");

    ScenarioCatalog catalog = builtIn.withDirectory(dir);

    assertThat(catalog.names()).containsExactly("alpha", "beta", "gamma");
    assertThat(catalog.text("beta")).contains("id: \"local beta\"\n");
    assertThat(catalog.sourceOf("beta")).isEqualTo(dir.resolve("beta.textproto").toString());
    assertThat(catalog.sourceOf("alpha")).isEqualTo("builtin:alpha");
    // The original catalog is unchanged.
    assertThat(builtIn.names()).containsExactly("alpha", "beta");
    assertThat(builtIn.sourceOf("beta")).isEqualTo("builtin:beta");
  }

  @Test
  void directoryFilesAreReadWhenAskedFor(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gamma.textproto");
    Files.writeString(file, "id: \"one\"\n");
    ScenarioCatalog catalog = builtIn.withDirectory(dir);

    Files.writeString(file, "id: \"two\"\n");

    assertThat(catalog.text("gamma")).contains("id: \"two\"\n");
  }

  @Test
  void loaderUsesTheDirectoryVersion(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("beta.textproto"),
        Fixtures.valid().replace("id: \"testland\"", "id: \"local\""));
    ScenarioLoader loader =
        new ScenarioLoader(builtIn.withDirectory(dir), ScenarioVocabulary.PERMISSIVE);

    LoadedScenario loaded = loader.load("beta", java.util.List.of());

    assertThat(loaded.scenario().getId()).isEqualTo("local");
    assertThat(loaded.source()).isEqualTo(dir.resolve("beta.textproto").toString());
  }
}
