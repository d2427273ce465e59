package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.move.Refusal;
import org.veta.engine.state.PolicyState;

/** Every reason a move can be refused, each with its code and a sentence. */
class MoveRulesTest {
  private final Game peru = TestGames.load("peru");

  private Optional<Refusal> check(Game game, String seat, String move, String... earlier) {
    try {
      List<Move> accepted = new java.util.ArrayList<>();
      for (String e : earlier) {
        accepted.add(MoveSyntax.parse(e));
      }
      return MoveRules.check(game, game.initialState(), game.seat(seat).orElseThrow(),
          MoveSyntax.parse(move), accepted);
    } catch (MoveSyntax.SyntaxError e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMoveOfAnotherRoleIsRefused() {
    assertThat(check(peru, "fedemin", "decree")).get().extracting(Refusal::code)
        .isEqualTo(Refusal.Code.WRONG_ROLE);
    assertThat(check(peru, "fedemin", "decree").get().message())
        .contains("central-state move").contains("federation");
  }

  @Test
  void lobbyingIsRefusedWhereMinersAreNotIncorporated() {
    assertThat(check(peru, "fedemin", "lobby")).get().extracting(Refusal::code)
        .isEqualTo(Refusal.Code.NOT_INCORPORATED);
    Game incorporated = TestGames.load("peru", "political_incorporation=0.9");
    assertThat(check(incorporated, "fedemin", "lobby")).isEmpty();
  }

  @Test
  void movesOutOfTheirMomentAreRefused() {
    assertThat(check(peru, "fedemin", "run_for_office").get().code()).isEqualTo(Refusal.Code.WRONG_MOMENT);
    assertThat(check(peru, "mdd_governor", "boycott").get().message()).contains("No roundtable");
    assertThat(check(peru, "fedemin", "propose clause=tax_rate value=1").get().code())
        .isEqualTo(Refusal.Code.WRONG_MOMENT);
    assertThat(check(peru, "executive", "enact").get().message()).contains("after the legislature");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThat(check(peru, "executive", "interdiction region=atlantis").get().message())
        .contains("no region 'atlantis'").contains("madre_de_dios");
    assertThat(check(peru, "executive", "draft clause=tax_rate value=11").get().message())
        .contains("between 0 and 10");
    assertThat(check(peru, "executive", "draft clause=nothing value=1").get().code())
        .isEqualTo(Refusal.Code.INVALID_ARGUMENT);
  }

  @Test
  void tooManyOrRepeatedMovesAreRefused() {
    assertThat(check(peru, "fedemin", "strike", "strike").get().code())
        .isEqualTo(Refusal.Code.TOO_MANY_MOVES);
    assertThat(check(peru, "fedemin", "formalize", "strike", "organize", "demand_negotiation")
        .get().message()).contains("at most 3");
    assertThat(check(peru, "fedemin", "strike", "hold").get().message()).contains("'hold'");
    assertThat(check(peru, "executive", "draft clause=tax_rate value=2", "draft clause=monitoring value=1"))
        .isEmpty();
  }

  @Test
  void aSeatThatDoesNotExistIsRefusedAndTheRoundGoesOn() {
    PolicyState start = peru.initialState();
    RoundResult result = RoundResolver.resolve(peru, start,
        Orders.builder().add("ghost", new Move.Strike(1, 10)).add("fedemin", new Move.Organize()).build(), 1);
    assertThat(result.refusals()).singleElement().extracting(Refusal::code)
        .isEqualTo(Refusal.Code.UNKNOWN_SEAT);
    assertThat(result.accepted()).extracting(o -> o.move().kind()).containsExactly(MoveKind.ORGANIZE);
  }

  @Test
  void theLegalMovesOfASeatFollowItsRoleAndTheMoment() {
    var fedemin = peru.seat("fedemin").orElseThrow();
    assertThat(MoveRules.available(peru, peru.initialState(), fedemin))
        .contains(MoveKind.STRIKE, MoveKind.ORGANIZE, MoveKind.HOLD)
        .doesNotContain(MoveKind.LOBBY, MoveKind.RUN_FOR_OFFICE, MoveKind.DECREE, MoveKind.PROPOSE);
  }
}
