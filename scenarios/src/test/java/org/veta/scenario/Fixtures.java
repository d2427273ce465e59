package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veta.protocol.scenario.Role;

/** Test fixtures: scenario texts and a small fake engine vocabulary. */
final class Fixtures {

  static final String VALID_SOURCE = "valid.textproto";

  private Fixtures() {}

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String valid() {
    return resource("/fixtures/valid.textproto");
  }

  /**
   * The valid fixture with one exact piece of text replaced; the piece must occur once, and the
   * replacement keeps the line count so line numbers of the valid fixture still hold.
   */
  static String validWith(String from, String to) {
    String valid = valid();
    int at = valid.indexOf(from);
    assertThat(at).as("'%s' occurs in the valid fixture", from).isNotNegative();
    assertThat(valid.indexOf(from, at + 1)).as("'%s' occurs only once", from).isNegative();
    String changed = valid.substring(0, at) + to + valid.substring(at + from.length());
    assertThat(changed.lines().count()).isEqualTo(valid.lines().count());
    return changed;
  }

  static ScenarioLoader loader() {
    return new ScenarioLoader(
        ScenarioCatalog.fromClasspath("/test-scenarios"), new FakeVocabulary());
  }

  /** Problems as "line:column: message", the part of toString tests care about. */
  static List<String> located(List<Problem> problems) {
    return problems.stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
  }

  /**
   * An engine vocabulary small enough to reason about: a move's first word must be a verb of the
   * seat's role, and a metric must start with a known scope.
   */
  static final class FakeVocabulary implements ScenarioVocabulary {
    @Override
    public Optional<String> checkMove(Role role, String moveText) {
      Set<String> verbs =
          switch (role) {
            case CENTRAL_STATE -> Set.of("decree", "interdict");
            case REGIONAL_OFFICIAL -> Set.of("forbear", "endorse");
            case FEDERATION -> Set.of("strike", "organize");
            default -> Set.of();
          };
      String verb = moveText.strip().split("\\s+")[0];
      return verbs.contains(verb)
          ? Optional.empty()
          : Optional.of("'" + verb + "' is not a move a " + role + " seat can make");
    }

    @Override
    public Optional<String> checkMetric(String metric) {
      boolean known =
          metric.equals("law")
              || metric.startsWith("national.")
              || metric.startsWith("region.")
              || metric.startsWith("seat.");
      return known ? Optional.empty() : Optional.of("unknown metric '" + metric + "'");
    }
  }
}
