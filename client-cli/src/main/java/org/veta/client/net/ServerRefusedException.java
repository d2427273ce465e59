package org.veta.client.net;

import org.veta.protocol.wire.Error;

/** The server answered the handshake with an Error; carries it so the caller can show it. */
public final class ServerRefusedException extends RuntimeException {
  private final transient Error error;

  public ServerRefusedException(Error error) {
    super(error.getCode() + ": " + error.getMessage(), null, false, false);
    this.error = error;
  }

  public Error error() {
    return error;
  }
}
