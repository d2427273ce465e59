package org.veta.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.engine.Game;
import org.veta.engine.TestGames;

class LayoutTest {
  private final Game peru = TestGames.load("peru");

  @Test
  void everyValueIsFoundByItsKey() {
    Layout layout = peru.layout();
    for (Target target : PolicyState.targets(layout)) {
      assertThat(layout.target(target.key())).as(target.key()).contains(target);
    }
  }

  @Test
  void aKeyInAnotherCaseOrOfNoValueIsReadAsBefore() {
    Layout layout = peru.layout();
    assertThat(layout.target("national.GOLD_PRICE"))
        .contains(new Target.National(NationalVar.GOLD_PRICE));
    String region = layout.regions().get(0);
    assertThat(layout.target("region." + region + ".Conflict"))
        .contains(new Target.Regional(region, RegionVar.CONFLICT));
    assertThat(layout.target("region.atlantis.conflict")).isEmpty();
    assertThat(layout.target("national.happiness")).isEmpty();
    assertThat(layout.target("clause")).isEmpty();
    assertThat(layout.target("")).isEmpty();
  }

  @Test
  void theInitialStateIsTheSameEveryTimeWhateverIsDoneWithAnEditOfIt() {
    PolicyState first = peru.initialState();
    Target stringency = new Target.National(NationalVar.REGULATION_STRINGENCY);
    double before = first.get(stringency);
    WorkingState edit = first.edit();
    edit.set(stringency, before / 2 + 0.01);
    assertThat(edit.freeze(1).get(stringency)).isEqualTo(before / 2 + 0.01);
    PolicyState again = peru.initialState();
    assertThat(again.get(stringency)).isEqualTo(before);
    assertThat(again.canonicalBytes()).isEqualTo(first.canonicalBytes());
  }
}
