package org.veta.debrief;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a debrief document as Markdown (GitHub's tables): the same sections and tables as the
 * page, each chart as a table of its lines with a sparkline from the first round to the last.
 */
final class MarkdownPage {
  private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

  private MarkdownPage() {}

  static String render(String title, List<Doc.Block> blocks, String footer) {
    StringBuilder out = new StringBuilder(128 * 1024);
    out.append("# ").append(line(title)).append("\n\n");
    for (Doc.Block b : blocks) {
      block(out, b);
    }
    out.append("---\n\n").append(line(footer)).append('\n');
    return out.toString();
  }

  private static void block(StringBuilder out, Doc.Block block) {
    if (block instanceof Doc.Heading h) {
      out.append("#".repeat(Math.min(6, h.level()))).append(' ').append(line(h.text()))
          .append("\n\n");
    } else if (block instanceof Doc.Para p) {
      out.append(line(p.text())).append("\n\n");
    } else if (block instanceof Doc.Note n) {
      String label = switch (n.kind()) {
        case "damage" -> "Damaged log";
        case "unfinished" -> "Not finished";
        default -> "Note";
      };
      out.append("> **").append(label).append(":** ").append(line(n.text())).append("\n\n");
    } else if (block instanceof Doc.Bullets b) {
      b.items().forEach(i -> out.append("- ").append(line(i)).append('\n'));
      out.append('\n');
    } else if (block instanceof Doc.Grid g) {
      grid(out, g.header(), g.rows());
    } else if (block instanceof Doc.Figure f) {
      figure(out, f);
    } else if (block instanceof Doc.Ladder) {
      // Drawn on the page only: the stage-by-stage table beside it says the same in Markdown.
      return;
    } else if (block instanceof Doc.Group g) {
      g.blocks().forEach(b -> block(out, b));
    } else if (block instanceof Doc.Fold f) {
      out.append("**").append(line(f.summary())).append("**\n\n");
      f.blocks().forEach(b -> block(out, b));
    }
  }

  private static void grid(StringBuilder out, List<String> header, List<List<Doc.Cell>> rows) {
    int columns = header.size();
    for (List<Doc.Cell> row : rows) {
      columns = Math.max(columns, row.size());
    }
    out.append('|');
    for (int i = 0; i < columns; i++) {
      out.append(' ').append(i < header.size() ? cell(header.get(i)) : "").append(" |");
    }
    out.append("\n|");
    out.append(" --- |".repeat(columns));
    out.append('\n');
    for (List<Doc.Cell> row : rows) {
      out.append('|');
      for (int i = 0; i < columns; i++) {
        out.append(' ').append(i < row.size() ? cell(row.get(i)) : "").append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static String cell(Doc.Cell c) {
    if (c.moments().isEmpty()) {
      return cell(c.text());
    }
    List<String> items = new ArrayList<>();
    for (Moment m : c.moments()) {
      items.add(m.kind().isEmpty() ? cell(m.text()) : "**" + m.kind() + "** " + cell(m.text()));
    }
    return String.join("<br>", items);
  }

  private static String cell(String text) {
    return line(text).replace("|", "\\|");
  }

  /** One line: Markdown has no line breaks inside a paragraph or a cell. */
  private static String line(String text) {
    return text.strip().replace("\r", "").replace("\n", " ").replace("<", "&lt;");
  }

  private static void figure(StringBuilder out, Doc.Figure f) {
    LineChart chart = f.chart();
    out.append("**").append(line(chart.title())).append("** \u2014 ").append(line(f.caption()))
        .append("\n\n");
    List<List<Doc.Cell>> rows = new ArrayList<>();
    for (LineChart.Series s : chart.series()) {
      double first = Double.NaN;
      double last = Double.NaN;
      double min = Double.NaN;
      double max = Double.NaN;
      for (int r = chart.firstRound(); r < s.values().length; r++) {
        double v = s.values()[r];
        if (Double.isNaN(v)) {
          continue;
        }
        first = Double.isNaN(first) ? v : first;
        last = v;
        min = Double.isNaN(min) ? v : Math.min(min, v);
        max = Double.isNaN(max) ? v : Math.max(max, v);
      }
      rows.add(List.of(Doc.Cell.of(s.name()), Doc.Cell.of("`" + sparkline(chart, s) + "`"),
          Doc.Cell.of(chart.format(first)), Doc.Cell.of(chart.format(last)),
          Doc.Cell.of(chart.format(min)), Doc.Cell.of(chart.format(max))));
    }
    grid(out, List.of("Line", "Round " + chart.firstRound() + " to the last", "First", "Last",
        "Lowest", "Highest"), rows);
  }

  /** One bar per round, from empty (0) to full (the chart's top). */
  static String sparkline(LineChart chart, LineChart.Series s) {
    StringBuilder line = new StringBuilder();
    for (int r = chart.firstRound(); r < s.values().length; r++) {
      double v = s.values()[r];
      if (Double.isNaN(v)) {
        line.append(' ');
      } else {
        int i = (int) Math.round(Math.max(0, Math.min(1, v / chart.max())) * (BARS.length() - 1));
        line.append(BARS.charAt(i));
      }
    }
    return line.toString();
  }
}
