package org.veta.client.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TmuxSessionTest {
  @BeforeAll
  static void needsTmux() {
    assumeTrue(TmuxSession.available(), "tmux is not installed");
  }

  @Test
  void typesIntoAProgramAndReadsItsScreen() throws Exception {
    try (TmuxSession session = TmuxSession.start("bash --norc -c 'read -p \"name? \" x; echo got $x'", 80, 24)) {
      session.waitFor("name?", Duration.ofSeconds(10));
      session.type("Ana Quispe");
      session.keys("Enter");

      String screen = session.waitFor("got Ana Quispe", Duration.ofSeconds(10));

      assertThat(screen.lines().count()).isLessThanOrEqualTo(24);
      assertThat(screen.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
  }

  @Test
  void theScreenHasTheSizeAsked() throws Exception {
    try (TmuxSession session = TmuxSession.start("bash --norc -c 'echo size $(tput cols)x$(tput lines); read x'", 120, 30)) {
      session.waitFor("size 120x30", Duration.ofSeconds(10));
    }
  }

  @Test
  void waitingForWhatNeverComesFailsWithTheScreen() throws Exception {
    try (TmuxSession session = TmuxSession.start("bash --norc -c 'echo hello; read x; exit 4'", 80, 24)) {
      session.waitFor("hello", Duration.ofSeconds(10));
      assertThatThrownBy(() -> session.waitFor("goodbye", Duration.ofMillis(300)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("hello");
      assertThat(session.exited()).isFalse();
      session.keys("Enter");
      assertThat(session.awaitExit(Duration.ofSeconds(10))).isEqualTo(4);
    }
  }
}
