package org.veta.client.facilitate;

import org.veta.client.net.ClientTls;

/**
 * Where the console connects and how (plain or TLS), with the server's facilitator key and the
 * name the session logs record.
 */
public record FacilitatorLogin(String host, int port, String key, String name, ClientTls tls) {
  public FacilitatorLogin {
    tls = tls == null ? ClientTls.NONE : tls;
  }

  /** Over plain TCP. */
  public FacilitatorLogin(String host, int port, String key, String name) {
    this(host, port, key, name, ClientTls.NONE);
  }

  public String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** The name the server records when none is given. */
  public String shownName() {
    return name == null || name.isBlank() ? "facilitator" : name;
  }

  @Override
  public String toString() {
    return "FacilitatorLogin[" + address() + ", name=" + shownName() + "]"; // never the key
  }
}
