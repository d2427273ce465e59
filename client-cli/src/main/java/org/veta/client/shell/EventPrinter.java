package org.veta.client.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.veta.client.render.Text;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.client.render.ReportText;
import org.veta.client.render.TableText;
import org.veta.client.table.TableState;
import org.veta.protocol.wire.ServerMessage;

/**
 * Shows each table event and folds it into the table state, in that order: a `wait` that the
 * event satisfies then prints its REACHED line after the event's own line.
 */
public final class EventPrinter implements Consumer<ServerMessage> {
  private final Printer printer;
  private final TableState table;
  private final LongSupplier clock;

  public EventPrinter(Printer printer, TableState table, LongSupplier clock) {
    this.printer = printer;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void accept(ServerMessage event) {
    List<String> lines = lines(event);
    if (!lines.isEmpty()) {
      printer.event(lines);
    }
    table.apply(event);
  }

  List<String> lines(ServerMessage event) {
    List<String> lines = new ArrayList<>();
    switch (event.getBodyCase()) {
      case PHASE_CHANGED -> {
        PhaseChanged change = event.getPhaseChanged();
        boolean sameRoundAndPhase = table.position().round() == change.getRound()
            && table.position().phase() == change.getPhase();
        if (change.getPaused()) {
          // The facilitator stopped the clock: the phase goes on, without a deadline.
          lines.add("PAUSED " + change.getPhase().name() + " round " + change.getRound() + " ("
              + Math.round(change.getRemainingMs() / 1000.0) + "s left when resumed)");
          break;
        }
        if (sameRoundAndPhase) {
          // Resumed, or a new deadline for the phase being played.
          lines.add("CLOCK " + change.getPhase().name() + " round " + change.getRound()
              + (printer.plain() ? "" : " (" + Text.timeLeft(change.getDeadlineUnixMs(),
                  clock.getAsLong()) + ")"));
          break;
        }
        if (printer.plain()) {
          lines.add(TableText.phase(change));
          break;
        }
        lines.add(TableText.phase(change)
            + (change.getDeadlineUnixMs() > 0 ? " (" + Text.timeLeft(change.getDeadlineUnixMs(), clock.getAsLong()) + ")" : ""));
        String hint = TableText.phaseHint(change.getPhase());
        if (!hint.isEmpty()) {
          lines.add(hint);
        }
      }
      case SUBMISSION_CHANGED -> lines.add(TableText.submission(event.getSubmissionChanged()));
      case SEATS_CHANGED -> lines.add(TableText.seatsChanged(event.getSeatsChanged().getSeatsList()));
      case REPORT -> lines.addAll(ReportText.lines(event.getReport(), printer.glyphs()));
      case SCORECARD -> lines.addAll(TableText.scorecard(event.getScorecard()));
      case NOTICE -> lines.add("NOTICE " + event.getNotice().getText());
      case SEAT_MOVED -> lines.add(event.getSeatMoved().getSeat().isEmpty()
          ? "SEAT none: you hold no seat now; `quit`, then join again with the code"
          : "SEAT " + event.getSeatMoved().getSeat());
      case TALK -> lines.add(org.veta.client.render.TalkText.line(event.getTalk()));
      case PROPOSAL_CHANGED -> lines.add(org.veta.client.render.DealText.proposal(event.getProposalChanged()));
      case AGREEMENT -> lines.addAll(org.veta.client.render.DealText.agreement(event.getAgreement()));
      case ERROR -> lines.add(org.veta.client.render.ErrorText.line(event.getError(), printer.plain()));
      default -> { }
    }
    return lines;
  }
}
