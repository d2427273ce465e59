package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;

/** Guards the property tests: their random orders must exercise both accepted and refused moves. */
class RandomOrdersTest {
  @Test
  void randomOrdersAreSometimesAcceptedAndSometimesRefused() {
    Game game = TestGames.load("peru");
    PolicyState state = game.initialState();
    int accepted = 0;
    int refused = 0;
    for (int r = 1; r <= 14; r++) {
      Orders orders = RandomOrders.draw(game, SeededRandom.stream(7, r, "test-orders"));
      RoundResult result = RoundResolver.resolve(game, state, orders, 7);
      accepted += (int) result.accepted().stream().filter(o -> o.move().kind() != MoveKind.HOLD).count();
      refused += result.refusals().size();
      state = result.after();
    }
    assertThat(accepted).isGreaterThan(20);
    assertThat(refused).isGreaterThan(20);
  }
}
