package org.veta.negotiation;

/**
 * What a request in the talks came to: the negotiations after it, or a refusal with a sentence
 * for the person who asked. A refused request changes nothing.
 */
public sealed interface Outcome {
  /** Done: the ledger after the request and the proposal it touched (the new one for a counter). */
  record Done(Negotiations negotiations, Proposal proposal) implements Outcome {}

  record Refused(Code code, String reason) implements Outcome {}

  /** Why a request is refused; the protocol will map these onto its error codes. */
  enum Code {
    /** A seat named does not exist at this table. */
    UNKNOWN_SEAT,
    /** No proposal has this id. */
    UNKNOWN_PROPOSAL,
    /** Only an addressee may accept, reject or counter; only the proposer may withdraw. */
    NOT_YOURS,
    /** The proposal is no longer open, or this seat already accepted it. */
    NOT_OPEN,
    /** The addressees are missing, repeated or include the proposer. */
    INVALID_ADDRESSEES,
    /** A term names a clause, seat or region that does not exist, or a value out of range. */
    INVALID_TERM
  }

  default boolean isDone() {
    return this instanceof Done;
  }

  /** The ledger after a done request; a bug to ask of a refusal. */
  default Negotiations negotiations() {
    if (this instanceof Done done) {
      return done.negotiations();
    }
    throw new IllegalStateException("refused: " + ((Refused) this).reason());
  }
}
