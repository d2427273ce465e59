package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.wire.BreachView;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.StageView;

/**
 * The key events of each round: stages first reached (with the study's round for the same
 * stage), scheduled and injected events, elections and their outcome, agreements and breaches,
 * what the facilitator did, people taking and leaving seats, and the round's largest changes.
 */
public final class Timeline {
  static final String ELECTIONS = "running for office and elections";

  private Timeline() {}

  /** Round 0 holds what happened in the lobby, before the first round. */
  public static List<Moment> of(PlayedTable table, int round) {
    List<Moment> moments = new ArrayList<>();
    var scenario = table.scenario();
    LogRound r = table.round(round).orElse(null);
    if (r != null) {
      for (StageView s : r.getStagesList()) {
        moments.add(new Moment(round, "stage", "Stage reached: " + Stages.title(s.getStage())
            + where(Words.region(table.scenario(), s.getRegion()), s.getSeat())
            + study(table, s.getStage())));
      }
      for (ScheduledEvent e : scenario.getEventsList()) {
        if (e.getRound() == round) {
          moments.add(new Moment(round, "event", "Event: " + e.getTitle()
              + (e.getNews().isBlank() ? "" : " \u2014 " + e.getNews())));
        }
      }
      for (ScheduledEvent e : r.getInjectedList()) {
        moments.add(new Moment(round, "injected", "Injected by " + table.injectedBy(e.getId())
            + ": " + e.getTitle() + (e.getNews().isBlank() ? "" : " \u2014 " + e.getNews())));
      }
      election(table, r).ifPresent(moments::add);
    }
    for (Negotiation.Agreed a : table.negotiation().agreements()) {
      if (a.round() == round) {
        moments.add(new Moment(round, "agreement", "Agreement " + String.join(" + ", a.parties())
            + ": " + String.join("; ", a.terms())));
      }
    }
    if (r != null) {
      for (BreachView b : r.getBreachesList()) {
        moments.add(new Moment(round, "breach", "Broken promise: " + b.getDescription()));
      }
    }
    for (FacilitatorAction f : table.facilitatorActions()) {
      if (f.round() == round && f.changesTheTable() && !f.kind().equals("inject")) {
        moments.add(new Moment(round, "facilitator", f.who() + " " + f.what()));
      }
    }
    for (Seating.Change c : table.seating().changes()) {
      if (c.round() == round) {
        moments.add(new Moment(round, "people", c.seat() + ": " + c.event()
            + (c.detail().isBlank() ? "" : " (" + c.detail() + ")")));
      }
    }
    for (Changes.NetChange c : Changes.largest(table, round, 3)) {
      moments.add(new Moment(round, "change", capital(c.label()) + ": " + c.shownBefore()
          + " \u2192 " + c.shownAfter() + " (" + Numbers.points(c.after() - c.before()) + ")"));
    }
    return moments;
  }

  /** An election round: who stood, who won or lost, from the round's effects and notes. */
  static java.util.Optional<Moment> election(PlayedTable table, LogRound r) {
    boolean scheduled = table.scenario().getElectionRoundsList().contains(r.getRound())
        || table.scenario().getEventsList().stream()
            .anyMatch(e -> e.getRound() == r.getRound() && e.getElection())
        || r.getInjectedList().stream().anyMatch(ScheduledEvent::getElection);
    Set<String> outcomes = new LinkedHashSet<>();
    for (EffectView e : r.getEffectsList()) {
      if (e.getMechanism().equals(ELECTIONS)) {
        outcomes.add(e.getReason());
      }
    }
    for (String note : r.getNotesList()) {
      if (note.contains("candidate") || note.contains("election")) {
        outcomes.add(note);
      }
    }
    if (!scheduled && outcomes.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Moment(r.getRound(), "election",
        (scheduled ? "Regional elections" : "Running for office") + (outcomes.isEmpty()
            ? ": no federation candidate" : ": " + String.join("; ", outcomes))));
  }

  private static String where(String region, String seat) {
    List<String> parts = new ArrayList<>();
    if (!region.isBlank() && !region.equals("national")) {
      parts.add(region);
    }
    if (!seat.isBlank()) {
      parts.add(seat);
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String study(PlayedTable table, String stage) {
    for (HistoricalStage h : table.scenario().getHistoricalStagesList()) {
      if (h.getStage().equals(stage)) {
        return "; in the study: round " + h.getRound();
      }
    }
    return table.scenario().getHistoricalStagesCount() == 0 ? "" : "; not in the study's path";
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
