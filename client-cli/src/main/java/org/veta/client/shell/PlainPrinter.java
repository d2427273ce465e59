package org.veta.client.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.veta.client.render.Glyphs;

/**
 * Script mode's output: ASCII lines, one statement each, so tests and screen readers can follow.
 * Synchronized so that an event never lands in the middle of a command's lines.
 */
public final class PlainPrinter implements Printer {
  private final PrintStream out;
  private final List<String> held = new ArrayList<>();
  private boolean holding;

  public PlainPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  @Override
  public synchronized void event(List<String> lines) {
    if (holding) {
      held.addAll(lines);
      return;
    }
    lines.forEach(out::println);
    out.flush();
  }

  @Override
  public synchronized void holdEvents() {
    holding = true;
  }

  @Override
  public synchronized void releaseEvents() {
    holding = false;
    held.forEach(out::println);
    held.clear();
    out.flush();
  }

  @Override
  public boolean plain() {
    return true;
  }

  @Override
  public Glyphs glyphs() {
    return Glyphs.ASCII;
  }

  @Override
  public int width() {
    return 80;
  }

  /** No height: scripts see the whole status screen. */
  @Override
  public int height() {
    return Integer.MAX_VALUE / 2;
  }
}
