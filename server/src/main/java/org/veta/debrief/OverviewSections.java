package org.veta.debrief;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.wire.EffectView;

/** A table's header, timeline, charts and turning points. */
final class OverviewSections {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

  private OverviewSections() {}

  static Doc.Block header(PlayedTable t, String suffix, ZoneId zone) {
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(2, t.scenario().getTitle(), ""));
    t.damage().ifPresent(d -> blocks.add(new Doc.Note("damage", "This log is damaged: "
        + d.describe() + ". The debrief shows what was read before the damage.")));
    if (!t.ended()) {
      blocks.add(new Doc.Note("unfinished", "The session did not reach the end: "
          + (t.roundsPlayed() == 0 ? "none of its " + t.roundsTotal() + " rounds was resolved"
          : "the log stops after round " + t.roundsPlayed() + " of " + t.roundsTotal())
          + ", without a final scorecard."));
    } else if (t.roundsPlayed() < t.roundsTotal()) {
      blocks.add(new Doc.Note("info", "The game was ended early, after round " + t.roundsPlayed()
          + " of " + t.roundsTotal() + "; the scorecard is of the state reached."));
    }
    Instant opened = Instant.ofEpochMilli(t.openedMs());
    Duration length = Duration.ofMillis(Math.max(0, t.lastRecordMs() - t.openedMs()));
    Doc.Rows facts = new Doc.Rows()
        .add("Table", t.tableId())
        .add("Date", WHEN.format(opened.atZone(zone)) + " (log of " + minutes(length) + ")")
        .add("Scenario", t.scenario().getId() + " \u2014 " + t.header().getScenarioSource()
            + ", sha256 " + abbreviate(t.header().getScenarioSha256()))
        .add("Seed", Long.toString(t.header().getSeed()))
        .add("Engine", t.header().getEngineVersion() + ", log format " + t.record().format())
        .add("Rounds", t.roundsPlayed() + " of " + t.roundsTotal()
            + (t.ended() ? ", ended with the scorecard" : ", not finished"));
    if (t.header().getOverridesCount() > 0) {
      facts.add("Settings changed", String.join(", ", t.header().getOverridesList()));
    }
    if (!t.seating().facilitators().isEmpty()) {
      facts.add("Facilitator", String.join(", ", t.seating().facilitators()));
    }
    facts.add("Log file", t.fileName());
    blocks.add(Doc.grid("facts" + suffix, "facts", List.of(), facts));
    Doc.Rows seats = new Doc.Rows();
    for (Seat s : t.scenario().getSeatsList()) {
      seats.add(Doc.Cell.of(s.getId(), "seat-id"), Doc.Cell.of(s.getName()),
          Doc.Cell.of(Words.role(s.getRole())), Doc.Cell.of(Words.region(t.scenario(), s.getRegion())),
          Doc.Cell.of(t.seating().describe(s.getId(), t.roundsPlayed())));
    }
    blocks.add(new Doc.Heading(3, "Who played which seat", ""));
    blocks.add(Doc.grid("players" + suffix, "players",
        List.of("Seat", "Name", "Role", "Region", "Played by"), seats));
    blocks.add(new Doc.Para(t.scenario().getSummary(), "summary"));
    return new Doc.Group("section", "header" + suffix, "header", blocks);
  }

  static Doc.Block timeline(PlayedTable t, String suffix) {
    Doc.Rows rows = new Doc.Rows();
    List<Moment> lobby = Timeline.of(t, 0);
    if (!lobby.isEmpty()) {
      rows.add(Doc.Cell.of("lobby", "round"), Doc.Cell.of("before round 1"),
          Doc.Cell.moments(lobby));
    }
    for (int r = 1; r <= t.roundsPlayed(); r++) {
      rows.add(Doc.Cell.of(Integer.toString(r), "round"), Doc.Cell.of(t.period(r), "period"),
          Doc.Cell.moments(Timeline.of(t, r)));
    }
    if (t.roundsPlayed() < t.roundsTotal()) {
      rows.add(Doc.Cell.of((t.roundsPlayed() + 1) + "\u2013" + t.roundsTotal(), "round"),
          Doc.Cell.of(""), Doc.Cell.of("not played", "not-played"));
    }
    return new Doc.Group("section", "timeline" + suffix, "timeline", List.of(
        new Doc.Heading(2, "Timeline", ""),
        new Doc.Para("Each round's key events: stages of the study's sequence first reached, "
            + "events, elections, agreements and broken promises, the facilitator's actions, "
            + "and the round's three largest changes."),
        Doc.grid("", "timeline", List.of("Round", "Period", "What happened"), rows)));
  }

  static Doc.Block charts(PlayedTable t, String suffix) {
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(2, "Indicators over rounds", ""));
    blocks.add(new Doc.Para("Round 0 is the state before the first round. Dashed vertical lines "
        + "mark elections and events a facilitator injected."));
    LineChart national = Charts.national(t, suffix);
    if (!national.isEmpty()) {
      blocks.add(new Doc.Figure(national, "National: the centre against the miners"));
    }
    for (Region region : t.scenario().getRegionsList()) {
      LineChart chart = Charts.region(t, region, suffix);
      if (!chart.isEmpty()) {
        blocks.add(new Doc.Figure(chart, region.getName() + (region.getNote().isBlank() ? ""
            : " \u2014 " + region.getNote())));
      }
    }
    LineChart scores = Charts.scores(t, suffix);
    if (!scores.isEmpty()) {
      blocks.add(new Doc.Figure(scores, "Scores: how well each seat met its objectives"));
    }
    return new Doc.Group("section", "charts" + suffix, "charts", blocks);
  }

  static Doc.Block turningPoints(PlayedTable t, String suffix) {
    Doc.Rows rows = new Doc.Rows();
    int n = 1;
    for (Changes.Turn turn : Changes.turningPoints(t, 12)) {
      EffectView e = turn.effect();
      rows.add(Doc.Cell.of(Integer.toString(n++)), Doc.Cell.of(Integer.toString(turn.round()),
          "round"), Doc.Cell.of(Timeline.capital(e.getLabel())),
          Doc.Cell.of(e.getShownBefore() + " \u2192 " + e.getShownAfter(), "change"),
          Doc.Cell.of(Numbers.points(e.getAfter() - e.getBefore()),
              e.getAfter() > e.getBefore() ? "up" : "down"),
          Doc.Cell.of(e.getMechanism()),
          Doc.Cell.of(e.getSeat().isBlank() ? "\u2014" : e.getSeat() + (e.getMove().isBlank() ? ""
              : ": " + e.getMove())),
          Doc.Cell.of(e.getReason()));
    }
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(2, "Turning points", ""));
    blocks.add(new Doc.Para("The largest single changes of the session, each with the mechanism "
        + "that made it, the seat and move that caused it, and the engine's reason."));
    if (rows.isEmpty()) {
      blocks.add(new Doc.Para("No change was recorded."));
    } else {
      blocks.add(Doc.grid("", "turning-points", List.of("#", "Round", "Indicator", "Change",
          "Size", "Mechanism", "Seat and move", "Reason"), rows));
    }
    return new Doc.Group("section", "turning-points" + suffix, "turning-points", blocks);
  }

  private static String minutes(Duration d) {
    long m = d.toMinutes();
    return m == 0 ? d.toSeconds() + " s" : m >= 60 ? (m / 60) + " h " + (m % 60) + " min"
        : m + " min";
  }

  private static String abbreviate(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }
}
