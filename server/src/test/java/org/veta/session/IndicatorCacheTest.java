package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veta.app.ScenarioSource;
import org.veta.engine.Game;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.wire.Indicator;

/** The cached indicators are those SeatViews builds, per seat, and follow every new state. */
class IndicatorCacheTest {
  private Game game;
  private IndicatorCache cache;

  @BeforeEach
  void peru() throws Exception {
    game = new ScenarioSource(null).game("peru", List.of());
    cache = new IndicatorCache(game);
  }

  @Test
  void eachSeatGetsWhatSeatViewsBuildsOnceForAState() {
    PolicyState start = game.initialState();
    String seat = game.scenario().getSeats(0).getId();
    List<Indicator> everyone = cache.of(start, start, SeatViews.EVERYONE);
    List<Indicator> mine = cache.of(start, start, seat);
    assertThat(everyone).isEqualTo(SeatViews.indicators(game, start, start, SeatViews.EVERYONE));
    assertThat(mine).isEqualTo(SeatViews.indicators(game, start, start, seat));
    assertThat(mine.size()).isLessThan(everyone.size()); // others' seat variables are private
    assertThat(cache.of(start, start, seat)).isSameAs(mine);
  }

  @Test
  void seatsShareWhatTheyAllSeeAndKeepTheirOwnApart() {
    PolicyState start = game.initialState();
    String first = game.scenario().getSeats(0).getId();
    String second = game.scenario().getSeats(1).getId();
    List<Indicator> mine = cache.of(start, start, first);
    List<Indicator> theirs = cache.of(start, start, second);
    Indicator national = mine.stream().filter(i -> i.getScope().equals("national")).findFirst()
        .orElseThrow();
    assertThat(theirs).anySatisfy(i -> assertThat(i).isSameAs(national));
    assertThat(mine).noneSatisfy(i -> assertThat(i.getScope()).isEqualTo(second));
    assertThat(theirs).noneSatisfy(i -> assertThat(i.getScope()).isEqualTo(first));
    assertThat(theirs).isEqualTo(SeatViews.indicators(game, start, start, second));
  }

  @Test
  void aNewStateIsBuiltAfresh() {
    PolicyState start = game.initialState();
    var edit = start.edit();
    var target = PolicyState.targets(game.layout()).get(0);
    edit.set(target, start.get(target) + 1);
    PolicyState after = edit.freeze(1);
    List<Indicator> before = cache.of(start, start, SeatViews.EVERYONE);
    List<Indicator> now = cache.of(after, start, SeatViews.EVERYONE);
    assertThat(now).isNotEqualTo(before)
        .isEqualTo(SeatViews.indicators(game, after, start, SeatViews.EVERYONE));
    assertThat(now.get(0).getPrevious()).isEqualTo(start.get(target));
  }
}
