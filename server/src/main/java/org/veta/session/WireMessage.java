package org.veta.session;

import org.veta.protocol.wire.ServerMessage;

/**
 * A message a table sends, and the bytes it is sent as. Serialized once, however many read it:
 * the session log's records, the table's memory of recent events, a seat's kept answers and the
 * socket of every reader share the same bytes. Under load, encoding each message again for the
 * log, for every reader's socket and for the history (a public talk message went through protobuf
 * seventeen times) was a fifth of the server's CPU and of its allocation.
 *
 * <p>The bytes are made on first use and never change; a message built while a table is rebuilt
 * from its log, and sent nowhere, is never serialized.
 */
public final class WireMessage {
  private final ServerMessage message;
  private volatile byte[] bytes;

  private WireMessage(ServerMessage message, byte[] bytes) {
    this.message = message;
    this.bytes = bytes;
  }

  public static WireMessage of(ServerMessage message) {
    return new WireMessage(message, null);
  }

  public ServerMessage message() {
    return message;
  }

  /** The serialized message (no length in front); callers must not change the array. */
  public byte[] bytes() {
    byte[] b = bytes;
    if (b == null) {
      // Two threads may both serialize it; they make the same bytes, and either copy will do.
      b = message.toByteArray();
      bytes = b;
    }
    return b;
  }

  /** The ServerMessage a pipeline object carries: a WireMessage's, or the object itself. */
  public static ServerMessage messageOf(Object outbound) {
    if (outbound instanceof WireMessage wire) {
      return wire.message;
    }
    return outbound instanceof ServerMessage message ? message : null;
  }

  @Override
  public String toString() {
    return "WireMessage[" + message.getBodyCase() + ", request " + message.getRequestId()
        + ", seq " + message.getSeq() + "]";
  }
}
