package org.veta.negotiation;

/** Where a proposal stands. Only OPEN proposals can move on; every other status is final. */
public enum ProposalStatus {
  /** Waiting for the addressees. */
  OPEN,
  /** An addressee answered with a counter-proposal, which replaces it. */
  COUNTERED,
  /** Every addressee accepted: it is an agreement now. */
  ACCEPTED,
  /** An addressee said no; one refusal ends it for all, as a deal needs everyone named in it. */
  REJECTED,
  /** The proposer took it back. */
  WITHDRAWN,
  /** Nobody settled it before the talks ended. */
  EXPIRED
}
