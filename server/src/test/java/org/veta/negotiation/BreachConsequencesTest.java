package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.negotiation.NegotiationFixtures.PERU;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.engine.move.Move;
import org.veta.engine.move.Orders;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;

class BreachConsequencesTest {
  /** Agreement 1: fedemin, executive and the governor; agreement 2: fedemin and the ministry. */
  private static Negotiations twoAgreements(boolean firstInPublic) {
    Negotiations talks = NegotiationFixtures.agreed(Negotiations.EMPTY, PERU, 1, "fedemin",
        List.of("executive", "mdd_governor"),
        "commit fedemin no_strike 2" + (firstInPublic ? "; say \"no strike this season\"" : ""));
    return NegotiationFixtures.agreed(talks, PERU, 1, "fedemin", List.of("mines_ministry"),
        "commit mines_ministry no_decree 1");
  }

  private static List<Breach> strike(Negotiations talks) {
    return Breaches.of(PERU, PERU.initialState(), talks,
        Orders.builder().add("fedemin", new Move.Strike(1, 10)).build(), 1);
  }

  @Test
  void trustInTheBreakerFallsOnlyAmongThePartiesOfTheBrokenAgreement() {
    Negotiations talks = twoAgreements(false);
    List<Consequence> consequences = BreachConsequences.of(PERU, talks, strike(talks));
    assertThat(consequences).allMatch(c -> c instanceof Consequence.TrustChange);
    Trust after = Trust.NEUTRAL_TABLE.after(consequences);
    double fallen = Trust.NEUTRAL - BreachConsequences.TRUST_LOSS;
    assertThat(after.of("executive", "fedemin")).isEqualTo(fallen);
    assertThat(after.of("mdd_governor", "fedemin")).isEqualTo(fallen);
    assertThat(after.of("mines_ministry", "fedemin")).as("party to another agreement only")
        .isEqualTo(Trust.NEUTRAL);
    assertThat(after.of("la_libertad_governor", "fedemin")).isEqualTo(Trust.NEUTRAL);
    assertThat(after.of("fedemin", "executive")).as("the breaker's own trust").isEqualTo(Trust.NEUTRAL);
    assertThat(consequences).allSatisfy(c -> assertThat(c.reason()).contains("fedemin broke 'no_strike'"));
  }

  @Test
  void trustStaysWithinZeroAndOne() {
    Negotiations talks = twoAgreements(false);
    List<Consequence> once = BreachConsequences.of(PERU, talks, strike(talks));
    Trust trust = Trust.NEUTRAL_TABLE;
    for (int i = 0; i < 5; i++) {
      trust = trust.after(once);
    }
    assertThat(trust.of("executive", "fedemin")).isZero();
    assertThat(trust.after(List.of(new Consequence.TrustChange("executive", "fedemin", 3, "x")))
        .of("executive", "fedemin")).isEqualTo(1);
  }

  @Test
  void onlyAPublicBreachCostsStanding() {
    Negotiations quiet = twoAgreements(false);
    assertThat(BreachConsequences.of(PERU, quiet, strike(quiet)))
        .noneMatch(c -> c instanceof Consequence.StandingChange);
    Negotiations open = twoAgreements(true);
    assertThat(BreachConsequences.of(PERU, open, strike(open)))
        .filteredOn(c -> c instanceof Consequence.StandingChange).singleElement()
        .isEqualTo(new Consequence.StandingChange(new Target.Regional("madre_de_dios",
            RegionVar.MEMBERSHIP), -BreachConsequences.PUBLIC_STANDING_LOSS,
            "a public promise broken: fedemin broke 'no_strike' (agreement 1) with "
                + "strike scale=1 days=10, in public"));
  }

  @Test
  void standingIsTheCentresLegitimacyOrAnOfficialsApproval() {
    assertThat(BreachConsequences.standing(PERU.seat("executive").orElseThrow()))
        .isEqualTo(new Target.National(NationalVar.CENTRAL_LEGITIMACY));
    assertThat(BreachConsequences.standing(PERU.seat("mdd_governor").orElseThrow()))
        .isEqualTo(new Target.OfSeat("mdd_governor", SeatVar.APPROVAL));
  }
}
