package org.veta.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The check every test that plays a session ends with: each session log under a data directory
 * opens intact and re-executes to its recorded digests. Shared with the client's tests.
 */
public final class EverySessionVerifies {
  private EverySessionVerifies() {}

  /** Checks every log under DATA/sessions; returns how many there were. */
  public static int in(Path dataDir) {
    Path sessions = dataDir.resolve("sessions");
    if (!Files.isDirectory(sessions)) {
      return 0;
    }
    List<Path> logs;
    try (Stream<Path> files = Files.list(sessions)) {
      logs = files.filter(f -> f.toString().endsWith(".vlog")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path log : logs) {
      SessionRecord session;
      try {
        session = SessionRecord.open(log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SessionRecord.BadLog e) {
        throw new AssertionError(e.getMessage(), e);
      }
      assertThat(session.damage()).as("%s", log).isEmpty();
      Verifier.Verdict verdict = Verifier.verify(session);
      assertThat(verdict.divergence()).as("%s re-executed", log).isEmpty();
      assertThat(verdict.roundsChecked()).isEqualTo(session.rounds().size());
    }
    return logs.size();
  }
}
