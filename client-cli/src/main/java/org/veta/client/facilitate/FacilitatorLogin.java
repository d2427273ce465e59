package org.veta.client.facilitate;

/** Where the console connects, with the server's facilitator key and the name the session logs record. */
public record FacilitatorLogin(String host, int port, String key, String name) {
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
