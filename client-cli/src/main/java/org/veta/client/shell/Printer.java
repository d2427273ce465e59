package org.veta.client.shell;

import java.util.List;
import org.veta.client.render.Glyphs;

/** Where the shell's lines go: a plain stream for scripts, the terminal for people. */
public interface Printer {
  /** Output of the command being run. */
  void line(String text);

  /** Something that happened at the table meanwhile; on a terminal, above the prompt. */
  void event(List<String> lines);

  /** Scripts: stable words and codes, no hints, no decoration. */
  boolean plain();

  Glyphs glyphs();

  int width();

  int height();

  /**
   * Holds events back until releaseEvents, so that a command's answer prints before the events
   * the server sent after it. Only scripts need this: their output must read in a stable order.
   */
  default void holdEvents() {}

  /** Prints the events held back, and prints new ones at once again. */
  default void releaseEvents() {}

  default void lines(List<String> lines) {
    lines.forEach(this::line);
  }
}
