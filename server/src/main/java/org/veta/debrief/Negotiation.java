package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veta.protocol.wire.BreachView;
import org.veta.protocol.wire.ProposalView;

/**
 * What the seats offered, agreed and broke. Agreements and breaches are complete: the log records
 * each one. Proposals are those a person was party to: the table sends a proposal only to its
 * parties, so one between two bots never reaches the log unless it became an agreement.
 */
public final class Negotiation {
  /**
   * An agreement: its number (its proposal's; 0 when no person received it, as between two bots),
   * parties and terms; whether public and what the rules let it change, if known.
   */
  public record Agreed(int round, long id, List<String> parties, List<String> terms,
      String visibility, List<String> draftChanges) {}

  private final Map<Long, ProposalView> proposals = new LinkedHashMap<>();
  private final List<Agreed> agreements = new ArrayList<>();
  /** Per agreement: whether its lifecycle record was seen (each agreement has exactly one). */
  private final List<Boolean> recorded = new ArrayList<>();
  private final List<BreachView> breaches = new ArrayList<>();

  void proposal(ProposalView view) {
    ProposalView known = proposals.get(view.getId());
    // Each party's copy carries its own utilities; keep the first copy's, the latest status.
    proposals.put(view.getId(), known == null ? view : known.toBuilder()
        .setStatus(view.getStatus()).clearAcceptedBy().addAllAcceptedBy(view.getAcceptedByList())
        .build());
  }

  /**
   * The table's lifecycle record of an agreement (every agreement has one, written just after the
   * agreement's view was sent to those who may read it, if anyone).
   */
  void agreement(Agreed agreed) {
    for (int i = 0; i < agreements.size(); i++) {
      if (!recorded.get(i) && same(agreements.get(i), agreed)) {
        recorded.set(i, true);
        return;
      }
    }
    agreements.add(agreed);
    recorded.add(true);
  }

  /** A view of an agreement as a seat received it: its id, visibility and draft changes. */
  void agreementView(org.veta.protocol.wire.AgreementView view) {
    Agreed seen = new Agreed(view.getRound(), view.getId(), view.getPartiesList(),
        view.getTermsList(), view.getPublic() ? "public" : "private", view.getDraftChangesList());
    for (Agreed a : agreements) {
      if (a.id() == seen.id() && same(a, seen)) {
        return;
      }
    }
    agreements.add(seen);
    recorded.add(false);
  }

  private static boolean same(Agreed a, Agreed b) {
    return a.round() == b.round() && new java.util.HashSet<>(a.parties())
        .equals(new java.util.HashSet<>(b.parties())) && a.terms().equals(b.terms());
  }

  void breach(BreachView breach) {
    breaches.add(breach);
  }

  public List<ProposalView> proposals() {
    return List.copyOf(proposals.values());
  }

  public List<Agreed> agreements() {
    return agreements;
  }

  public List<BreachView> breaches() {
    return breaches;
  }
}
