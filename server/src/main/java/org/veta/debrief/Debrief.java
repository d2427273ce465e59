package org.veta.debrief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veta.replay.SessionRecord;

/**
 * A debrief of one table, or of several tables of one scenario (a cohort), from their session
 * logs: a self-contained HTML page for the projector and the same content in Markdown.
 */
public final class Debrief {
  private final List<PlayedTable> tables;
  private final ZoneId zone;

  private Debrief(List<PlayedTable> tables, ZoneId zone) {
    this.tables = List.copyOf(tables);
    this.zone = zone;
  }

  /** Why a debrief cannot be made, in one sentence for the person who asked for it. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(String sentence) {
      super(sentence, null, false, false);
    }
  }

  /**
   * Opens the logs, which must be of one scenario. A damaged log opens with what was read
   * before the damage; a file that is not a session log is refused.
   */
  public static List<PlayedTable> open(List<Path> logs) throws Refused {
    if (logs.isEmpty()) {
      throw new Refused("name at least one session log");
    }
    List<PlayedTable> tables = new ArrayList<>();
    for (Path log : logs) {
      tables.add(open(log));
    }
    Map<String, List<String>> byScenario = new LinkedHashMap<>();
    for (PlayedTable t : tables) {
      byScenario.computeIfAbsent(t.scenario().getId(), s -> new ArrayList<>()).add(t.fileName());
    }
    if (byScenario.size() > 1) {
      List<String> parts = new ArrayList<>();
      byScenario.forEach((scenario, files) -> parts.add(scenario + " (" + String.join(", ", files)
          + ")"));
      throw new Refused("these logs are of different scenarios: " + String.join("; ", parts)
          + ". A debrief compares the tables of one scenario: run it once per scenario.");
    }
    return tables;
  }

  public static PlayedTable open(Path log) throws Refused {
    if (Files.isDirectory(log)) {
      throw new Refused(log + " is a directory, not a session log");
    }
    try {
      return PlayedTable.of(SessionRecord.open(log));
    } catch (NoSuchFileException e) {
      throw new Refused(log + ": no such file");
    } catch (IOException e) {
      throw new Refused(log + " cannot be read: " + e.getMessage());
    } catch (SessionRecord.BadLog e) {
      if (startsAsALog(log)) {
        throw new Refused(log + " is a veta session log cut short before its first record (the "
            + "scenario) was complete: there is nothing to debrief");
      }
      throw new Refused(e.getMessage());
    }
  }

  /** Checksummed logs begin "VETALOG" and a format digit (see org.veta.log.LogFormat). */
  private static boolean startsAsALog(Path log) {
    try (var in = Files.newInputStream(log)) {
      byte[] start = in.readNBytes(7);
      return new String(start, java.nio.charset.StandardCharsets.US_ASCII).equals("VETALOG");
    } catch (IOException e) {
      return false;
    }
  }

  public static Debrief of(List<PlayedTable> tables, ZoneId zone) {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a debrief needs a table");
    }
    return new Debrief(tables, zone);
  }

  public List<PlayedTable> tables() {
    return tables;
  }

  public String title() {
    PlayedTable first = tables.get(0);
    return "Debrief: " + first.scenario().getTitle() + (tables.size() == 1 ? " \u2014 "
        + first.tableId() : " \u2014 " + tables.size() + " tables");
  }

  /** The page: the cohort first when there are several tables, then each table in full. */
  List<Doc.Block> document() {
    List<Doc.Block> blocks = new ArrayList<>();
    if (tables.size() > 1) {
      blocks.add(CohortSection.build(tables));
    }
    for (int i = 0; i < tables.size(); i++) {
      PlayedTable t = tables.get(i);
      String suffix = i == 0 ? "" : "-" + (i + 1);
      List<Doc.Block> sections = new ArrayList<>();
      if (tables.size() > 1) {
        sections.add(new Doc.Heading(1, "Table " + (i + 1) + ": " + t.tableId(), ""));
      }
      sections.add(OverviewSections.header(t, suffix, zone));
      sections.add(OverviewSections.timeline(t, suffix));
      sections.add(OverviewSections.charts(t, suffix));
      sections.add(PathSection.build(t, suffix));
      sections.add(OverviewSections.turningPoints(t, suffix));
      sections.add(SeatSection.build(t, suffix));
      sections.add(NegotiationSection.build(t, suffix));
      sections.add(NegotiationSection.talk(t, suffix, zone));
      blocks.add(new Doc.Group("article", "table-" + (i + 1), "table-debrief", sections));
    }
    return blocks;
  }

  public String html() {
    return HtmlPage.render(title(), document(), footer());
  }

  public String markdown() {
    return MarkdownPage.render(title(), document(), footer());
  }

  private String footer() {
    List<String> files = new ArrayList<>();
    tables.forEach(t -> files.add(t.fileName()));
    return "Made by veta debrief from " + String.join(", ", files) + ", with "
        + tables.get(0).header().getEngineVersion() + ". Everything shown was recorded in the "
        + "session logs; no engine was run.";
  }
}
