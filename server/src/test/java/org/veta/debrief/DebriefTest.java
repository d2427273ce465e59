package org.veta.debrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.engine.stage.Stage;

/** What a debrief says, as HTML and Markdown, of one table, of a cohort, and of damaged logs. */
class DebriefTest {
  @TempDir Path work;

  private static Debrief debrief(Path... logs) throws Debrief.Refused {
    return Debrief.of(Debrief.open(List.of(logs)), ZoneOffset.UTC);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void theTablesRecordHasItsNegotiationEventsPlayersAndEnd() throws Exception {
    PlayedTable t = Debrief.open(PlayedSessions.get().peru.get(0));
    assertThat(t.ended()).isTrue();
    assertThat(t.roundsPlayed()).isEqualTo(14);
    assertThat(t.seating().players("fedemin")).containsExactly(PlayedSessions.ANA);
    assertThat(t.seating().players("mdd_governor")).containsExactly(PlayedSessions.BRUNO);
    assertThat(t.seating().facilitators()).containsExactly(PlayedSessions.MARIA);
    assertThat(t.seating().bots("fedemin")).containsEntry("adaptive", 13);
    assertThat(t.negotiation().agreements()).isNotEmpty()
        .anySatisfy(a -> assertThat(a.terms()).contains("commit fedemin no_strike 2"));
    assertThat(t.negotiation().breaches()).anySatisfy(b -> {
      assertThat(b.getSeat()).isEqualTo("fedemin");
      assertThat(b.getMove()).isEqualTo("strike scale=1 days=14");
    });
    // Peru does not let the facilitator read private negotiation: a proposal's words are withheld,
    // while the public agreement above keeps them.
    assertThat(t.negotiation().proposals()).isNotEmpty().allSatisfy(p ->
        assertThat(p.getTermsList()).containsExactly(RecordWalk.WITHHELD));
    assertThat(t.talk()).anySatisfy(m -> assertThat(m.getText()).contains(PlayedSessions.ANA));
    assertThat(t.injectedBy("gold_crash+1")).isEqualTo(PlayedSessions.MARIA);
    assertThat(t.value(0, "region.madre_de_dios.mobilization")).isEqualTo(0.2);
    assertThat(t.value(14, "national.central_legitimacy")).isEqualTo(t.rounds().get(13)
        .getStateList().stream().filter(i -> i.getKey().equals("national.central_legitimacy"))
        .findFirst().orElseThrow().getValue());
  }

  @Test
  void theHtmlPageHasEverySectionChartAndStageAndIsSelfContained() throws Exception {
    String html = debrief(PlayedSessions.get().peru.get(0)).html();
    for (String id : List.of("header", "timeline", "charts", "historical-path", "turning-points",
        "seats", "negotiation", "talk")) {
      assertThat(html).contains("<section id=\"" + id + "\"");
    }
    assertThat(html).contains("<svg id=\"chart-national\"", "<svg id=\"chart-region-madre_de_dios\"",
        "<svg id=\"chart-scores\"", "<svg id=\"chart-stages\"");
    for (Stage s : Stage.values()) {
      assertThat(html).contains(Stages.title(s.name()));
    }
    assertThat(html).contains("Otsuka elected", "Injected by " + PlayedSessions.MARIA,
        "Broken promise", "Pareto-optimal", "Nash bargaining", "moment-election");
    assertThat(html).doesNotContain("http://", "https://", "<link", "<img");
    assertThat(html).doesNotContain("did not reach the end");
    assertThat(count(html, "<section id=\"historical-path\"")).isEqualTo(1);
  }

  @Test
  void theMarkdownSaysTheSameInTablesWithSparklines() throws Exception {
    String md = debrief(PlayedSessions.get().peru.get(0)).markdown();
    assertThat(md).startsWith("# Debrief: Peru 2010-2016");
    assertThat(md).contains("## Timeline", "## The historical path", "## Turning points",
        "## The negotiation", "| Stage | What it means | The study |", "Otsuka elected",
        PlayedSessions.ANA, "Pareto-optimal");
    Matcher spark = Pattern.compile("`[\u2581-\u2588]{15}`").matcher(md);
    assertThat(spark.find()).as("a sparkline of rounds 0 to 14").isTrue();
    // Every row of a table has as many cells as its header.
    String[] lines = md.split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i + 1].startsWith("| --- |")) {
        int columns = cells(lines[i]);
        for (int j = i + 2; j < lines.length && lines[j].startsWith("|"); j++) {
          assertThat(cells(lines[j])).as("line %d: %s", j + 1, lines[j]).isEqualTo(columns);
        }
      }
    }
    assertThat(md).doesNotContain("<svg");
  }

  private static int cells(String row) {
    return row.replace("\\|", "").split("\\|", -1).length - 2;
  }

  @Test
  void aCohortComparesTheTablesOfOneScenario() throws Exception {
    List<Path> peru = PlayedSessions.get().peru;
    Debrief cohort = debrief(peru.toArray(new Path[0]));
    String html = cohort.html();
    assertThat(html).contains("<section id=\"cohort\"", "<table id=\"cohort-stages\"",
        "<table id=\"cohort-ends\"", "<svg id=\"chart-cohort-region-madre_de_dios-mobilization\"",
        "<svg id=\"chart-cohort-stages\"",
        "<article id=\"table-1\"", "<article id=\"table-3\"", "<section id=\"historical-path-3\"",
        "<svg id=\"chart-national-2\"");
    for (PlayedTable t : cohort.tables()) {
      assertThat(html).contains(t.tableId());
    }
    assertThat(html).containsPattern("the (Peruvian|Bolivian) way|regional only|no activation");
    // Element ids stay unique across the tables.
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("id %s is unique", ids.group(1)).isTrue();
    }
    assertThat(cohort.markdown()).contains("## The cohort: 3 tables of peru", "| Stage | The study |");
  }

  @Test
  void logsOfDifferentScenariosAreRefusedWithASentence() {
    assertThatThrownBy(() -> Debrief.open(List.of(PlayedSessions.get().peru.get(0),
        PlayedSessions.get().tutorial))).isInstanceOf(Debrief.Refused.class)
        .hasMessageContaining("different scenarios").hasMessageContaining("peru (")
        .hasMessageContaining("tutorial (").hasMessageContaining("once per scenario");
  }

  @Test
  void aLogWithATornTailStillRendersWithANote() throws Exception {
    Path log = PlayedSessions.copy(PlayedSessions.get().peru.get(0), work);
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, Arrays.copyOf(bytes, bytes.length - 7));
    String html = debrief(log).html();
    assertThat(html).contains("class=\"note damage\"", "the last record is cut short");
    assertThat(html).contains("<svg id=\"chart-national\"");
  }

  @Test
  void aSessionCutShortShowsWhatWasPlayedAndSaysItDidNotEnd() throws Exception {
    Path log = PlayedSessions.copy(PlayedSessions.get().peru.get(0), work);
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, Arrays.copyOf(bytes, bytes.length / 2));
    Debrief d = debrief(log);
    PlayedTable t = d.tables().get(0);
    assertThat(t.roundsPlayed()).isBetween(1, 13);
    assertThat(t.ended()).isFalse();
    String html = d.html();
    assertThat(html).contains("did not reach the end", "not played", "class=\"note unfinished\"");
    assertThat(d.markdown()).contains("**Not finished:**", "**Damaged log:**");
  }

  @Test
  void aLogCutInsideItsHeaderIsRefusedAsSuch() throws Exception {
    Path log = PlayedSessions.copy(PlayedSessions.get().peru.get(0), work);
    Files.write(log, Arrays.copyOf(Files.readAllBytes(log), 300));
    assertThatThrownBy(() -> Debrief.open(log)).isInstanceOf(Debrief.Refused.class)
        .hasMessageContaining("cut short before its first record");
  }

  @Test
  void aFileThatIsNotALogIsRefused() throws Exception {
    Path text = work.resolve("notes.vlog");
    Files.writeString(text, "these are my notes, not a session log\n");
    assertThatThrownBy(() -> Debrief.open(text)).isInstanceOf(Debrief.Refused.class)
        .hasMessageContaining("is not a veta session log");
    assertThatThrownBy(() -> Debrief.open(work.resolve("missing.vlog")))
        .hasMessageContaining("no such file");
  }
}
