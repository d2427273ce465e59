package org.veta.client.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.Objective;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.TableView;
import org.veta.protocol.wire.YourSeat;

/**
 * The status screen: where the game is, the policy state with its changes, your seat and who
 * has submitted. It must fit the terminal, prompt included, so at 80x24 it drops the
 * indicators that changed least (saying how many) and shortens the briefing; wider terminals
 * get wider label columns and longer lines.
 */
public final class StatusScreen {
  private static final int MIN_WIDTH = 40;
  private static final int VALUE_COLUMN = 12;
  private static final int CHANGE_COLUMN = 12;

  private final Glyphs glyphs;
  private final int width;

  public StatusScreen(Glyphs glyphs, int width) {
    this.glyphs = glyphs;
    this.width = Math.max(MIN_WIDTH, width);
  }

  /** At most height - 1 lines (the prompt takes the last row), none wider than the width. */
  public List<String> render(TableView table, long nowUnixMs, int height) {
    int budget = Math.max(12, height - 1);
    List<String> head = head(table, nowUnixMs);
    List<String> tail = you(table);
    List<String> newsAll = news(table.getNewsList());
    List<String> briefingAll = briefing(table.getYou());
    Rows rows = Rows.allot(budget - head.size() - 2 - tail.size(), // policy heading and rule
        newsAll.size(), briefingAll.size(), table.getIndicatorsCount());

    List<String> lines = new ArrayList<>(head);
    addCut(lines, newsAll, rows.news());
    lines.add(Text.padRight("Policy state", labelWidth() + 2) + Text.padLeft("now", VALUE_COLUMN - 2) + "  change");
    lines.addAll(indicators(table.getIndicatorsList(), rows.indicators()));
    lines.add(glyphs.rule().repeat(width));
    lines.addAll(tail.subList(0, 1));
    addCut(lines, briefingAll, rows.briefing());
    lines.addAll(tail.subList(1, tail.size()));
    return lines.stream().limit(budget).map(line -> Text.fit(line, width, glyphs)).toList();
  }

  /**
   * How many rows each part gets: one row of news and briefing at least, then the indicators,
   * which are the game's state; spare rows go back to the news and the briefing.
   */
  record Rows(int news, int briefing, int indicators) {
    static Rows allot(int room, int newsWanted, int briefingWanted, int indicatorsWanted) {
      int news = Math.min(newsWanted, 1);
      int briefing = Math.min(briefingWanted, 1);
      int indicators = Math.min(Math.max(1, indicatorsWanted), Math.max(1, room - news - briefing));
      int spare = room - news - briefing - indicators;
      int grow = Math.max(0, Math.min(spare, Math.min(newsWanted, 3) - news));
      news += grow;
      spare -= grow;
      grow = Math.max(0, Math.min(spare, Math.min(briefingWanted, 3) - briefing));
      briefing += grow;
      spare -= grow;
      grow = Math.max(0, Math.min(spare, newsWanted - news));
      news += grow;
      spare -= grow;
      briefing += Math.max(0, Math.min(spare, briefingWanted - briefing));
      return new Rows(news, briefing, indicators);
    }
  }

  /** Adds the first rows of part, the last one marked with an ellipsis if some were left out. */
  private void addCut(List<String> lines, List<String> part, int rows) {
    part.stream().limit(rows).forEach(lines::add);
    if (rows > 0 && rows < part.size()) {
      int last = lines.size() - 1;
      lines.set(last, Text.fit(lines.get(last) + glyphs.ellipsis(), width, glyphs));
    }
  }

  private List<String> news(List<String> items) {
    List<String> lines = new ArrayList<>();
    for (String item : items) {
      List<String> wrapped = Text.wrap(item, width - 8);
      for (int i = 0; i < wrapped.size(); i++) {
        lines.add((lines.isEmpty() ? "News: - " : i == 0 ? "      - " : "        ") + wrapped.get(i));
      }
    }
    return lines;
  }

  private int labelWidth() {
    return width - 2 - VALUE_COLUMN - CHANGE_COLUMN;
  }

  private List<String> head(TableView table, long nowUnixMs) {
    String title = table.getTitle().isEmpty() ? "veta" : table.getTitle();
    String where;
    if (table.getPhase() == Phase.LOBBY || table.getRound() == 0) {
      where = "Lobby: waiting for the game to start (type `start` to begin with bots)";
    } else if (table.getPhase() == Phase.ENDED) {
      where = "The game is over after " + table.getRounds() + " rounds (type `scores`)";
    } else {
      where = "Round " + table.getRound() + " of " + table.getRounds()
          + (table.getPeriod().isEmpty() ? "" : " | " + table.getPeriod())
          + " | " + table.getPhase().name()
          + " | " + (table.getPaused() ? "PAUSED by the facilitator"
              : Text.timeLeft(table.getDeadlineUnixMs(), nowUnixMs));
    }
    return List.of(Text.fit(title + (table.getTableId().isEmpty() ? "" : "  [table " + table.getTableId() + "]"),
        width, glyphs), Text.fit(where, width, glyphs), glyphs.rule().repeat(width));
  }

  /** All indicators if they fit; else the ones that moved most, in the server's order. */
  private List<String> indicators(List<Indicator> all, int rows) {
    if (all.isEmpty()) {
      return List.of("  (no indicators yet)");
    }
    List<Integer> shown = IntStream.range(0, all.size()).boxed().collect(Collectors.toList());
    int hidden = 0;
    if (all.size() > rows) {
      int keep = Math.max(0, rows - 1);
      hidden = all.size() - keep;
      shown = shown.stream()
          .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(all.get(i).getValue() - all.get(i).getPrevious())))
          .limit(keep).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (int i : shown) {
      Indicator indicator = all.get(i);
      lines.add("  " + Text.padRight(Text.fit(indicator.getLabel().isEmpty() ? indicator.getKey() : indicator.getLabel(),
              labelWidth() - 1, glyphs), labelWidth())
          + Text.padLeft(Text.fit(IndicatorText.shown(indicator), VALUE_COLUMN - 2, glyphs), VALUE_COLUMN - 2) + "  "
          + Text.fit(IndicatorText.change(indicator, glyphs), CHANGE_COLUMN, glyphs));
    }
    if (hidden > 0) {
      lines.add("  " + glyphs.ellipsis() + " and " + hidden + " more that changed less (a taller terminal shows all)");
    }
    return lines;
  }

  private List<String> briefing(YourSeat you) {
    if (you.getBriefing().isEmpty()) {
      return List.of();
    }
    return Text.wrap(you.getBriefing(), width - 2).stream().map(line -> "  " + line).toList();
  }

  /** Your seat's heading first, then objectives, orders and submissions; the briefing goes after the heading. */
  private List<String> you(TableView table) {
    YourSeat you = table.getYou();
    List<String> lines = new ArrayList<>();
    String region = you.getRegion().isEmpty() ? "" : ", " + you.getRegion();
    lines.add(Text.fit("You: " + you.getSeat() + " " + you.getName() + " (" + you.getRole().name() + region + ")",
        width - 13, glyphs) + "  score " + Text.score(you.getScore()));
    if (you.getObjectivesCount() > 0) {
      String objectives = you.getObjectivesList().stream().map(StatusScreen::objective)
          .collect(Collectors.joining("; ", "Objectives: ", ""));
      lines.addAll(Text.wrap(objectives, width, 2, glyphs));
    }
    String orders = you.getOrdersCount() == 0 ? "none yet (`moves`, then `order MOVE`)" : String.join("; ", you.getOrdersList());
    lines.add(Text.fit("Your orders: " + orders + (you.getSubmitted() ? "  [submitted]" : ""), width, glyphs));
    lines.add(Text.fit(submissions(table.getSeatsList()), width, glyphs));
    return lines;
  }

  private static String objective(Objective objective) {
    return objective.getLabel() + " (" + Text.number(objective.getWeight())
        + (objective.getLowerIsBetter() ? ", lower is better" : "") + ")";
  }

  /** Who has submitted among the people at the table: bots never keep anyone waiting. */
  private static String submissions(List<SeatView> seats) {
    List<SeatView> people = seats.stream().filter(s -> !s.getBot() && !s.getPlayer().isEmpty()).toList();
    String done = people.stream().filter(SeatView::getSubmitted).map(SeatView::getId).collect(Collectors.joining(", "));
    String waiting = people.stream().filter(s -> !s.getSubmitted()).map(SeatView::getId).collect(Collectors.joining(", "));
    long bots = seats.stream().filter(SeatView::getBot).count();
    return "Submitted: " + (done.isEmpty() ? "nobody" : done) + (waiting.isEmpty() ? "" : " | waiting for: " + waiting)
        + (bots == 0 ? "" : " | " + bots + " bot" + (bots == 1 ? "" : "s"));
  }
}
