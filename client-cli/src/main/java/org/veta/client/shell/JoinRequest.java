package org.veta.client.shell;

import org.veta.client.net.ClientTls;

/**
 * Where to connect, how (plain or TLS), and which seat to ask for; an empty seat means the first
 * free one.
 */
public record JoinRequest(String host, int port, String code, String name, String seat, ClientTls tls) {
  public JoinRequest {
    tls = tls == null ? ClientTls.NONE : tls;
  }

  /** Over plain TCP. */
  public JoinRequest(String host, int port, String code, String name, String seat) {
    this(host, port, code, name, seat, ClientTls.NONE);
  }

  public String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
