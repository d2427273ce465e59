package org.veta.net;

import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Pong;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Table;
import org.veta.session.TableRegistry;

/**
 * A connection that holds a seat: every request goes to its table, which answers it. Pings are
 * answered here, so keeping a connection alive costs the table nothing.
 */
final class SeatedHandler implements SessionHandler {
  private final Connection connection;
  private final TableRegistry tables;
  private final Table table;
  private String seat;

  SeatedHandler(Connection connection, TableRegistry tables, Table table, String seat) {
    this.connection = connection;
    this.tables = tables;
    this.table = table;
    this.seat = seat;
  }

  Table table() {
    return table;
  }

  @Override
  public void handle(ClientMessage request) {
    long id = request.getRequestId();
    switch (request.getBodyCase()) {
      case HELLO -> connection.refuse(id, ErrorCode.CONFLICT, "You have already said hello.");
      case JOIN -> connection.refuse(id, ErrorCode.CONFLICT, "You already hold the seat " + seat
          + " at table " + table.id() + "; leave it before joining another.");
      case PING -> connection.reply(id, ServerMessage.newBuilder()
          .setPong(Pong.newBuilder().setNonce(request.getPing().getNonce())));
      case LEAVE -> {
        // The table frees the seat and answers Ok; a later join, even at this table, is queued
        // behind the leave on the table's executor, so moving to the lobby now is safe.
        table.submit(connection, request);
        connection.become(new LobbyHandler(connection, tables));
      }
      default -> table.submit(connection, request);
    }
  }

  @Override
  public void answered(ServerMessage message) {
    if (message.hasSeatMoved()) {
      // The facilitator moved this person to another seat, or took their seat away.
      if (message.getSeatMoved().getSeat().isEmpty()) {
        connection.become(new LobbyHandler(connection, tables));
      } else {
        seat = message.getSeatMoved().getSeat();
      }
    }
  }

  @Override
  public void disconnected() {
    table.disconnected(connection);
  }

  @Override
  public String describe() {
    return "seated at " + table.id() + " as " + seat;
  }
}
