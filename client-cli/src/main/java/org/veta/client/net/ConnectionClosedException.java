package org.veta.client.net;

/** The connection to the server is gone; pending and later requests fail with this. */
public final class ConnectionClosedException extends RuntimeException {
  public ConnectionClosedException(String message) {
    super(message, null, false, false);
  }
}
