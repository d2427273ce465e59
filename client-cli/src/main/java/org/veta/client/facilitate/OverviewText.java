package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.veta.client.render.Glyphs;
import org.veta.client.render.IndicatorText;
import org.veta.client.render.Text;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatStatus;
import org.veta.protocol.wire.TableSummary;

/**
 * Table summaries as text. Scripts get one statement per line, each about one table and starting
 * with its label ("T2 SUMMARY ...", "T2 SEAT ..."), so `grep '^T2 '` follows a table. People get a
 * few lines per table that fit the terminal's width: the state on the first, then seats,
 * submissions, key indicators and stages, wrapped under it.
 */
final class OverviewText {
  private static final int INDICATOR_LABEL = 30;

  private OverviewText() {}

  // ------------------------------------------------------------------ script lines

  static List<String> plain(List<TableSummary> tables, long now) {
    List<String> lines = new ArrayList<>();
    lines.add("TABLES " + tables.size());
    tables.forEach(t -> lines.addAll(plain(t, now)));
    return lines;
  }

  /** The summary line, then SEAT, INDICATOR, STAGE and TIMERS lines. */
  static List<String> plain(TableSummary t, long now) {
    List<String> lines = new ArrayList<>();
    lines.add(summaryLine(t, now));
    lines.addAll(seatLines(t));
    t.getIndicatorsList().forEach(i -> lines.add(indicatorLine(t, i)));
    lines.addAll(stageAndTimerLines(t));
    return lines;
  }

  /** "T1 SUMMARY peru round=3/8 phase=ORDERS left=2m10s on-deadline=hold seats=2/4 submitted=1/4 code=K4TQ-92 id=t1". */
  static String summaryLine(TableSummary t, long now) {
    return label(t) + " SUMMARY " + t.getScenario() + " " + position(t, now)
        + " on-deadline=" + policy(t.getDeadlinePolicy())
        + " seats=" + people(t) + "/" + t.getSeatsCount() + " submitted=" + submitted(t) + "/" + t.getSeatsCount()
        + " code=" + orDash(t.getJoinCode()) + " id=" + orDash(t.getTableId());
  }

  /** The event line for a table_changed: "T1 CHANGED round=3/8 phase=ORDERS left=2m10s seats=2/4 submitted=1/4". */
  static String changed(TableSummary t, long now) {
    return label(t) + " CHANGED " + position(t, now)
        + " seats=" + people(t) + "/" + t.getSeatsCount() + " submitted=" + submitted(t) + "/" + t.getSeatsCount();
  }

  static List<String> seatLines(TableSummary t) {
    List<String> lines = new ArrayList<>();
    for (SeatStatus s : t.getSeatsList()) {
      lines.add(label(t) + " SEAT " + s.getSeat() + " " + s.getRole().name() + " " + orDash(s.getOccupant())
          + (s.getPlayer().isEmpty() ? "" : " player=" + s.getPlayer().replace(' ', '_'))
          + " submitted=" + yesNo(s.getSubmitted()) + " ready=" + yesNo(s.getReady())
          + (s.getGraceLeftMs() > 0 ? " grace=" + Durations.format(s.getGraceLeftMs()) : ""));
    }
    return lines;
  }

  /** "T1 INDICATOR national.central_legitimacy 60% ^ 5 pts | central legitimacy". */
  static String indicatorLine(TableSummary t, Indicator i) {
    return label(t) + " INDICATOR " + i.getKey() + " " + IndicatorText.shown(i).replace(' ', '_') + " "
        + IndicatorText.change(i, Glyphs.ASCII) + (i.getLabel().isEmpty() ? "" : " | " + i.getLabel());
  }

  static List<String> stageAndTimerLines(TableSummary t) {
    List<String> lines = new ArrayList<>();
    t.getStagesList().forEach(stage -> lines.add(label(t) + " STAGE " + stage));
    if (t.getPhaseSecondsCount() > 0) {
      lines.add(label(t) + " TIMERS " + String.join(" ", t.getPhaseSecondsList()));
    }
    return lines;
  }

  /** "round=3/8 phase=ORDERS left=2m10s", with paused=2m10s or left=none instead when so. */
  private static String position(TableSummary t, long now) {
    return "round=" + t.getRound() + "/" + t.getRounds() + " phase=" + t.getPhase().name() + " " + clockToken(t, now);
  }

  static String clockToken(TableSummary t, long now) {
    if (t.getPaused()) {
      return "paused=" + Durations.format(t.getRemainingMs());
    }
    return t.getDeadlineUnixMs() > 0 ? "left=" + Durations.format(t.getDeadlineUnixMs() - now) : "left=none";
  }

  // ------------------------------------------------------------------ the terminal

  static List<String> screen(List<TableSummary> tables, long now, int width, Glyphs glyphs) {
    if (tables.isEmpty()) {
      return List.of("No tables yet: `create SCENARIO` opens some (`scenarios` lists them).");
    }
    List<String> lines = new ArrayList<>();
    tables.forEach(t -> lines.addAll(screen(t, now, width, glyphs)));
    return lines;
  }

  /**
   * "#1 peru  K4TQ-92  round 3/8  ORDERS  2m10s left  deadline policy: hold", then, indented: seats,
   * who has submitted (or is ready), key indicators, stages.
   */
  static List<String> screen(TableSummary t, long now, int width, Glyphs glyphs) {
    List<String> lines = new ArrayList<>();
    lines.add(Text.fit("#" + t.getNumber() + " " + t.getScenario() + "  " + t.getJoinCode()
        + "  " + where(t) + clock(t, now).map(c -> "  " + c).orElse("") + "  deadline policy: "
        + policy(t.getDeadlinePolicy()), width, glyphs));
    List<String> seats = new ArrayList<>();
    seats.add("seats " + people(t) + "/" + t.getSeatsCount() + " people:");
    t.getSeatsList().forEach(s -> seats.add(seat(s) + ";"));
    seats.set(seats.size() - 1, seats.get(seats.size() - 1).replaceAll(";$", ""));
    pack(lines, seats, " ", width, glyphs);
    waitingFor(t).ifPresent(line -> indent(lines, line, width));
    List<String> indicators = new ArrayList<>();
    t.getIndicatorsList().forEach(i -> indicators.add(indicator(i, glyphs)));
    pack(lines, indicators, " | ", width, glyphs);
    if (t.getStagesCount() > 0) {
      indent(lines, "stages: " + String.join(" > ", t.getStagesList()), width);
    }
    return lines;
  }

  static String where(TableSummary t) {
    if (t.getPhase() == Phase.LOBBY || t.getRound() == 0) {
      return "lobby (" + t.getRounds() + " rounds)";
    }
    return "round " + t.getRound() + "/" + t.getRounds() + "  " + t.getPhase().name();
  }

  /** "2m10s left", "PAUSED (2m10s left)", "no deadline"; nothing in the lobby or once the game is over. */
  static java.util.Optional<String> clock(TableSummary t, long now) {
    if (t.getPaused()) {
      return java.util.Optional.of("PAUSED (" + Durations.format(t.getRemainingMs()) + " left)");
    }
    if (t.getPhase() == Phase.ENDED || t.getPhase() == Phase.LOBBY) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(t.getDeadlineUnixMs() > 0 ? Durations.format(t.getDeadlineUnixMs() - now) + " left" : "no deadline");
  }

  /** Submissions matter in ORDERS, readiness in the briefing and the report; nothing waits otherwise. */
  private static java.util.Optional<String> waitingFor(TableSummary t) {
    boolean orders = t.getPhase() == Phase.ORDERS;
    if (!orders && t.getPhase() != Phase.BRIEFING && t.getPhase() != Phase.REPORT) {
      return java.util.Optional.empty();
    }
    List<SeatStatus> done = t.getSeatsList().stream().filter(s -> orders ? s.getSubmitted() : s.getReady()).toList();
    List<SeatStatus> notYet = t.getSeatsList().stream().filter(s -> !(orders ? s.getSubmitted() : s.getReady())).toList();
    return java.util.Optional.of((orders ? "submitted " : "ready ") + done.size() + "/" + t.getSeatsCount() + ": "
        + (done.isEmpty() ? "nobody" : ids(done)) + (notYet.isEmpty() ? "" : " | not yet: " + ids(notYet)));
  }

  private static String ids(List<SeatStatus> seats) {
    return seats.stream().map(SeatStatus::getSeat).collect(Collectors.joining(", "));
  }

  /** "fedemin Ana", "gore Bea (dropped)", "minem bot:adaptive", "mdd open". */
  static String seat(SeatStatus s) {
    String occupant = s.getOccupant();
    if (occupant.equals("person")) {
      return s.getSeat() + " " + s.getPlayer();
    }
    if (occupant.equals("dropped")) {
      return s.getSeat() + " " + (s.getPlayer().isEmpty() ? "" : s.getPlayer() + " ") + "(dropped"
          + (s.getGraceLeftMs() > 0 ? ", " + Durations.format(s.getGraceLeftMs()) + " left" : "") + ")";
    }
    return s.getSeat() + " " + (occupant.isEmpty() ? "?" : occupant);
  }

  static String indicator(Indicator i, Glyphs glyphs) {
    String label = i.getLabel().isEmpty() ? i.getKey() : i.getLabel();
    return Text.fit(label, INDICATOR_LABEL, glyphs) + " " + IndicatorText.shown(i)
        + (IndicatorText.changed(i) ? " " + IndicatorText.change(i, glyphs) : "");
  }

  /**
   * Items joined by sep, as many to a line as fit, never split inside one (a seat and who holds
   * it, an indicator and its change stay together); indented as indent() does.
   */
  static void pack(List<String> lines, List<String> items, String sep, int width, Glyphs glyphs) {
    int room = Math.max(20, width - 5);
    List<String> packed = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String item : items) {
      if (line.length() > 0 && line.length() + sep.length() + item.length() > room) {
        packed.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? sep : "").append(Text.fit(item, room, glyphs));
    }
    if (line.length() > 0) {
      packed.add(line.toString());
    }
    for (int i = 0; i < packed.size(); i++) {
      lines.add((i == 0 ? "   " : "     ") + packed.get(i).stripTrailing());
    }
  }

  /** Under the table's first line: three spaces in, and five for the lines a long one wraps to. */
  static void indent(List<String> lines, String text, int width) {
    List<String> wrapped = Text.wrap(text, Math.max(20, width - 5));
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add((i == 0 ? "   " : "     ") + wrapped.get(i));
    }
  }

  // ------------------------------------------------------------------ shared

  static String label(TableSummary t) {
    return "T" + (t.getNumber() > 0 ? Integer.toString(t.getNumber()) : t.getTableId());
  }

  static int people(TableSummary t) {
    return WaitGoal.SeatsGoal.people(t);
  }

  static int submitted(TableSummary t) {
    return (int) t.getSeatsList().stream().filter(SeatStatus::getSubmitted).count();
  }

  static String policy(DeadlinePolicy policy) {
    return switch (policy) {
      case HOLD -> "hold";
      case BOT -> "bot";
      default -> "default";
    };
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  static String orDash(String text) {
    return text.isEmpty() ? "-" : text;
  }
}
