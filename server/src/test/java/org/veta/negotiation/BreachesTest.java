package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.negotiation.NegotiationFixtures.PERU;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;

class BreachesTest {
  private static final PolicyState START = PERU.initialState();

  /** An agreement made in round 1 between the seat and the executive (or the federation). */
  private static Negotiations pledged(String seat, String pledge, int rounds, boolean inPublic) {
    String other = seat.equals("executive") ? "fedemin" : "executive";
    return NegotiationFixtures.agreed(Negotiations.EMPTY, PERU, 1, other, List.of(seat),
        "commit " + seat + " " + pledge + " " + rounds + (inPublic ? "; say \"we agree\"" : ""));
  }

  private static Orders orders(String seat, String... moves) {
    Orders.Builder builder = Orders.builder();
    for (String move : moves) {
      try {
        builder.add(seat, MoveSyntax.parse(move));
      } catch (MoveSyntax.SyntaxError e) {
        throw new AssertionError(e);
      }
    }
    return builder.build();
  }

  private static List<Breach> breaches(Negotiations talks, Orders orders, int round) {
    return Breaches.of(PERU, START, talks, orders, round);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fedemin|no_strike|strike scale=1 days=23|organize",
      "mdd_governor|forbear|enforce|forbear",
      "executive|no_interdiction madre_de_dios|interdiction madre_de_dios 0.6|interdiction la_libertad 0.6",
      "executive|no_decree|decree size=0.2|roundtable",
      "mdd_governor|no_enforcement|enforce|voice",
      "executive|no_enforcement|interdiction la_libertad 0.6|decree size=0.2",
      "mdd_governor|endorse|voice|endorse"})
  void eachPledgeIsBrokenByTheMoveItForbidsAndKeptOtherwise(String seat, String pledge,
      String breaking, String keeping) throws Exception {
    Negotiations talks = pledged(seat, pledge, 2, false);
    List<Breach> broken = breaches(talks, orders(seat, breaking), 1);
    assertThat(broken).singleElement().satisfies(b -> {
      assertThat(b.round()).isEqualTo(1);
      assertThat(b.seat()).isEqualTo(seat);
      assertThat(b.agreement()).isEqualTo(1);
      assertThat(b.term().pledge().text()).isEqualTo(pledge);
      assertThat(b.move()).isEqualTo(MoveSyntax.parse(breaking));
      assertThat(b.isPublic()).isFalse();
    });
    assertThat(breaches(talks, orders(seat, keeping), 1)).as("a move that respects it").isEmpty();
    assertThat(breaches(talks, orders(seat, breaking), 2)).as("its last round").hasSize(1);
    assertThat(breaches(talks, orders(seat, breaking), 3)).as("after its last round").isEmpty();
  }

  @Test
  void anotherSeatsMoveBreaksNothing() {
    Negotiations talks = pledged("fedemin", "no_strike", 2, false);
    assertThat(breaches(talks, orders("la_libertad_miners", "strike scale=1 days=5"), 1)).isEmpty();
  }

  @Test
  void aMoveTheRulesRefuseNeverHappensSoBreaksNothing() {
    Negotiations talks = pledged("fedemin", "no_strike", 2, false);
    // hold means no other move this round: the engine refuses the strike that follows it
    assertThat(breaches(talks, orders("fedemin", "hold", "strike scale=1 days=5"), 1)).isEmpty();
  }

  @Test
  void anEndorsementPledgeIsBrokenByDoingSomethingElseButNotByAbsence() {
    Negotiations talks = pledged("mdd_governor", "endorse", 1, false);
    assertThat(breaches(talks, Orders.NONE, 1)).as("no orders at all").isEmpty();
    assertThat(breaches(talks, orders("mdd_governor", "hold"), 1)).singleElement()
        .satisfies(b -> assertThat(b.move()).isEqualTo(new Move.Hold()));
    assertThat(breaches(talks, orders("mdd_governor", "forbear", "endorse"), 1)).isEmpty();
  }

  @Test
  void anAgreementWithAStatementIsPublicAndSoAreItsBreaches() {
    Negotiations talks = pledged("fedemin", "no_strike", 1, true);
    assertThat(talks.agreements().get(0).isPublic()).isTrue();
    assertThat(breaches(talks, orders("fedemin", "strike"), 1)).singleElement()
        .satisfies(b -> assertThat(b.isPublic()).isTrue());
  }

  @Test
  void aProposalNotYetAcceptedBindsNobody() throws Exception {
    Negotiations talks = NegotiationFixtures.done(Negotiations.EMPTY.propose(PERU, 1, "executive",
        List.of("fedemin"), TermSyntax.parseAll("commit fedemin no_strike 2"))).negotiations();
    assertThat(breaches(talks, orders("fedemin", "strike"), 1)).isEmpty();
  }

  @Test
  void everyBrokenCommitmentIsItsOwnBreach() {
    Negotiations talks = pledged("fedemin", "no_strike", 2, false);
    talks = NegotiationFixtures.agreed(talks, PERU, 2, "mdd_governor", List.of("fedemin"),
        "commit fedemin no_strike 1");
    assertThat(breaches(talks, orders("fedemin", "strike"), 2))
        .extracting(Breach::agreement).containsExactly(1, 2);
  }
}
