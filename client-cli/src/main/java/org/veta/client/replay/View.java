package org.veta.client.replay;

import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogOutput;

/**
 * Whose eyes the replay uses: everyone's (the omniscient view, "all"), or one seat's, which sees
 * only what the table sent that seat (outputs to everyone or to it) and its own requests, so
 * that other seats' private talk and their orders before resolution stay hidden.
 *
 * <p>Orthogonal to the view, {@code withholdPrivate}: a table whose scenario does not let the
 * facilitator read private talk told its players nothing of the kind, so a replay (usually on a
 * projector) withholds the words of private talk, proposals and private agreements in every view,
 * as the facilitator's live watch does. Their existence stays on the timeline.
 */
record View(String seat, boolean withholdPrivate) {
  static View all(boolean withholdPrivate) {
    return new View("", withholdPrivate);
  }

  View as(String other) {
    return new View(other, withholdPrivate);
  }

  boolean omniscient() {
    return seat.isEmpty();
  }

  /** "all" or the seat's id, as typed in `as`. */
  String name() {
    return omniscient() ? "all" : seat;
  }

  boolean sees(LogOutput output) {
    return omniscient() || output.getSeat().isEmpty() || output.getSeat().equals(seat);
  }

  boolean sees(LogInput input) {
    return omniscient() || (!input.getFacilitator() && input.getSeat().equals(seat));
  }

  /** Lifecycle records (seats taken, started, ended) are the server's notes: omniscient only. */
  boolean seesLifecycle() {
    return omniscient();
  }
}
