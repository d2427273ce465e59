package org.veta.client.shell;

/** The client's exit codes; scripts and tests rely on them. */
public final class ExitCodes {
  public static final int OK = 0;
  /** Could not connect, or the server refused the hello or the join. */
  public static final int CONNECTION_FAILED = 1;
  /** Bad command line (picocli's own code), or a facilitator key file that cannot be read. */
  public static final int USAGE = 2;
  /** The server closed the connection before the game ended. */
  public static final int SERVER_CLOSED = 3;
  /** A facilitator's script ran to its end, but some command in it failed (refused, or FAIL at a table). */
  public static final int COMMAND_FAILED = 4;

  private ExitCodes() {}
}
