package org.veta.session;

import org.veta.protocol.wire.ServerMessage;

/**
 * Someone at a table: a participant's connection (or a test's stand-in). The table sends answers
 * and events through it from its own executor; an implementation must accept sends from any
 * thread without blocking (Netty's channel.writeAndFlush does).
 */
public interface Member {
  /** A stable name for logs, e.g. the remote address "127.0.0.1:53122". */
  String id();

  void send(ServerMessage message);

  /**
   * Sends a message a table serialized once for all its readers; a connection writes its bytes
   * as they are. Members that only look at the message need not override this.
   */
  default void send(WireMessage message) {
    send(message.message());
  }
}
