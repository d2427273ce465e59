package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.negotiation.NegotiationFixtures.BOLIVIA;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.engine.RoundResolver;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Orders;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;

/** Agreed clauses reach the draft only where and with whom the engine lets the law be made. */
class DraftChangesTest {
  /** Bolivia after the given number of rounds played with the historical moves. */
  private static PolicyState historyUpTo(int rounds) {
    PolicyState state = BOLIVIA.initialState();
    for (int r = 1; r <= rounds; r++) {
      Orders.Builder orders = Orders.builder();
      for (SeatInfo seat : BOLIVIA.seats()) {
        orders.set(seat.id(), BOLIVIA.history(r, seat.id()));
      }
      state = RoundResolver.resolve(BOLIVIA, state, orders.build(), 1).after();
    }
    return state;
  }

  private static Agreement agreement(String from, List<String> to, String terms) {
    return NegotiationFixtures.agreed(Negotiations.EMPTY, BOLIVIA, 1, from, to, terms).agreements().get(0);
  }

  private static final Agreement WITH_THE_MINISTRY = agreement("fencomin",
      List.of("mines_ministry"), "clause tax_rate=1; clause concession_area=0.9; commit fencomin no_strike 2");

  @Test
  void refusedBeforeAnyRoundtableOrDirectNegotiation() {
    List<DraftChanges.DraftChange> changes =
        DraftChanges.allowed(BOLIVIA, BOLIVIA.initialState(), WITH_THE_MINISTRY);
    assertThat(changes).hasSize(2).allSatisfy(c -> {
      assertThat(c.allowed()).isFalse();
      assertThat(c.moves()).isEmpty();
      assertThat(c.reason()).contains("Neither a roundtable nor direct negotiation is open");
    });
  }

  @Test
  void refusedWithoutACentralStateParty() {
    PolicyState direct = historyUpTo(5);
    Agreement amongMiners = agreement("fencomin", List.of("la_paz_mayors"), "clause tax_rate=1");
    assertThat(DraftChanges.allowed(BOLIVIA, direct, amongMiners)).singleElement().satisfies(c -> {
      assertThat(c.allowed()).isFalse();
      assertThat(c.reason()).contains("No central-state seat is a party");
    });
  }

  @Test
  void allowedAtARoundtableWithTheMovesThatCarryItOut() {
    PolicyState roundtable = historyUpTo(1);
    assertThat(roundtable.get(NationalVar.ROUNDTABLE_OPEN)).isEqualTo(1);
    assertThat(roundtable.get(NationalVar.DIRECT_NEGOTIATION)).isZero();
    var changes = DraftChanges.allowed(BOLIVIA, roundtable, WITH_THE_MINISTRY);
    assertThat(changes).extracting(DraftChanges.DraftChange::allowed).containsExactly(true, true);
    assertThat(changes.get(0).reason()).contains("a roundtable is in session");
    assertThat(changes.get(0).moves()).extracting(DraftChanges.SeatMove::seat,
        DraftChanges.SeatMove::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("fencomin", "propose clause=tax_rate value=1"),
        org.assertj.core.groups.Tuple.tuple("mines_ministry", "draft clause=tax_rate value=1"));

    Orders.Builder orders = Orders.builder();
    changes.forEach(c -> c.moves().forEach(m -> orders.add(m.seat(), m.move())));
    PolicyState after = RoundResolver.resolve(BOLIVIA, roundtable, orders.build(), 1).after();
    assertThat(after.clause("tax_rate")).isEqualTo(1.0);
    assertThat(after.clause("concession_area")).isEqualTo(0.9);
  }

  @Test
  void inDirectNegotiationTheDraftChangesOnlyWhenTheEngineResolvesThoseMoves() {
    PolicyState direct = historyUpTo(5);
    assertThat(direct.get(NationalVar.DIRECT_NEGOTIATION)).isEqualTo(1);
    var changes = DraftChanges.allowed(BOLIVIA, direct, WITH_THE_MINISTRY);
    assertThat(changes).allMatch(DraftChanges.DraftChange::allowed);
    assertThat(changes.get(0).reason()).contains("direct negotiation is open");
    assertThat(direct.clause("tax_rate")).as("not yet the agreed value").isNotEqualTo(1.0);

    Orders.Builder orders = Orders.builder();
    changes.forEach(c -> c.moves().forEach(m -> orders.add(m.seat(), m.move())));
    PolicyState after = RoundResolver.resolve(BOLIVIA, direct, orders.build(), 1).after();
    assertThat(after.clause("tax_rate")).isEqualTo(1.0);
    assertThat(after.clause("concession_area")).isEqualTo(0.9);
  }

  @Test
  void refusedOnceTheDraftIsWithTheLegislature() {
    PolicyState submitted = historyUpTo(9);
    assertThat(submitted.get(NationalVar.LAW_STAGE)).isPositive();
    assertThat(DraftChanges.allowed(BOLIVIA, submitted, WITH_THE_MINISTRY))
        .allSatisfy(c -> assertThat(c.reason()).contains("with the legislature"))
        .noneMatch(DraftChanges.DraftChange::allowed);
  }

  @Test
  void anAgreementWithoutClausesHasNothingToDraft() {
    Agreement calm = agreement("fencomin", List.of("president"), "commit fencomin no_strike 1");
    assertThat(DraftChanges.allowed(BOLIVIA, historyUpTo(5), calm)).isEmpty();
  }
}
