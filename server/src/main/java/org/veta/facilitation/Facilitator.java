package org.veta.facilitation;

import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Member;

/**
 * A facilitator's console on the server: who it is (for the session logs) and the connection that
 * receives its answers, the tables' summaries and the events of the tables it watches.
 */
public record Facilitator(String name, Member line) {
  /** "facilitator Maria (127.0.0.1:53122)": who did it, in every table's log. */
  public String label() {
    return "facilitator " + name + " (" + line.id() + ")";
  }

  void answer(long requestId, ServerMessage.Builder body) {
    line.send(body.setRequestId(requestId).build());
  }

  void refuse(long requestId, org.veta.protocol.wire.ErrorCode code, String sentence) {
    answer(requestId, ServerMessage.newBuilder().setError(org.veta.protocol.wire.Error.newBuilder()
        .setCode(code).setMessage(sentence)));
  }
}
