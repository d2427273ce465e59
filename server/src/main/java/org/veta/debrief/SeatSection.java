package org.veta.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veta.engine.score.UtilityFunction;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.Objective;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.scenario.UtilityProfile;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.SeatMoves;

/** Each seat: its revealed briefing and objectives, its decisions round by round, its scores. */
final class SeatSection {
  private SeatSection() {}

  static Doc.Block build(PlayedTable t, String suffix) {
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(2, "The seats: decisions, scores and briefings", ""));
    blocks.add(new Doc.Heading(3, "Decisions round by round", ""));
    blocks.add(new Doc.Para("What each seat ordered. In italics: a bot played the seat that round."));
    List<String> header = new ArrayList<>(List.of("Round"));
    t.scenario().getSeatsList().forEach(s -> header.add(s.getId()));
    Doc.Rows decisions = new Doc.Rows();
    Doc.Rows scores = new Doc.Rows();
    for (LogRound r : t.rounds()) {
      List<Doc.Cell> moves = new ArrayList<>(List.of(Doc.Cell.of(Integer.toString(r.getRound()),
          "round")));
      List<Doc.Cell> score = new ArrayList<>(List.of(Doc.Cell.of(Integer.toString(r.getRound()),
          "round")));
      for (Seat seat : t.scenario().getSeatsList()) {
        List<String> ordered = r.getOrdersList().stream()
            .filter(o -> o.getSeat().equals(seat.getId())).findFirst()
            .<List<String>>map(SeatMoves::getMovesList).orElse(List.of());
        boolean bot = r.getBotsList().stream().anyMatch(b -> b.startsWith(seat.getId() + "="));
        moves.add(Doc.Cell.lines(ordered.isEmpty() ? List.of("\u2014") : ordered,
            bot ? "moves bot" : "moves"));
        ScoreLine line = t.scores(r.getRound()).get(seat.getId());
        score.add(Doc.Cell.of(line == null ? "\u2013" : Numbers.score(line.getScore()) + " ("
            + Numbers.utility(line.getLawUtility()) + ")", "number"));
      }
      decisions.add(moves.toArray(new Doc.Cell[0]));
      scores.add(score.toArray(new Doc.Cell[0]));
    }
    blocks.add(decisions.isEmpty() ? new Doc.Para("No round was resolved.")
        : Doc.grid("decisions" + suffix, "decisions", header, decisions));
    blocks.add(new Doc.Heading(3, "Scores after each round", ""));
    blocks.add(new Doc.Para("Each seat's score (0 to 100: how well the state meets its "
        + "objectives) and, in brackets, its utility for the law draft (0 to 1)."));
    if (!scores.isEmpty()) {
      blocks.add(Doc.grid("scores" + suffix, "scores", header, scores));
    }
    blocks.add(new Doc.Heading(3, "Briefings and objectives, revealed", ""));
    List<Doc.Block> seats = new ArrayList<>();
    for (Seat seat : t.scenario().getSeatsList()) {
      seats.add(seat(t, seat, suffix));
    }
    blocks.add(new Doc.Group("div", "", "seat-grid", seats));
    return new Doc.Group("section", "seats" + suffix, "seats", blocks);
  }

  private static Doc.Block seat(PlayedTable t, Seat seat, String suffix) {
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(4, seat.getName() + " (" + seat.getId() + ")", ""));
    blocks.add(new Doc.Para(Timeline.capital(Words.role(seat.getRole())) + ", "
        + Words.region(t.scenario(), seat.getRegion()) + ". Played by "
        + t.seating().describe(seat.getId(), t.roundsPlayed()) + ".", "played-by"));
    if (!seat.getBriefing().isBlank()) {
      blocks.add(new Doc.Para(seat.getBriefing().strip(), "briefing"));
    }
    List<String> objectives = new ArrayList<>();
    for (Objective o : seat.getObjectivesList()) {
      objectives.add((o.getLabel().isBlank() ? o.getMetric() : o.getLabel()) + " \u2014 "
          + o.getMetric() + ", weight " + Numbers.plain(o.getWeight())
          + (o.getLowerIsBetter() ? ", lower is better" : ""));
    }
    if (!objectives.isEmpty()) {
      blocks.add(new Doc.Para("Scored on:", "objectives"));
      blocks.add(new Doc.Bullets(objectives));
    }
    if (seat.hasUtility() && seat.getUtility().getClausesCount() > 0) {
      blocks.add(new Doc.Para(profile(t, seat.getUtility()), "profile"));
    }
    List<String> refused = new ArrayList<>();
    for (LogRound r : t.rounds()) {
      for (String refusal : r.getRefusalsList()) {
        if (refusal.startsWith(seat.getId() + ":")) {
          refused.add("Round " + r.getRound() + ": " + refusal.substring(seat.getId().length() + 1)
              .strip());
        }
      }
    }
    if (!refused.isEmpty()) {
      blocks.add(new Doc.Para("Moves the rules refused:", "refusals"));
      blocks.add(new Doc.Bullets(refused));
    }
    return new Doc.Group("div", "seat-" + Html.id(seat.getId()) + suffix, "seat", blocks);
  }

  /** "Reservation value 0.40. Clauses: tax rate (weight 30 %, best at 1) ..." */
  static String profile(PlayedTable t, UtilityProfile profile) {
    double total = profile.getClausesList().stream().mapToDouble(ClauseUtility::getWeight).sum();
    UtilityFunction whole = new UtilityFunction(profile);
    List<String> parts = new ArrayList<>();
    for (ClauseUtility c : profile.getClausesList()) {
      String best = whole.ideal(c.getClause()).map(Numbers::plain).orElse("?");
      parts.add(clauseName(t, c.getClause()) + String.format(Locale.ROOT, " (weight %.0f%%, best at %s)",
          total <= 0 ? 0 : 100 * c.getWeight() / total, best));
    }
    return "Utility for the law: reservation value " + Numbers.utility(profile.getReservationValue())
        + " (below it, no agreement is better); " + String.join(", ", parts) + ".";
  }

  static String clauseName(PlayedTable t, String clause) {
    return t.scenario().getClausesList().stream().filter(c -> c.getId().equals(clause))
        .map(c -> c.getName()).findFirst().orElse(clause);
  }
}
