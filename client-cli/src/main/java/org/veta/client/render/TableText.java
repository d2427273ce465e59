package org.veta.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.SubmissionChanged;

/** Seats, scores and the table's events as lines, the same in both modes unless noted. */
public final class TableText {
  private TableText() {}

  public static String phase(PhaseChanged change) {
    return "PHASE " + change.getPhase().name() + " round " + change.getRound();
  }

  /** For people: what to do in the phase that just began. Scripts do not need it. */
  public static String phaseHint(Phase phase) {
    return switch (phase) {
      case BRIEFING -> "  News of the round: `state` shows it; type `ready` when you have read it.";
      case TALKS -> "  Time to talk with the other seats.";
      case ORDERS -> "  Your orders now: `moves` lists them, `order MOVE` adds one, then `submit`.";
      case RESOLUTION -> "  The round is being resolved.";
      case REPORT -> "  What happened and why: type `report`, then `ready`.";
      case ENDED -> "  The game is over: type `scores`.";
      default -> "";
    };
  }

  public static String submission(SubmissionChanged change) {
    return "SUBMISSION " + change.getSeat() + (change.getSubmitted() ? " submitted" : " revising");
  }

  /** "SEAT fedemin FEDERATION player=Ana submitted=no ready=no", one per seat. */
  /** The seats, then what trust stands between you and each of them. */
  public static List<String> seats(List<SeatView> seats, List<org.veta.protocol.wire.TrustLine> trust) {
    List<String> lines = new ArrayList<>(seats(seats));
    for (var t : trust) {
      lines.add(String.format(java.util.Locale.ROOT, "TRUST %s you trust them %.0f%%, they trust you %.0f%%",
          t.getSeat(), 100 * t.getYouTrustThem(), 100 * t.getTheyTrustYou()));
    }
    return lines;
  }

  public static List<String> seats(List<SeatView> seats) {
    if (seats.isEmpty()) {
      return List.of("NO SEATS known yet");
    }
    List<String> lines = new ArrayList<>();
    for (SeatView seat : seats) {
      lines.add("SEAT " + seat.getId() + " " + seat.getRole().name()
          + (seat.getRegion().isEmpty() ? "" : " region=" + seat.getRegion())
          + " player=" + occupant(seat)
          + " submitted=" + yesNo(seat.getSubmitted()) + " ready=" + yesNo(seat.getReady())
          + (seat.getName().isEmpty() ? "" : " | " + seat.getName()));
    }
    return lines;
  }

  public static String seatsChanged(List<SeatView> seats) {
    return seats.stream().map(seat -> seat.getId() + "=" + occupant(seat))
        .collect(Collectors.joining(" ", "SEATS ", ""));
  }

  private static String occupant(SeatView seat) {
    if (seat.getBot()) {
      return "bot" + (seat.getBotStrategy().isEmpty() ? "" : ":" + seat.getBotStrategy());
    }
    if (seat.getDropped()) {
      return "dropped:" + seat.getPlayer().replace(' ', '_');
    }
    return seat.getPlayer().isEmpty() ? "free" : seat.getPlayer().replace(' ', '_');
  }

  /** "GAME OVER", then "SCORE fedemin 72.7" per seat, the stages reached and the digest. */
  public static List<String> scorecard(Scorecard card) {
    List<String> lines = new ArrayList<>();
    lines.add("GAME OVER");
    lines.addAll(scores(card));
    lines.addAll(law(card));
    card.getStagesList().forEach(stage -> lines.add(ReportText.stage(stage)));
    if (!card.getStateDigest().isEmpty()) {
      lines.add("DIGEST " + card.getStateDigest());
    }
    return lines;
  }

  /**
   * The final law against every seat's profile: "LAW fedemin utility 0.90 nash 0.65", then how far
   * the law is from the Pareto front and from the Nash bargaining point, and the Nash law itself.
   */
  public static List<String> law(Scorecard card) {
    List<String> lines = new ArrayList<>();
    for (ScoreLine line : card.getLinesList()) {
      lines.add(String.format(java.util.Locale.ROOT, "LAW %s utility %.2f nash %.2f", line.getSeat(),
          line.getLawUtility(), line.getNashUtility()));
    }
    lines.add(String.format(java.util.Locale.ROOT, "PARETO DISTANCE %.3f", card.getParetoDistance()));
    lines.add(Double.isNaN(card.getNashDistance()) ? "NASH DISTANCE - (no law suits every seat)"
        : String.format(java.util.Locale.ROOT, "NASH DISTANCE %.3f", card.getNashDistance()));
    card.getNashLawList().forEach(c -> lines.add("NASH LAW " + c.getClause() + "=" + Text.number(c.getValue())));
    return lines;
  }

  public static List<String> scores(Scorecard card) {
    return card.getLinesList().stream().map(TableText::score).toList();
  }

  private static String score(ScoreLine line) {
    return "SCORE " + line.getSeat() + " " + Text.score(line.getScore());
  }

  public static String score(String seat, double value) {
    return "SCORE " + seat + " " + Text.score(value);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
