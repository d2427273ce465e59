package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.veta.engine.move.Move;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.Target;
import org.veta.engine.state.Variable;

/** Invariants of the rule engine, over scenarios, seeds and random (mostly invalid) orders. */
class EngineProperties {
  private static final Map<String, Game> GAMES = new HashMap<>();

  private static Game game(String name) {
    synchronized (GAMES) {
      return GAMES.computeIfAbsent(name, TestGames::load);
    }
  }

  @Provide
  Arbitrary<String> scenarios() {
    return Arbitraries.of("peru", "bolivia", "tutorial");
  }

  /** Plays a game of random orders; returns every round's result. */
  private static List<RoundResult> play(Game game, long seed, int rounds) {
    List<RoundResult> results = new ArrayList<>();
    PolicyState state = game.initialState();
    for (int r = 1; r <= rounds; r++) {
      Orders orders = RandomOrders.draw(game, SeededRandom.stream(seed, r, "test-orders"));
      RoundResult result = RoundResolver.resolve(game, state, orders, seed);
      results.add(result);
      state = result.after();
    }
    return results;
  }

  @Property(tries = 150)
  void everyVariableStaysWithinItsBounds(@ForAll("scenarios") String scenario, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 16) int rounds) {
    Game game = game(scenario);
    for (RoundResult result : play(game, seed, rounds)) {
      for (Target t : PolicyState.targets(game.layout())) {
        Variable v = t.variable();
        assertThat(result.after().get(t)).as("%s in round %d", t.key(), result.round())
            .isBetween(v.min(), v.max());
      }
    }
  }

  @Property(tries = 100)
  void sameScenarioSeedAndMovesGiveByteIdenticalStates(@ForAll("scenarios") String scenario,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int rounds) {
    List<RoundResult> first = play(TestGames.load(scenario), seed, rounds);
    List<RoundResult> second = play(TestGames.load(scenario), seed, rounds);
    for (int i = 0; i < rounds; i++) {
      assertThat(second.get(i).after().canonicalBytes()).isEqualTo(first.get(i).after().canonicalBytes());
      assertThat(second.get(i).effects()).hasSameSizeAs(first.get(i).effects());
      assertThat(second.get(i).after().digest()).isEqualTo(first.get(i).after().digest());
    }
  }

  @Property(tries = 150)
  void everyStateChangeHasAReasonAndTheEffectsReplayToTheNextState(
      @ForAll("scenarios") String scenario, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 14) int rounds) {
    Game game = game(scenario);
    for (RoundResult result : play(game, seed, rounds)) {
      Map<String, Double> values = new HashMap<>(result.before().values());
      for (Effect e : result.effects()) {
        assertThat(e.reason().text()).isNotBlank();
        assertThat(e.after()).isNotEqualTo(e.before());
        assertThat(values.get(e.target().key())).as("effect starts from the current value")
            .isEqualTo(e.before());
        values.put(e.target().key(), e.after());
      }
      assertThat(values).as("effects replayed give the next state, so no change is unexplained")
          .isEqualTo(result.after().values());
    }
  }

  @Property(tries = 150)
  void refusedMovesNeverChangeTheState(@ForAll("scenarios") String scenario, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int rounds) {
    Game game = game(scenario);
    PolicyState state = game.initialState();
    for (int r = 1; r <= rounds; r++) {
      Orders noisy = RandomOrders.draw(game, SeededRandom.stream(seed, r, "test-orders"));
      RoundResult withRefusals = RoundResolver.resolve(game, state, noisy, seed);
      Orders.Builder clean = Orders.builder();
      for (RoundContext.Ordered<Move> o : withRefusals.accepted()) {
        if (game.seat(o.seat().id()).isPresent()) {
          clean.add(o.seat().id(), o.move());
        }
      }
      RoundResult withoutRefused = RoundResolver.resolve(game, state, clean.build(), seed);
      assertThat(withoutRefused.refusals()).isEmpty();
      assertThat(withoutRefused.after().canonicalBytes())
          .isEqualTo(withRefusals.after().canonicalBytes());
      state = withRefusals.after();
    }
  }
}
