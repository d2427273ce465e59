package org.veta.client.facilitate;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.veta.client.shell.Printer;
import org.veta.protocol.wire.ServerMessage;

/**
 * Shows each event the facilitator's connection receives, then folds it into the board, in that
 * order: a `wait` that the event satisfies prints its REACHED line after the event's own line.
 * While the live overview is on screen, summaries redraw it instead of printing a line each.
 */
final class FacilitatorEvents implements Consumer<ServerMessage> {
  private final Printer printer;
  private final TableBoard board;
  private final LongSupplier clock;
  private volatile Runnable live;

  FacilitatorEvents(Printer printer, TableBoard board, LongSupplier clock) {
    this.printer = printer;
    this.board = board;
    this.clock = clock;
  }

  @Override
  public void accept(ServerMessage event) {
    Runnable redraw = live;
    boolean summary = event.hasTableChanged();
    if (!(summary && redraw != null)) {
      String label = event.getTableId().isEmpty() ? "" : board.label(event.getTableId());
      List<String> lines = EventText.lines(event, label, clock.getAsLong(), printer.plain());
      if (!lines.isEmpty()) {
        printer.event(lines);
      }
    }
    board.learn(event);
    if (summary && redraw != null) {
      redraw.run();
    }
  }

  /** While set, every summary runs redraw (after the board has it) instead of printing a line. */
  void live(Runnable redraw) {
    live = redraw;
  }
}
