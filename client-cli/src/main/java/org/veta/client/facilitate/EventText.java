package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veta.client.render.DealText;
import org.veta.client.render.ErrorText;
import org.veta.client.render.Glyphs;
import org.veta.client.render.ReportText;
import org.veta.client.render.TableText;
import org.veta.client.render.TalkText;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.ServerMessage;

/**
 * The events a facilitator's console receives, one short line each (a round's report and the
 * scorecard take a few), labelled with the table they come from: "T2 PHASE ORDERS round 3",
 * "T2 TALK private fedemin (Ana) -> gore: ...". The words after the label are the player client's,
 * so both read alike. Same lines on a terminal and in a script.
 */
final class EventText {
  /** A round's report is summed up by its largest effects; the session log has them all. */
  static final int LARGEST_EFFECTS = 5;

  private EventText() {}

  /** label: "T2" for the table the event comes from ("" when it names none). */
  static List<String> lines(ServerMessage event, String label, long now, boolean plain) {
    String p = label.isEmpty() ? "" : label + " ";
    List<String> lines = new ArrayList<>();
    switch (event.getBodyCase()) {
      case TABLE_CHANGED -> lines.add(OverviewText.changed(event.getTableChanged(), now));
      case PHASE_CHANGED -> lines.add(p + phase(event.getPhaseChanged(), now));
      case SEATS_CHANGED -> lines.add(p + TableText.seatsChanged(event.getSeatsChanged().getSeatsList()));
      case SUBMISSION_CHANGED -> lines.add(p + TableText.submission(event.getSubmissionChanged()));
      case REPORT -> report(event.getReport()).forEach(line -> lines.add(p + line));
      case SCORECARD -> TableText.scorecard(event.getScorecard()).forEach(line -> lines.add(p + line));
      case NOTICE -> lines.add(p + "NOTICE " + event.getNotice().getText());
      case TALK -> lines.add(p + TalkText.line(event.getTalk()));
      case PROPOSAL_CHANGED -> lines.add(p + OmniText.proposal(event.getProposalChanged()));
      case AGREEMENT -> DealText.agreement(event.getAgreement()).forEach(line -> lines.add(p + line));
      case ERROR -> lines.add(p + ErrorText.line(event.getError(), plain));
      default -> { }
    }
    return lines;
  }

  /** "PHASE ORDERS round 3", with "left=2m" or "paused=2m" when the deadline is known. */
  static String phase(PhaseChanged change, long now) {
    String clock = change.getPaused() ? " paused=" + Durations.format(change.getRemainingMs())
        : change.getDeadlineUnixMs() > 0 ? " left=" + Durations.format(change.getDeadlineUnixMs() - now) : "";
    return TableText.phase(change) + clock;
  }

  /**
   * "ROUND 3 REPORT: 14 effects, 2 notes (the 5 largest below)", every seat's moves, the largest
   * effects with their reasons, then every stage reached and every promise broken.
   */
  static List<String> report(RoundReport report) {
    List<String> lines = new ArrayList<>();
    int effects = report.getEffectsCount();
    lines.add("ROUND " + report.getRound() + " REPORT: " + effects + (effects == 1 ? " effect, " : " effects, ")
        + report.getNotesCount() + (report.getNotesCount() == 1 ? " note" : " notes")
        + (effects > LARGEST_EFFECTS ? " (the " + LARGEST_EFFECTS + " largest below)" : ""));
    for (SeatMoves seat : report.getMovesList()) {
      lines.add("MOVES " + seat.getSeat() + ": " + (seat.getMovesCount() == 0 ? "(none)" : String.join("; ", seat.getMovesList())));
    }
    report.getEffectsList().stream().sorted(Comparator.comparingDouble(EventText::size).reversed())
        .limit(LARGEST_EFFECTS).forEach(e -> lines.add(ReportText.effect(e, Glyphs.ASCII)));
    report.getStagesList().forEach(stage -> lines.add(ReportText.stage(stage)));
    report.getBreachesList().forEach(breach -> lines.add("BREACH " + breach.getDescription()));
    return lines;
  }

  /**
   * How large a change is, comparable across scales: a share (0 to 1) by how far it moved, so 40%
   * to 52% weighs 0.12; anything else relative to the larger of its two values, so a price going
   * from 1450 to 1300 weighs 0.10. A share leaving zero is not an infinite change.
   */
  static double size(EffectView e) {
    double before = Math.abs(e.getBefore());
    double after = Math.abs(e.getAfter());
    double moved = Math.abs(e.getAfter() - e.getBefore());
    return before <= 1 && after <= 1 ? moved : moved / Math.max(before, after);
  }
}
