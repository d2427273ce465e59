package org.veta.client.replay;

import org.veta.client.shell.ExitCodes;

/**
 * `veta replay`'s exit codes, beside the client's ({@link ExitCodes}): scripts that check logs
 * rely on them. Kept here so the replay adds no code the other commands must know about.
 */
public final class ReplayExitCodes {
  /** Replayed to the end of the script or to `quit`; or verified: every state matches. */
  public static final int OK = ExitCodes.OK;
  /** `--verify`: re-execution left the recorded path (the DIVERGENCE line says where). */
  public static final int DIVERGED = 1;
  /** A bad command line: an unknown option, an unknown seat for --as, a missing script. */
  public static final int USAGE = ExitCodes.USAGE;
  /** The file cannot be read, or is not a session log (or its scenario cannot be read back). */
  public static final int NOT_A_LOG = 5;
  /** `--verify`: the log is damaged (torn or corrupt); its intact part was verified first. */
  public static final int DAMAGED = 6;

  private ReplayExitCodes() {}
}
