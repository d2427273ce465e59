package org.veta.client.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veta.client.render.Glyphs;
import org.veta.client.render.Text;
import org.veta.protocol.wire.Indicator;

/**
 * The replay's screen at one position: where we are, the event in words, and a compact panel of
 * the scenario's key indicators. On a terminal it fits the window (80x24 at least; a wider window
 * gets wider labels, a taller one more indicators, those that moved most), with a rule between
 * the parts and a hint for the keys. In a script it is plain lines, nothing cut:
 *
 * <pre>
 * AT round 1 of 4 | ORDERS | event 12 of 60 | 08:34:37 (+0:20)
 * TALK private federation (Ana) -> government: Meet me halfway?
 * PANEL after round 0 (before round 1)
 * KEY central legitimacy: 60% =
 * MARK strike
 * NOTE here the federation first reaches out
 * </pre>
 */
final class Screen {
  /** The facilitator's overview shows these when a scenario names no key indicators. */
  static final List<String> DEFAULT_KEYS = List.of("national.miners_momentum",
      "national.central_legitimacy", "national.formalization_rate");
  static final String HINT = "Right/Space next  Left prev  PgDn/PgUp round  `help`  `quit`";
  private static final int VALUE_COLUMN = 12;
  private static final int CHANGE_COLUMN = 12;
  private static final int MOST_EXTRA = 8;
  private static final int MIN_WIDTH = 40;
  private static final int MOST_LABEL = 64;

  private Screen() {}

  /** "Round 1 of 4 | ORDERS | event 12 of 60 | 08:34:37 (+0:20)". */
  static String where(Timeline t, int position) {
    Timeline.Event e = t.events().get(position);
    String round = e.round() == 0 ? "Lobby, before round 1 of " + t.rounds()
        : "Round " + e.round() + " of " + t.rounds();
    long start = t.session().records().get(0).getTimeMs();
    return round + " | " + e.phase().name() + " | event " + (position + 1) + " of " + t.events().size()
        + " | " + Words.clock(e.timeMs()) + " (" + Words.elapsed(e.timeMs() - start) + ")";
  }

  /** "after round 2 (changes of round 2)" or "before round 1". */
  static String stateHeading(Timeline t, int record) {
    return t.lastRound(record).map(r -> "after round " + r.getRound() + " of " + t.rounds())
        .orElse("before round 1 (as the session opened)");
  }

  static List<String> plain(Timeline t, int position, NotesFile notes) {
    Timeline.Event e = t.events().get(position);
    List<String> lines = new ArrayList<>();
    lines.add("AT " + where(t, position));
    lines.addAll(e.lines());
    lines.add("PANEL " + stateHeading(t, e.record()));
    List<Indicator> state = t.state(e.record());
    if (state.isEmpty()) {
      lines.add("KEY none: this log records no indicators (it was written by an older server)");
    }
    for (Indicator i : keys(t, state)) {
      lines.add("KEY " + ChangeText.label(i) + ": " + ChangeText.shown(i) + " " + ChangeText.change(i, Glyphs.ASCII));
    }
    lines.addAll(anchored(t, position, notes));
    return lines;
  }

  /** The MARK and NOTE lines of the marks and notes at this event. */
  static List<String> anchored(Timeline t, int position, NotesFile notes) {
    List<String> lines = new ArrayList<>();
    for (NotesFile.Mark m : notes.marks()) {
      if (t.positionOf(m.at().record()) == position) {
        lines.add("MARK " + m.name());
      }
    }
    for (NotesFile.Note n : notes.notes()) {
      if (t.positionOf(n.at().record()) == position) {
        lines.add("NOTE " + n.text());
      }
    }
    return lines;
  }

  /** The screen for a terminal of width x height; the prompt takes the last row. */
  static List<String> terminal(Timeline t, int position, NotesFile notes, String file, Glyphs glyphs,
      int columns, int rows) {
    int width = Math.max(MIN_WIDTH, columns);
    int height = Math.max(16, rows);
    Timeline.Event e = t.events().get(position);
    String rule = glyphs.rule().repeat(width);
    List<String> head = new ArrayList<>();
    head.add(Text.fit("REPLAY " + (t.view().omniscient() ? "as everyone" : "as " + t.view().seat()) + " | "
        + t.session().scenario().getTitle() + " | " + file
        + (t.session().damage().isPresent() ? " (damaged: what is intact)" : ""), width, glyphs));
    head.add(Text.fit(where(t, position), width, glyphs));
    head.add(rule);

    List<String> anchored = anchored(t, position, notes).stream()
        .map(line -> Text.fit(line.startsWith("MARK ") ? "* mark: " + line.substring(5) : "* note: " + line.substring(5),
            width, glyphs)).toList();
    List<Indicator> state = t.state(e.record());
    List<Indicator> keys = keys(t, state);

    // Rows: head, the event, a rule, the panel heading and rows, the marks, the hint, the prompt.
    int room = height - head.size() - 1 - 1 - 1 - 1;
    int keyRows = Math.max(1, keys.size());
    int anchorRows = Math.min(anchored.size(), 2);
    List<String> event = new ArrayList<>();
    for (String line : e.lines()) {
      if (line.startsWith("CHANGE ")) {
        event.add(Text.fit(line, width, glyphs)); // one row each: `changes` has them in full
        continue;
      }
      List<String> wrapped = Text.wrap(line, width - 2);
      for (int i = 0; i < wrapped.size(); i++) {
        event.add(i == 0 ? wrapped.get(i) : "  " + wrapped.get(i));
      }
    }
    int eventRows = Math.max(3, Math.min(event.size(), room - keyRows - anchorRows));
    int extraRows = Math.max(0, Math.min(MOST_EXTRA, room - eventRows - keyRows - anchorRows));

    List<String> lines = new ArrayList<>(head);
    if (event.size() > eventRows) {
      lines.addAll(event.subList(0, eventRows - 1));
      lines.add(glyphs.ellipsis() + " " + (event.size() - eventRows + 1) + " more line"
          + (event.size() - eventRows + 1 == 1 ? "" : "s")
          + (e.kind() == Timeline.Kind.ROUND ? " (`changes` lists every change)" : " (`show` prints it all)"));
    } else {
      lines.addAll(event);
    }
    lines.add(rule);
    lines.add(Text.padRight(Text.fit("Policy state " + stateHeading(t, e.record()), labelWidth(width) + 1, glyphs),
        labelWidth(width) + 2) + Text.padLeft("now", VALUE_COLUMN - 2) + "  change");
    if (state.isEmpty()) {
      lines.add("  (this log records no indicators: it was written by an older server)");
    }
    for (Indicator i : keys) {
      lines.add(row(i, width, glyphs));
    }
    if (extraRows > 0) {
      t.lastRound(e.record()).ifPresent(r -> movers(state, keys).stream().limit(extraRows)
          .forEach(i -> lines.add(row(i, width, glyphs))));
    }
    lines.addAll(anchored.subList(0, anchorRows));
    if (anchored.size() > anchorRows) {
      int last = lines.size() - 1;
      lines.set(last, Text.fit(lines.get(last) + " (+" + (anchored.size() - anchorRows) + " more: `marks`, `notes`)",
          width, glyphs));
    }
    lines.add(Text.fit(HINT, width, glyphs));
    return lines.stream().limit(height - 1L).map(line -> Text.fit(line, width, glyphs)).toList();
  }

  /** Wider windows get wider labels, up to where the values would drift away from them. */
  private static int labelWidth(int width) {
    return Math.min(MOST_LABEL, width - 2 - VALUE_COLUMN - CHANGE_COLUMN);
  }

  private static String row(Indicator i, int width, Glyphs glyphs) {
    int label = labelWidth(width);
    return "  " + Text.padRight(Text.fit(ChangeText.label(i), label - 1, glyphs), label)
        + Text.padLeft(Text.fit(ChangeText.shown(i), VALUE_COLUMN - 2, glyphs), VALUE_COLUMN - 2) + "  "
        + Text.fit(ChangeText.change(i, glyphs), CHANGE_COLUMN, glyphs);
  }

  /** The scenario's key indicators (or the facilitator's default few) this view may see. */
  static List<Indicator> keys(Timeline t, List<Indicator> state) {
    List<String> wanted = t.session().scenario().getKeyIndicatorsCount() > 0
        ? t.session().scenario().getKeyIndicatorsList() : DEFAULT_KEYS;
    List<Indicator> keys = new ArrayList<>();
    for (String key : wanted) {
      state.stream().filter(i -> i.getKey().equals(key)).findFirst().ifPresent(keys::add);
    }
    return keys;
  }

  /** The other indicators that moved in the last round, most first (as `changes` sorts them). */
  private static List<Indicator> movers(List<Indicator> state, List<Indicator> keys) {
    return state.stream().filter(i -> !keys.contains(i) && ChangeText.changed(i))
        .sorted(Comparator.comparing((Indicator i) -> !ChangeText.share(i))
            .thenComparing(Comparator.comparingDouble((Indicator i) -> ChangeText.size(i)).reversed())).toList();
  }
}
