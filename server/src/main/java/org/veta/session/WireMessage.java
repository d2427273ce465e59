package org.veta.session;

import com.google.protobuf.InvalidProtocolBufferException;
import org.veta.protocol.wire.ServerMessage;

/**
 * A message a table sends, and the bytes it is sent as. Serialized once, however many read it:
 * the session log's records, the table's memory of recent events, a seat's kept answers and the
 * socket of every reader share the same bytes. Under load, encoding each message again for the
 * log, for every reader's socket and for the history (a public talk message went through protobuf
 * seventeen times) was a fifth of the server's CPU and of its allocation.
 *
 * <p>Made from a message, whose bytes are made on first use (a message built while a table is
 * rebuilt from its log, and sent nowhere, is never serialized); or from bytes a table assembled
 * from parts it keeps serialized (an inbox of kept talk), whose message is read back only if
 * somebody asks for it. The request it answers and the kind of its body are known either way, and
 * are what the connection looks at.
 */
public final class WireMessage {
  private final long requestId;
  private final ServerMessage.BodyCase body;
  private volatile ServerMessage message;
  private volatile byte[] bytes;

  private WireMessage(long requestId, ServerMessage.BodyCase body, ServerMessage message,
      byte[] bytes) {
    this.requestId = requestId;
    this.body = body;
    this.message = message;
    this.bytes = bytes;
  }

  public static WireMessage of(ServerMessage message) {
    return new WireMessage(message.getRequestId(), message.getBodyCase(), message, null);
  }

  /** A serialized ServerMessage answering requestId with a body of this kind. */
  static WireMessage ofBytes(long requestId, ServerMessage.BodyCase body, byte[] bytes) {
    return new WireMessage(requestId, body, null, bytes);
  }

  /** The request this answers; 0 for an event. */
  public long requestId() {
    return requestId;
  }

  public ServerMessage.BodyCase body() {
    return body;
  }

  /**
   * An answer that may move its connection to another state (a seat joined, a request refused),
   * or the facilitator moving the connection's seat: the connection shows it to its state before
   * the client can read it.
   */
  public boolean mayChangeState() {
    return requestId != 0 && (body == ServerMessage.BodyCase.JOINED
        || body == ServerMessage.BodyCase.ERROR) || body == ServerMessage.BodyCase.SEAT_MOVED;
  }

  public ServerMessage message() {
    ServerMessage m = message;
    if (m == null) {
      try {
        m = ServerMessage.parseFrom(bytes);
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalStateException("a message a table assembled does not read back", e);
      }
      message = m;
    }
    return m;
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
      return wire.message();
    }
    return outbound instanceof ServerMessage message ? message : null;
  }

  @Override
  public String toString() {
    return "WireMessage[" + body + ", request " + requestId + "]";
  }
}
