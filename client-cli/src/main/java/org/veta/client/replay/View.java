package org.veta.client.replay;

import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogOutput;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TalkMessage;
import org.veta.replay.SessionRecord;

/**
 * Whose eyes the replay uses: everyone's (the omniscient view, "all"), or one seat's, which sees
 * only what the table sent that seat (outputs to everyone or to it) and its own requests, so
 * that other seats' private talk and their orders before resolution stay hidden. Rounds show
 * what every seat may read of them (the moves revealed, the changes, its own refusals).
 *
 * <p>Orthogonal to the view, {@code withholdPrivate}: a table whose scenario does not let the
 * facilitator read private talk told its players nothing of the kind, so a replay (usually on a
 * projector) withholds the words of private talk, proposals and private agreements in every view,
 * as the facilitator's live watch does. Their existence stays on the timeline.
 */
record View(String seat, String role, boolean withholdPrivate) {
  static View all(boolean withholdPrivate) {
    return new View("", "", withholdPrivate);
  }

  /** The view of a seat of the session (role: its role's name, e.g. FEDERATION); "" for all. */
  View as(SessionRecord session, String other) {
    String roleName = session.scenario().getSeatsList().stream().filter(s -> s.getId().equals(other))
        .map(s -> s.getRole().name()).findFirst().orElse("");
    return new View(other, roleName, withholdPrivate);
  }

  boolean omniscient() {
    return seat.isEmpty();
  }

  /** "all" or the seat's id, as typed in `as`. */
  String name() {
    return omniscient() ? "all" : seat;
  }

  boolean sees(LogOutput output) {
    return omniscient() || output.getSeat().isEmpty() || output.getSeat().equals(seat)
        || mayRead(output.getMessage());
  }

  /**
   * Talk and deals the table sends each reader separately: a seat no person held received none of
   * them, yet could have read the public ones. So a seat's view takes every such message the seat
   * may read, whoever it was sent to: public talk and announcements, its role group's talk, private
   * talk and proposals it is party to, public agreements and its own. For a seat a person held,
   * that is exactly what it received.
   */
  private boolean mayRead(ServerMessage m) {
    if (m.getRequestId() != 0) {
      return false;
    }
    if (m.hasTalk()) {
      TalkMessage t = m.getTalk();
      switch (t.getChannel()) {
        case PRIVATE:
          return t.getFromSeat().equals(seat) || t.getTo().equals(seat);
        case ROLE_GROUP:
          return !role.isEmpty() && t.getTo().equals(role);
        case FACILITATOR:
          return t.getTo().isEmpty() || t.getTo().equals(seat);
        default:
          return true;
      }
    }
    if (m.hasProposalChanged()) {
      return m.getProposalChanged().getFrom().equals(seat) || m.getProposalChanged().getToList().contains(seat);
    }
    if (m.hasAgreement()) {
      return m.getAgreement().getPublic() || m.getAgreement().getPartiesList().contains(seat);
    }
    return false;
  }

  boolean sees(LogInput input) {
    return omniscient() || (!input.getFacilitator() && input.getSeat().equals(seat));
  }

  /** Lifecycle records (seats taken, started, ended) are the server's notes: omniscient only. */
  boolean seesLifecycle() {
    return omniscient();
  }
}
