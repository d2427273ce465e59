package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void numbersReadAsWritten() {
    assertThat(Words.number(0.5)).isEqualTo("0.5");
    assertThat(Words.number(1.0)).isEqualTo("1");
    assertThat(Words.number(-0.2)).isEqualTo("-0.2");
    assertThat(Words.number(1e-7)).isEqualTo("0.0000001");
    assertThat(Words.number((Object) 12)).isEqualTo("12");
    assertThat(Words.number((Object) 0.1f)).isEqualTo("0.1");
  }

  @Test
  void suggestsOnlyCloseNames() {
    List<String> seats = List.of("executive", "governor", "fedemin");
    assertThat(Words.closest("fedemn", seats)).contains("fedemin");
    assertThat(Words.closest("FEDEMIN", seats)).contains("fedemin");
    assertThat(Words.closest("ministry", seats)).isEmpty();
    assertThat(Words.closest("x", List.of("id"))).isEmpty();
    assertThat(Words.didYouMean("fedemin", seats)).isEmpty();
    assertThat(Words.distance("alpah", "alpha")).isEqualTo(1);
    assertThat(Words.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void problemToString() {
    assertThat(new Problem("a.textproto", 3, 7, "bad").toString())
        .isEqualTo("a.textproto:3:7: bad");
    assertThat(
            new ScenarioException(
                List.of(new Problem("a", 1, 1, "x"), new Problem("a", 2, 1, "y"))))
        .hasMessage("a:1:1: x\na:2:1: y");
  }
}
