package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.negotiation.NegotiationFixtures.PERU;
import static org.veta.negotiation.NegotiationFixtures.done;
import static org.veta.negotiation.NegotiationFixtures.terms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationsTest {
  private static final List<String> BOTH = List.of("fedemin", "mdd_governor");

  private static Outcome.Done proposeToBoth() {
    return done(Negotiations.EMPTY.propose(PERU, 2, "executive", BOTH,
        terms("commit executive no_interdiction madre_de_dios 2; commit fedemin no_strike 2")));
  }

  private static Outcome.Refused refused(Outcome outcome, Outcome.Code code, String sentence) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    Outcome.Refused refused = (Outcome.Refused) outcome;
    assertThat(refused.code()).isEqualTo(code);
    assertThat(refused.reason()).contains(sentence);
    return refused;
  }

  @Test
  void aProposalOpensWithItsTermsAndNoAgreement() {
    Outcome.Done proposed = proposeToBoth();
    Proposal p = proposed.proposal();
    assertThat(p.id()).isEqualTo(1);
    assertThat(p.round()).isEqualTo(2);
    assertThat(p.status()).isEqualTo(ProposalStatus.OPEN);
    assertThat(p.parent()).isEmpty();
    assertThat(p.parties()).containsExactly("executive", "fedemin", "mdd_governor");
    assertThat(proposed.negotiations().open()).containsExactly(p);
    assertThat(proposed.negotiations().agreements()).isEmpty();
    assertThat(Negotiations.EMPTY.proposals()).as("the old value is untouched").isEmpty();
  }

  @Test
  void anAgreementNeedsEveryAddressee() {
    Outcome.Done proposed = proposeToBoth();
    Outcome.Done first = done(proposed.negotiations().accept(1, "fedemin"));
    assertThat(first.proposal().status()).isEqualTo(ProposalStatus.OPEN);
    assertThat(first.proposal().acceptedBy()).containsExactly("fedemin");
    assertThat(first.negotiations().agreements()).isEmpty();

    Outcome.Done second = done(first.negotiations().accept(1, "mdd_governor"));
    assertThat(second.proposal().status()).isEqualTo(ProposalStatus.ACCEPTED);
    Agreement agreement = second.negotiations().agreements().get(0);
    assertThat(agreement.id()).isEqualTo(1);
    assertThat(agreement.round()).isEqualTo(2);
    assertThat(agreement.parties()).containsExactly("executive", "fedemin", "mdd_governor");
    assertThat(agreement.terms()).isEqualTo(proposed.proposal().terms());
    assertThat(agreement.bindings()).extracting(Agreement.Binding::firstRound,
        Agreement.Binding::lastRound).containsOnly(org.assertj.core.groups.Tuple.tuple(2, 3));
    assertThat(agreement.isPublic()).isFalse();
  }

  @Test
  void refusesTwiceAcceptingAndAnsweringAClosedProposal() {
    Negotiations once = done(proposeToBoth().negotiations().accept(1, "fedemin")).negotiations();
    refused(once.accept(1, "fedemin"), Outcome.Code.NOT_OPEN, "already accepted");
    Negotiations rejected = done(once.reject(1, "mdd_governor")).negotiations();
    assertThat(rejected.proposal(1).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    refused(rejected.accept(1, "mdd_governor"), Outcome.Code.NOT_OPEN, "was rejected");
    refused(rejected.withdraw(1, "executive"), Outcome.Code.NOT_OPEN, "no longer open");
    assertThat(rejected.agreements()).isEmpty();
  }

  @Test
  void onlyAddresseesAnswerAndOnlyTheProposerWithdraws() {
    Negotiations talks = proposeToBoth().negotiations();
    refused(talks.accept(1, "executive"), Outcome.Code.NOT_YOURS, "only they can accept");
    refused(talks.reject(1, "la_libertad_governor"), Outcome.Code.NOT_YOURS, "only they can reject");
    refused(talks.counter(PERU, 1, "mines_ministry", terms("commit fedemin no_strike 1")),
        Outcome.Code.NOT_YOURS, "only they can counter");
    refused(talks.withdraw(1, "fedemin"), Outcome.Code.NOT_YOURS, "Only executive");
    refused(talks.accept(9, "fedemin"), Outcome.Code.UNKNOWN_PROPOSAL, "no proposal 9");
    refused(talks.withdraw(9, "fedemin"), Outcome.Code.UNKNOWN_PROPOSAL, "no proposal 9");

    Outcome.Done withdrawn = done(talks.withdraw(1, "executive"));
    assertThat(withdrawn.proposal().status()).isEqualTo(ProposalStatus.WITHDRAWN);
    refused(withdrawn.negotiations().accept(1, "fedemin"), Outcome.Code.NOT_OPEN, "withdrawn");
  }

  @Test
  void aCounterGoesBackToTheProposerAndNamesItsParent() {
    Negotiations talks = proposeToBoth().negotiations();
    Outcome.Done countered = done(talks.counter(PERU, 1, "fedemin",
        terms("commit executive no_interdiction madre_de_dios 4; commit fedemin no_strike 1")));
    Proposal counter = countered.proposal();
    assertThat(counter.id()).isEqualTo(2);
    assertThat(counter.parent()).hasValue(1);
    assertThat(counter.from()).isEqualTo("fedemin");
    assertThat(counter.addressees()).containsExactly("executive");
    assertThat(counter.round()).isEqualTo(2);
    Negotiations after = countered.negotiations();
    assertThat(after.proposal(1).orElseThrow().status()).isEqualTo(ProposalStatus.COUNTERED);
    refused(after.accept(1, "mdd_governor"), Outcome.Code.NOT_OPEN, "countered");

    Outcome.Done accepted = done(after.accept(2, "executive"));
    assertThat(accepted.negotiations().agreements()).singleElement()
        .satisfies(a -> assertThat(a.parties()).containsExactly("fedemin", "executive"));
  }

  @Test
  void aRefusedCounterLeavesTheParentOpen() {
    Negotiations talks = proposeToBoth().negotiations();
    refused(talks.counter(PERU, 1, "fedemin", terms("commit mdd_governor forbear 2")),
        Outcome.Code.INVALID_TERM, "only the proposer or an addressee");
    assertThat(talks.proposal(1).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
  }

  @Test
  void theEndOfTheTalksExpiresOpenProposalsButKeepsAgreements() {
    Negotiations talks = NegotiationFixtures.agreed(Negotiations.EMPTY, PERU, 1, "fedemin", List.of("executive"),
        "commit fedemin no_strike 1");
    talks = done(talks.propose(PERU, 1, "executive", List.of("fedemin"),
        terms("commit executive no_decree 1"))).negotiations();
    Negotiations expired = talks.expireOpen();
    assertThat(expired.proposal(2).orElseThrow().status()).isEqualTo(ProposalStatus.EXPIRED);
    assertThat(expired.proposal(1).orElseThrow().status()).isEqualTo(ProposalStatus.ACCEPTED);
    assertThat(expired.open()).isEmpty();
    assertThat(expired.agreements()).isEqualTo(talks.agreements());
    refused(expired.accept(2, "fedemin"), Outcome.Code.NOT_OPEN, "expired");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nobody|fedemin|commit fedemin no_strike 1|UNKNOWN_SEAT|no seat 'nobody'",
      "executive|ghost|commit fedemin no_strike 1|UNKNOWN_SEAT|no seat 'ghost'",
      "executive|executive|commit executive no_decree 1|INVALID_ADDRESSEES|to yourself",
      "executive|fedemin,fedemin|commit fedemin no_strike 1|INVALID_ADDRESSEES|named twice",
      "executive||commit fedemin no_strike 1|INVALID_ADDRESSEES|at least one seat",
      "executive|fedemin|clause royalty=1|INVALID_TERM|no clause 'royalty'",
      "executive|fedemin|clause tax_rate=99|INVALID_TERM|must be between",
      "executive|fedemin|clause tax_rate=1; clause tax_rate=2|INVALID_TERM|appears twice",
      "executive|fedemin|commit mdd_governor forbear 2|INVALID_TERM|only the proposer or an addressee",
      "executive|fedemin|commit fedemin no_strike 0|INVALID_TERM|1 to 6 rounds",
      "executive|fedemin|commit fedemin no_strike 7|INVALID_TERM|1 to 6 rounds",
      "executive|fedemin|commit fedemin no_interdiction madre_de_dios 2|INVALID_TERM|cannot pledge",
      "executive|mdd_governor|commit mdd_governor no_strike 2|INVALID_TERM|cannot pledge",
      "executive|fedemin|commit executive no_interdiction cusco 2|INVALID_TERM|no region 'cusco'"})
  void refusesAProposalThatDoesNotFitTheGame(String from, String to, String termText,
      Outcome.Code code, String sentence) {
    List<String> addressees = to == null ? List.of() : List.of(to.split(","));
    refused(Negotiations.EMPTY.propose(PERU, 1, from, addressees, terms(termText)), code, sentence);
  }

  @Test
  void refusesAProposalWithoutTerms() {
    refused(Negotiations.EMPTY.propose(PERU, 1, "executive", List.of("fedemin"), List.of()),
        Outcome.Code.INVALID_TERM, "at least one term");
  }

  @Test
  void noEnforcementBindsAnOfficialOrTheCentreButNotAFederation() {
    assertThat(Negotiations.EMPTY.propose(PERU, 1, "executive", List.of("mdd_governor"),
        terms("commit executive no_enforcement 1; commit mdd_governor no_enforcement 1")).isDone())
        .isTrue();
    refused(Negotiations.EMPTY.propose(PERU, 1, "executive", List.of("fedemin"),
        terms("commit fedemin no_enforcement 1")), Outcome.Code.INVALID_TERM, "cannot pledge");
  }
}
