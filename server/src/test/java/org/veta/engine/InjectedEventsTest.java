package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Shock;

/** A facilitator's inject is an event added to the game: it resolves through the engine. */
class InjectedEventsTest {
  private final Game tutorial = TestGames.load("tutorial");

  private static ScheduledEvent accident(int round) {
    return ScheduledEvent.newBuilder().setId("mine_accident+1").setRound(round)
        .setTitle("Mine collapse").addShocks(Shock.newBuilder()
            .setTarget("region.valle_dorado.conflict").setDelta(0.1)).build();
  }

  @Test
  void aShockChangesItsIndicatorWithTheEventAsItsReason() {
    PolicyState start = tutorial.initialState();
    RoundResult without = RoundResolver.resolve(tutorial, start, Orders.NONE, 7);
    RoundResult with = RoundResolver.resolve(tutorial.withEvent(accident(1)), start, Orders.NONE, 7);
    var key = tutorial.layout().target("region.valle_dorado.conflict").orElseThrow();
    assertThat(with.after().get(key)).isGreaterThan(without.after().get(key));
    assertThat(with.effects()).anySatisfy(e -> {
      assertThat(e.target().key()).isEqualTo("region.valle_dorado.conflict");
      assertThat(e.mechanism()).isEqualTo(MechanismId.SCENARIO_EVENT);
      assertThat(e.cause().seat()).isEqualTo("event:mine_accident+1");
      assertThat(e.reason().text()).contains("Mine collapse");
    });
    // An event for a later round changes nothing now, and the same inputs give the same state.
    assertThat(RoundResolver.resolve(tutorial.withEvent(accident(2)), start, Orders.NONE, 7)
        .after().digest()).isEqualTo(without.after().digest());
    assertThat(RoundResolver.resolve(tutorial.withEvent(accident(1)), start, Orders.NONE, 7)
        .after().digest()).isEqualTo(with.after().digest());
  }

  @Test
  void anEarlyElectionOpensCandidaciesInItsRound() throws Exception {
    SeatInfo federation = tutorial.seat("federation").orElseThrow();
    Move run = MoveSyntax.parse("run_for_office");
    PolicyState start = tutorial.initialState();
    assertThat(MoveRules.check(tutorial, start, federation, run, List.of())).isPresent();
    Game early = tutorial.withEvent(ScheduledEvent.newBuilder().setId("early_election+1")
        .setRound(1).setTitle("Early municipal election").setElection(true).build());
    assertThat(early.isElectionRound(1)).isTrue();
    assertThat(MoveRules.check(early, start, federation, run, List.of())).isEmpty();
  }

  @Test
  void indicatorKeysReadBackToTheirTargets() {
    for (var target : PolicyState.targets(tutorial.layout())) {
      assertThat(tutorial.layout().target(target.key())).contains(target);
    }
    assertThat(tutorial.layout().target("region.atlantis.conflict")).isEmpty();
    assertThat(tutorial.layout().target("national.nonsense")).isEmpty();
    assertThat(tutorial.layout().target("clause")).isEmpty();
  }
}
