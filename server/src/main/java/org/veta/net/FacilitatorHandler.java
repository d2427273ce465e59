package org.veta.net;

import org.veta.facilitation.Facilitator;
import org.veta.facilitation.FacilitatorDesk;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Pong;
import org.veta.protocol.wire.ServerMessage;

/**
 * A facilitator's console: it holds no seat; its requests go to the facilitator's desk, and it
 * receives every table's summary and the events of the tables it watches.
 */
final class FacilitatorHandler implements SessionHandler {
  /** ClientMessage bodies from this field number on are the facilitator's (wire.proto). */
  static final int FIRST_FACILITATOR_FIELD = ClientMessage.LIST_SCENARIOS_FIELD_NUMBER;

  private final Connection connection;
  private final FacilitatorDesk desk;
  private final Facilitator facilitator;

  FacilitatorHandler(Connection connection, FacilitatorDesk desk, Facilitator facilitator) {
    this.connection = connection;
    this.desk = desk;
    this.facilitator = facilitator;
    desk.connected(facilitator);
  }

  static boolean isFacilitatorOperation(ClientMessage request) {
    return request.getBodyCase().getNumber() >= FIRST_FACILITATOR_FIELD;
  }

  @Override
  public boolean facilitator() {
    return true;
  }

  @Override
  public void handle(ClientMessage request) {
    long id = request.getRequestId();
    if (request.hasPing()) {
      connection.reply(id, ServerMessage.newBuilder()
          .setPong(Pong.newBuilder().setNonce(request.getPing().getNonce())));
    } else if (request.hasHello()) {
      connection.refuse(id, ErrorCode.CONFLICT, "You have already said hello.");
    } else if (isFacilitatorOperation(request)) {
      desk.handle(facilitator, request);
    } else {
      connection.refuse(id, ErrorCode.INVALID_ARGUMENT, "A facilitator's console holds no seat; "
          + "join from a player's client to play (" + request.getBodyCase() + ").");
    }
  }

  @Override
  public void disconnected() {
    desk.disconnected(facilitator);
  }

  @Override
  public String describe() {
    return facilitator.label();
  }
}
