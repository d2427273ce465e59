package org.veta.debrief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A debrief as a small document: headings, paragraphs, notes, tables, charts and sections. It is
 * built once and written twice, as HTML and as Markdown, so both say the same.
 */
final class Doc {
  private Doc() {}

  sealed interface Block permits Heading, Para, Note, Bullets, Grid, Figure, Ladder, Group, Fold {}

  record Heading(int level, String text, String id) implements Block {}

  record Para(String text, String css) implements Block {
    Para(String text) {
      this(text, "");
    }
  }

  /** A note that must be seen: kind is damage, unfinished or info. */
  record Note(String kind, String text) implements Block {}

  record Bullets(List<String> items) implements Block {}

  /** A table cell: text, a CSS class, or a list of moments (a moment without kind: a plain line). */
  record Cell(String text, String css, List<Moment> moments) {
    static Cell of(String text) {
      return new Cell(text, "", List.of());
    }

    static Cell of(String text, String css) {
      return new Cell(text, css, List.of());
    }

    static Cell moments(List<Moment> moments) {
      return new Cell("", "", moments);
    }

    /** Several lines in one cell. */
    static Cell lines(List<String> lines, String css) {
      return new Cell("", css, lines.stream().map(l -> new Moment(0, "", l)).toList());
    }
  }

  record Grid(String id, String css, List<String> header, List<List<Cell>> rows) implements Block {}

  record Figure(LineChart chart, String caption) implements Block {}

  /** The stages of the study's sequence, round by round, for the study and each table. */
  record Ladder(StageChart chart, String caption) implements Block {}

  /** A section, article or div with its id and class. */
  record Group(String tag, String id, String css, List<Block> blocks) implements Block {}

  /** Content folded away on screen (talk, every effect), unfolded when printed. */
  record Fold(String summary, String id, List<Block> blocks) implements Block {}

  /** Rows of cells, built one row at a time. */
  static final class Rows {
    private final List<List<Cell>> rows = new ArrayList<>();

    Rows add(Cell... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    Rows add(String... texts) {
      List<Cell> row = new ArrayList<>();
      for (String t : texts) {
        row.add(Cell.of(t));
      }
      rows.add(row);
      return this;
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    List<List<Cell>> list() {
      return rows;
    }
  }

  static Grid grid(String id, String css, List<String> header, Rows rows) {
    return new Grid(id, css, header, rows.list());
  }
}
