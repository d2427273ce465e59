package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void readsTheWaysPeopleWriteDurations() {
    assertThat(Durations.parseSeconds("90")).isEqualTo(90);
    assertThat(Durations.parseSeconds("90s")).isEqualTo(90);
    assertThat(Durations.parseSeconds("2m")).isEqualTo(120);
    assertThat(Durations.parseSeconds("1m30s")).isEqualTo(90);
    assertThat(Durations.parseSeconds("1h")).isEqualTo(3600);
    assertThat(Durations.parseSeconds("1h30m")).isEqualTo(5400);
    assertThat(Durations.parseSeconds("1H5M")).isEqualTo(3900);
    assertThat(Durations.parseSeconds(" 0 ")).isZero();
    assertThat(Durations.parseSeconds("24h")).isEqualTo(86400);
  }

  @Test
  void refusesWhatItWouldHaveToGuess() {
    for (String text : new String[] {"", "m", "1h30", "90x", "-5", "1.5m", "2m1h", "25h", "1 m"}) {
      assertThatThrownBy(() -> Durations.parseSeconds(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + text + "\"");
    }
  }

  @Test
  void showsWhatIsLeftRoundedUpToTheSecond() {
    assertThat(Durations.format(0)).isEqualTo("0s");
    assertThat(Durations.format(-500)).isEqualTo("0s");
    assertThat(Durations.format(44_001)).isEqualTo("45s");
    assertThat(Durations.format(125_000)).isEqualTo("2m05s");
    assertThat(Durations.format(3_900_000)).isEqualTo("1h05m");
    // What it shows reads back.
    assertThat(Durations.parseSeconds(Durations.format(125_000))).isEqualTo(125);
  }
}
