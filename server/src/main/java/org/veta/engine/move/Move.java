package org.veta.engine.move;

/**
 * A move a seat orders for a round. A closed set: the engine knows every move, and a move's
 * parameters are typed. Officials and federations act in their own region, so their moves carry
 * no region.
 */
public sealed interface Move {
  MoveKind kind();

  /** The canonical text of this move, e.g. {@code strike scale=1 days=23}. */
  default String text() {
    return MoveSyntax.format(this);
  }

  // Any seat.
  record Hold() implements Move {
    public MoveKind kind() { return MoveKind.HOLD; }
  }

  // Central state.
  record Decree(double size) implements Move {
    public MoveKind kind() { return MoveKind.DECREE; }
  }

  record Interdiction(String region, double scale) implements Move {
    public MoveKind kind() { return MoveKind.INTERDICTION; }
  }

  record ConveneRoundtable() implements Move {
    public MoveKind kind() { return MoveKind.ROUNDTABLE; }
  }

  record Draft(String clause, double value) implements Move {
    public MoveKind kind() { return MoveKind.DRAFT; }
  }

  record AppointMinister(String stance) implements Move {
    public MoveKind kind() { return MoveKind.APPOINT_MINISTER; }
  }

  record ExtendDeadline(int rounds) implements Move {
    public MoveKind kind() { return MoveKind.EXTEND_DEADLINE; }
  }

  record Derogate(double size) implements Move {
    public MoveKind kind() { return MoveKind.DEROGATE; }
  }

  record Delegate() implements Move {
    public MoveKind kind() { return MoveKind.DELEGATE; }
  }

  record FundCredit(double amount) implements Move {
    public MoveKind kind() { return MoveKind.FUND_CREDIT; }
  }

  record Negotiate() implements Move {
    public MoveKind kind() { return MoveKind.NEGOTIATE; }
  }

  record SubmitLaw() implements Move {
    public MoveKind kind() { return MoveKind.SUBMIT_LAW; }
  }

  record Enact() implements Move {
    public MoveKind kind() { return MoveKind.ENACT; }
  }

  record Concede() implements Move {
    public MoveKind kind() { return MoveKind.CONCEDE; }
  }

  // Regional officials.
  record Enforce() implements Move {
    public MoveKind kind() { return MoveKind.ENFORCE; }
  }

  record Forbear() implements Move {
    public MoveKind kind() { return MoveKind.FORBEAR; }
  }

  record Endorse() implements Move {
    public MoveKind kind() { return MoveKind.ENDORSE; }
  }

  record GrantPermits() implements Move {
    public MoveKind kind() { return MoveKind.GRANT_PERMITS; }
  }

  record Boycott() implements Move {
    public MoveKind kind() { return MoveKind.BOYCOTT; }
  }

  record StaySilent() implements Move {
    public MoveKind kind() { return MoveKind.SILENCE; }
  }

  record Voice() implements Move {
    public MoveKind kind() { return MoveKind.VOICE; }
  }

  // Federations.
  record Strike(double scale, int days) implements Move {
    public MoveKind kind() { return MoveKind.STRIKE; }
  }

  record Organize() implements Move {
    public MoveKind kind() { return MoveKind.ORGANIZE; }
  }

  record Lobby() implements Move {
    public MoveKind kind() { return MoveKind.LOBBY; }
  }

  record RejectDraft() implements Move {
    public MoveKind kind() { return MoveKind.REJECT_DRAFT; }
  }

  record DemandResignation() implements Move {
    public MoveKind kind() { return MoveKind.DEMAND_RESIGNATION; }
  }

  record RunForOffice() implements Move {
    public MoveKind kind() { return MoveKind.RUN_FOR_OFFICE; }
  }

  record DemandNegotiation() implements Move {
    public MoveKind kind() { return MoveKind.DEMAND_NEGOTIATION; }
  }

  record Propose(String clause, double value) implements Move {
    public MoveKind kind() { return MoveKind.PROPOSE; }
  }

  record ThreatenWithdrawal() implements Move {
    public MoveKind kind() { return MoveKind.THREATEN_WITHDRAWAL; }
  }

  record Formalize() implements Move {
    public MoveKind kind() { return MoveKind.FORMALIZE; }
  }
}
