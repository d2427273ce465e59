package org.veta.client.net;

/** The TLS handshake failed: an untrusted certificate, or a server that speaks no TLS. */
public final class TlsRefusedException extends RuntimeException {
  public TlsRefusedException(String sentence, Throwable cause) {
    super(sentence, cause, false, false);
  }
}
