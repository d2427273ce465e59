package org.veta.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario, located the way compilers do it so editors can jump to it.
 *
 * <p>Line and column are 1-based. Line 0 and column 0 mean the problem has no place in a file: it
 * comes from a {@code --set} override (file {@code --set}) or from a file that could not be found
 * or read. The message is a sentence a workshop facilitator can act on.
 */
public record Problem(String file, int line, int column, String message) {

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
