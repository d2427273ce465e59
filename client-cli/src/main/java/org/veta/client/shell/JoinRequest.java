package org.veta.client.shell;

/** Where to connect and which seat to ask for; an empty seat means the first free one. */
public record JoinRequest(String host, int port, String code, String name, String seat) {
  public String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
