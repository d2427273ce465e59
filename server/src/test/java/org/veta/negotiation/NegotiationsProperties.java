package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veta.negotiation.NegotiationFixtures.PERU;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever seats do in the talks, agreements need everyone's yes and never change once made. */
class NegotiationsProperties {
  private static final List<String> SEATS = PERU.seats().stream().map(s -> s.id()).toList();
  private static final List<String> TERMS = List.of(
      "clause tax_rate=1", "say \"together\"", "clause monitoring=0.2; say \"calm\"",
      "commit fedemin no_strike 2", "commit executive no_interdiction madre_de_dios 3",
      "commit mdd_governor forbear 1; say \"together\"", "commit executive no_decree 6",
      "clause tax_rate=99", "commit fedemin no_strike 9", "commit la_libertad_governor endorse 2");

  /** One request: which, by which seat, on which proposal, to whom, with which terms. */
  record Op(int kind, int seat, int proposal, int addressee, int secondAddressee, int terms) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
    Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 8), small, small,
        small, small, small).as(Op::new);
    return op.list().ofMinSize(8).ofMaxSize(60);
  }

  @Property(tries = 300)
  void agreementsNeedEveryAddresseeAndNeverChange(@ForAll("operations") List<Op> ops) {
    Negotiations talks = Negotiations.EMPTY;
    Map<Integer, Set<String>> acceptances = new HashMap<>();
    int round = 1;
    for (Op op : ops) {
      String seat = SEATS.get(op.seat() % SEATS.size());
      // mostly an open proposal; sometimes any proposal, or one that does not exist
      List<Proposal> pool = op.proposal() % 5 == 0 ? talks.proposals() : talks.open();
      int id = pool.isEmpty() || op.proposal() % 13 == 0 ? 99
          : pool.get(op.proposal() % pool.size()).id();
      Negotiations before = talks;
      Outcome outcome;
      switch (op.kind()) {
        case 0, 1 -> {
          Set<String> to = new HashSet<>(List.of(SEATS.get(op.addressee() % SEATS.size())));
          if (op.secondAddressee() % 2 == 0) {
            to.add(SEATS.get(op.secondAddressee() % SEATS.size()));
          }
          outcome = talks.propose(PERU, round, seat, List.copyOf(to), NegotiationFixtures.terms(
              TERMS.get(op.terms() % TERMS.size())));
        }
        case 2, 3, 4 -> {
          // mostly an addressee of the proposal, sometimes anyone
          Proposal p = talks.proposal(id).orElse(null);
          String who = p != null && op.addressee() % 4 != 0
              ? p.addressees().get(op.addressee() % p.addressees().size()) : seat;
          outcome = talks.accept(id, who);
          if (outcome.isDone()) {
            acceptances.computeIfAbsent(id, k -> new HashSet<>()).add(who);
          }
        }
        case 5 -> outcome = talks.reject(id, seat);
        case 6 -> outcome = talks.counter(PERU, id, seat, NegotiationFixtures.terms(TERMS.get(op.terms() % TERMS.size())));
        case 7 -> outcome = talks.withdraw(id, talks.proposal(id).map(Proposal::from).orElse(seat));
        default -> {
          outcome = new Outcome.Done(talks.expireOpen(), null);
          round++;
        }
      }
      if (outcome instanceof Outcome.Done done) {
        talks = done.negotiations();
      }
      assertThat(talks.agreements().size()).isGreaterThanOrEqualTo(before.agreements().size());
      assertThat(talks.agreements().subList(0, before.agreements().size()))
          .as("agreements are only appended").isEqualTo(before.agreements());
      for (Proposal old : before.proposals()) {
        if (!old.isOpen()) {
          assertThat(talks.proposal(old.id())).as("a settled proposal stays settled").contains(old);
        }
      }
      for (Agreement agreement : talks.agreements()) {
        Proposal accepted = talks.proposal(agreement.id()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(acceptances.getOrDefault(agreement.id(), Set.of()))
            .as("every addressee of agreement %d said yes", agreement.id())
            .containsAll(accepted.addressees());
        assertThat(agreement.parties()).isEqualTo(accepted.parties());
        assertThat(agreement.terms()).isEqualTo(accepted.terms());
      }
      assertThat(talks.agreements()).extracting(Agreement::id).doesNotHaveDuplicates();
    }
    boolean agreedAmongMany = talks.agreements().stream().anyMatch(a -> a.parties().size() > 2);
    Statistics.label("agreement").collect(!talks.agreements().isEmpty());
    Statistics.label("agreement among three or more").collect(agreedAmongMany);
    // the property means something only if the random talks often end in agreements
    Statistics.label("agreement").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("agreement among three or more").coverage(c -> c.check(true).count(n -> n > 0));
  }
}
