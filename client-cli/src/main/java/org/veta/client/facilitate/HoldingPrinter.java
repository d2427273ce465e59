package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;
import org.veta.client.render.Glyphs;
import org.veta.client.shell.Printer;

/**
 * A terminal printer that can hold events back while a command prints: a watched table's events
 * arrive together with the answer to `watch`, and would otherwise cut the view in two. Scripts
 * get the same from PlainPrinter.
 */
final class HoldingPrinter implements Printer {
  private final Printer terminal;
  private final List<String> held = new ArrayList<>();
  private boolean holding;

  HoldingPrinter(Printer terminal) {
    this.terminal = terminal;
  }

  @Override
  public void line(String text) {
    terminal.line(text);
  }

  @Override
  public synchronized void event(List<String> lines) {
    if (holding) {
      held.addAll(lines);
    } else {
      terminal.event(lines);
    }
  }

  @Override
  public synchronized void holdEvents() {
    holding = true;
  }

  @Override
  public synchronized void releaseEvents() {
    holding = false;
    if (!held.isEmpty()) {
      terminal.event(List.copyOf(held));
      held.clear();
    }
  }

  @Override
  public boolean plain() {
    return terminal.plain();
  }

  @Override
  public Glyphs glyphs() {
    return terminal.glyphs();
  }

  @Override
  public int width() {
    return terminal.width();
  }

  @Override
  public int height() {
    return terminal.height();
  }
}
