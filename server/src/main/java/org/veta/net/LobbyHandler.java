package org.veta.net;

import java.util.Optional;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Pong;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Table;
import org.veta.session.TableRegistry;

/**
 * A connection that has said hello and holds no seat: it may join a table (and ping).
 *
 * <p>Joining is decided by the table, on its own executor. The lobby hands the JoinTable over and
 * watches the answers that pass back through the connection ({@link #answered}): a Joined to that
 * request moves the connection to {@link SeatedHandler}, an Error to it leaves the connection
 * here. Requests that arrive while the join is pending go to the same table, which handles them
 * after the join, in order: as the seat's if the join succeeded, refused if it did not.
 */
final class LobbyHandler implements SessionHandler {
  private final Connection connection;
  private final TableRegistry tables;
  private Table joining;
  private long joinRequest;

  LobbyHandler(Connection connection, TableRegistry tables) {
    this.connection = connection;
    this.tables = tables;
  }

  @Override
  public void handle(ClientMessage request) {
    long id = request.getRequestId();
    switch (request.getBodyCase()) {
      case HELLO -> connection.refuse(id, ErrorCode.CONFLICT, "You have already said hello.");
      case PING -> connection.reply(id, ServerMessage.newBuilder()
          .setPong(Pong.newBuilder().setNonce(request.getPing().getNonce())));
      case JOIN -> join(request);
      default -> {
        if (joining != null) {
          joining.submit(connection, request);
        } else {
          connection.refuse(id, ErrorCode.NOT_YOUR_SEAT,
              "Join a table first: send JoinTable with the code your facilitator gave you.");
        }
      }
    }
  }

  private void join(ClientMessage request) {
    long id = request.getRequestId();
    if (joining != null) {
      connection.refuse(id, ErrorCode.CONFLICT, "You are already joining a table; wait for its answer.");
      return;
    }
    String code = request.getJoin().getCode();
    Optional<Table> table = tables.byJoinCode(code);
    if (table.isEmpty()) {
      connection.refuse(id, ErrorCode.UNAUTHENTICATED, "No table has the join code "
          + Printable.of(code, 20) + ".");
      return;
    }
    joining = table.get();
    joinRequest = id;
    joining.submit(connection, request);
  }

  @Override
  public void answered(ServerMessage answer) {
    if (joining == null || answer.getRequestId() != joinRequest) {
      return;
    }
    if (answer.hasJoined()) {
      connection.become(new SeatedHandler(connection, tables, joining, answer.getJoined().getSeat()));
    } else {
      joining = null;
    }
  }

  @Override
  public void disconnected() {
    if (joining != null) {
      // The join may yet succeed on the table's executor; this comes after it and frees the seat.
      joining.disconnected(connection);
    }
  }

  @Override
  public String describe() {
    return joining == null ? "lobby" : "joining " + joining.id();
  }
}
