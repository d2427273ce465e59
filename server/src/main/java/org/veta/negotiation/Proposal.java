package org.veta.negotiation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A proposal from one seat to one or more seats, in the talks of one round. A counter-proposal
 * names its parent. Immutable: a change of status is a new proposal in a new {@link Negotiations}.
 */
public record Proposal(
    int id,
    int round,
    String from,
    List<String> addressees,
    List<Term> terms,
    OptionalInt parent,
    ProposalStatus status,
    Set<String> acceptedBy) {

  public Proposal {
    addressees = List.copyOf(addressees);
    terms = List.copyOf(terms);
    acceptedBy = Collections.unmodifiableSet(new TreeSet<>(acceptedBy));
  }

  public boolean isOpen() {
    return status == ProposalStatus.OPEN;
  }

  public boolean isCounter() {
    return parent.isPresent();
  }

  public boolean addresses(String seat) {
    return addressees.contains(seat);
  }

  /** The proposer and the addressees: everyone an agreement would bind. */
  public List<String> parties() {
    List<String> out = new ArrayList<>();
    out.add(from);
    out.addAll(addressees);
    return List.copyOf(out);
  }

  public boolean acceptedByAll() {
    return acceptedBy.containsAll(addressees);
  }

  Proposal withStatus(ProposalStatus next) {
    return new Proposal(id, round, from, addressees, terms, parent, next, acceptedBy);
  }

  Proposal acceptedBy(String seat) {
    Set<String> accepted = new TreeSet<>(acceptedBy);
    accepted.add(seat);
    return new Proposal(id, round, from, addressees, terms, parent, status, accepted);
  }
}
