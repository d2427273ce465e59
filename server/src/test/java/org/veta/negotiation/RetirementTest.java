package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.negotiation.NegotiationFixtures.PERU;
import static org.veta.negotiation.NegotiationFixtures.done;
import static org.veta.negotiation.NegotiationFixtures.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A ledger that has negotiated for hours keeps what the game still needs, and says what it let go. */
class RetirementTest {
  private static final List<String> FEDEMIN = List.of("fedemin");

  /** Proposals of round 1: the even ones accepted (agreements), the odd ones rejected. */
  private static Negotiations settledInRoundOne(int count, String commitment) {
    Negotiations n = Negotiations.EMPTY;
    for (int i = 1; i <= count; i++) {
      n = done(n.propose(PERU, 1, "executive", FEDEMIN, terms(commitment))).negotiations();
      n = (i % 2 == 0 ? done(n.accept(i, "fedemin")) : done(n.reject(i, "fedemin"))).negotiations();
    }
    return n;
  }

  @Test
  void aWorkshopsLedgerIsLeftWhole() {
    Negotiations n = settledInRoundOne(40, "commit fedemin no_strike 1");
    assertThat(n.retire(5)).isSameAs(n);
  }

  @Test
  void keepsTheNewestSettledProposalsAndSpentAgreementsAndEverythingOpen() {
    int count = 3 * Negotiations.SETTLED_KEPT;
    Negotiations n = settledInRoundOne(count, "commit fedemin no_strike 1");
    n = done(n.propose(PERU, 2, "executive", FEDEMIN, terms("commit fedemin no_strike 1")))
        .negotiations();
    int open = count + 1;

    Negotiations retired = n.retire(3);

    assertThat(retired.proposals()).filteredOn(p -> !p.isOpen())
        .hasSize(Negotiations.SETTLED_KEPT)
        .extracting(Proposal::id).as("the newest settled ones")
        .containsExactlyElementsOf(java.util.stream.IntStream
            .rangeClosed(count - Negotiations.SETTLED_KEPT + 1, count).boxed().toList());
    assertThat(retired.open()).extracting(Proposal::id).containsExactly(open);
    assertThat(retired.agreements()).hasSize(Negotiations.SETTLED_KEPT)
        .extracting(Agreement::id).as("the newest spent agreements, in order")
        .isSorted().allMatch(id -> id > count - 2 * Negotiations.SETTLED_KEPT);
    assertThat(retired.agreement(2)).isEmpty();
    assertThat(n.agreements()).as("the old value is untouched").hasSize(count / 2);
  }

  @Test
  void anAgreementThatStillBindsIsNeverLetGo() {
    // Commitments for six rounds made in round 1 bind rounds 1 to 6.
    Negotiations n = settledInRoundOne(3 * Negotiations.SETTLED_KEPT, "commit fedemin no_strike 6");
    assertThat(n.retire(4).agreements()).hasSize(3 * Negotiations.SETTLED_KEPT / 2);
    assertThat(n.retire(7).agreements()).hasSize(Negotiations.SETTLED_KEPT);
  }

  @Test
  void aProposalLetGoIsAnsweredWithWhereToFindIt() {
    Negotiations retired = settledInRoundOne(3 * Negotiations.SETTLED_KEPT,
        "commit fedemin no_strike 1").retire(3);
    Outcome answer = retired.accept(1, "fedemin");
    assertThat(answer).isInstanceOfSatisfying(Outcome.Refused.class, r -> {
      assertThat(r.code()).isEqualTo(Outcome.Code.NOT_OPEN);
      assertThat(r.reason()).contains("Proposal 1 was settled").contains("debrief");
    });
    assertThat(retired.withdraw(1000, "executive")).isInstanceOfSatisfying(Outcome.Refused.class,
        r -> assertThat(r.code()).isEqualTo(Outcome.Code.UNKNOWN_PROPOSAL));
  }
}
