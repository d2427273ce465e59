package org.veta.client;

/** Entry point of the terminal client jar; the commands arrive with the client (issue 3). */
public final class ClientMain {
  private ClientMain() {}

  public static void main(String[] args) {
    System.err.println("veta client: not built yet");
    System.exit(2);
  }
}
