package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.app.ScenarioSource;
import org.veta.engine.Game;
import org.veta.protocol.scenario.Scenario;

/** A round's months as a table view shows them: "2009-01 to 2009-06". */
class PeriodTest {
  @Test
  void roundsFollowEachOtherMonthByMonth() throws Exception {
    Game peru = new ScenarioSource(null).game("peru", java.util.List.of());
    int start = peru.scenario().getStartYear();
    assertThat(SeatViews.period(peru, 1)).isEqualTo(start + "-01 to " + start + "-06");
    assertThat(SeatViews.period(peru, 2)).isEqualTo(start + "-07 to " + start + "-12");
    assertThat(SeatViews.period(peru, 3)).isEqualTo((start + 1) + "-01 to " + (start + 1) + "-06");
  }

  @Test
  void roundsOfOtherLengthsAsTheScenarioSays() throws Exception {
    Scenario.Builder quarterly = new ScenarioSource(null).game("peru", java.util.List.of())
        .scenario().toBuilder().setMonthsPerRound(4).setStartYear(2011);
    Game game = Game.compile(quarterly.build());
    assertThat(SeatViews.period(game, 1)).isEqualTo("2011-01 to 2011-04");
    assertThat(SeatViews.period(game, 3)).isEqualTo("2011-09 to 2011-12");
    assertThat(SeatViews.period(game, 4)).isEqualTo("2012-01 to 2012-04");
  }
}
