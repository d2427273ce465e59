package org.veta.net;

import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;

/**
 * What a connection accepts in its present state (handshake, lobby, seated). Every method runs on
 * the connection's event loop, so a handler's fields need no locks; none of them may block.
 */
interface SessionHandler {
  /** A request with a valid request id and a body. */
  void handle(ClientMessage request);

  /** An answer from a table to this connection, just before it is written. */
  default void answered(ServerMessage answer) {}

  /** The connection is closed. */
  default void disconnected() {}

  /** Whether the connection has said hello (facilitator operations are then refused by role). */
  default boolean greeted() {
    return true;
  }

  /** Whether the connection holds facilitator rights. */
  default boolean facilitator() {
    return false;
  }

  /** For the log: "handshake", "lobby", "seated at peru-...". */
  String describe();
}
