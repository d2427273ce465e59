package org.veta.client.shell;

import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.veta.client.render.Glyphs;

/**
 * The interactive terminal. Everything goes through printAbove, which prints plainly when no
 * line is being read and otherwise above the prompt, redrawing what the person was typing.
 */
public final class TerminalPrinter implements Printer {
  private static final int FALLBACK_WIDTH = 80;
  private static final int FALLBACK_HEIGHT = 24;

  private final LineReader reader;
  private final Terminal terminal;
  private final Glyphs glyphs;

  public TerminalPrinter(LineReader reader, Terminal terminal) {
    this.reader = reader;
    this.terminal = terminal;
    this.glyphs = Glyphs.forEncoding(terminal.encoding() == null ? null : terminal.encoding().name());
  }

  @Override
  public void line(String text) {
    reader.printAbove(text);
  }

  @Override
  public void event(List<String> lines) {
    reader.printAbove(String.join(System.lineSeparator(), lines));
  }

  @Override
  public boolean plain() {
    return false;
  }

  @Override
  public Glyphs glyphs() {
    return glyphs;
  }

  /** Dumb terminals report 0; they still get a screen that fits the classic 80x24. */
  @Override
  public int width() {
    int width = terminal.getWidth();
    return width > 0 ? width : FALLBACK_WIDTH;
  }

  @Override
  public int height() {
    int height = terminal.getHeight();
    return height > 0 ? height : FALLBACK_HEIGHT;
  }
}
