package org.veta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.debrief.PlayedSessions;

/** `veta debrief` and `veta export` on the command line: what they write, exit codes, sentences. */
class DebriefCommandTest {
  @TempDir Path work;

  private record Result(int code, String out, String err) {}

  private static Result veta(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = VetaMain.run(strings);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void aDebriefIsWrittenAsHtmlAndMarkdown() throws Exception {
    Path log = PlayedSessions.get().peru.get(0);
    Path html = work.resolve("out/debrief.html");
    Path md = work.resolve("out/debrief.md");
    Result r = veta("debrief", log, "--html", html, "--md", md);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("DEBRIEF " + html, "DEBRIEF " + md);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("historical-path");
    assertThat(Files.readString(md)).startsWith("# Debrief:");
    Result cohort = veta("debrief", PlayedSessions.get().peru.get(0), PlayedSessions.get().peru.get(1),
        "--html", work.resolve("cohort.html"));
    assertThat(cohort.code()).isZero();
    assertThat(cohort.out()).contains("2 tables of peru");
  }

  @Test
  void aMissingFileANonLogAndMixedScenariosAreRefusedWithASentence() throws Exception {
    Path html = work.resolve("x.html");
    Result missing = veta("debrief", work.resolve("nowhere.vlog"), "--html", html);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).startsWith("veta: ").contains("nowhere.vlog: no such file");

    Path notes = work.resolve("notes.txt");
    Files.writeString(notes, "minutes of the meeting\n");
    Result notALog = veta("debrief", notes, "--html", html);
    assertThat(notALog.code()).isEqualTo(1);
    assertThat(notALog.err()).contains("notes.txt is not a veta session log");

    Result mixed = veta("debrief", PlayedSessions.get().peru.get(0), PlayedSessions.get().tutorial,
        "--html", html);
    assertThat(mixed.code()).isEqualTo(1);
    assertThat(mixed.err()).contains("these logs are of different scenarios", "run it once per scenario");
    assertThat(html).doesNotExist();

    Result nowhere = veta("debrief", PlayedSessions.get().peru.get(0));
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err()).contains("--html OUT.html and/or --md OUT.md");

    Result exportMissing = veta("export", work.resolve("nowhere.vlog"), "--jsonl", work.resolve("o.jsonl"));
    assertThat(exportMissing.code()).isEqualTo(1);
    assertThat(exportMissing.err()).contains("no such file");
  }

  @Test
  void anExportIsJsonLinesOrCsvNotBoth() throws Exception {
    Path log = PlayedSessions.get().peru.get(0);
    Result jsonl = veta("export", log, "--jsonl", work.resolve("s.jsonl"), "--pseudonymize");
    assertThat(jsonl.code()).as(jsonl.err()).isZero();
    assertThat(jsonl.out()).containsPattern("EXPORT .*s.jsonl \\(\\d+ lines\\)");
    assertThat(Files.readString(work.resolve("s.jsonl"))).doesNotContain(PlayedSessions.ANA);
    Result csv = veta("export", log, "--csv", work.resolve("csv"));
    assertThat(csv.code()).isZero();
    assertThat(work.resolve("csv/rounds.csv")).exists();
    Result both = veta("export", log, "--csv", work.resolve("c2"), "--jsonl", work.resolve("j2"));
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    Result neither = veta("export", log);
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err()).contains("--jsonl", "--csv");
  }
}
