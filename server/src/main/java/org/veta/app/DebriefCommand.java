package org.veta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.veta.debrief.Debrief;
import org.veta.debrief.PlayedTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `veta debrief`: a page for the projector from one session log, or a cohort from several. */
@Command(name = "debrief", mixinStandardHelpOptions = true,
    description = {"Debrief sessions from their logs: one self-contained HTML page (and Markdown).",
        "Several logs of one scenario make a cohort page that compares the tables.",
        "Exit codes: 0 written, 1 a log cannot be used or a file not written, 2 bad options."})
final class DebriefCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "LOG", description = "Session logs (.vlog) of one scenario.")
  List<Path> logs;

  @Option(names = "--html", paramLabel = "OUT.html", description = "Write the page here.")
  Path html;

  @Option(names = "--md", paramLabel = "OUT.md", description = "Write the same content as Markdown here.")
  Path markdown;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (html == null && markdown == null) {
      err.println("veta: say where to write the debrief: --html OUT.html and/or --md OUT.md");
      return 2;
    }
    List<PlayedTable> tables;
    try {
      tables = Debrief.open(logs);
    } catch (Debrief.Refused e) {
      err.println("veta: " + e.getMessage());
      return 1;
    }
    for (PlayedTable t : tables) {
      t.damage().ifPresent(d -> err.println("veta: " + t.fileName() + " is damaged: "
          + d.describe() + "; the debrief shows what was read before the damage"));
    }
    Debrief debrief = Debrief.of(tables, ZoneId.systemDefault());
    try {
      if (html != null) {
        write(html, debrief.html());
        out.println("DEBRIEF " + html + " (" + describe(tables) + ")");
      }
      if (markdown != null) {
        write(markdown, debrief.markdown());
        out.println("DEBRIEF " + markdown + " (" + describe(tables) + ")");
      }
    } catch (IOException e) {
      err.println("veta: cannot write the debrief: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String describe(List<PlayedTable> tables) {
    return tables.size() == 1 ? "table " + tables.get(0).tableId()
        : tables.size() + " tables of " + tables.get(0).scenario().getId();
  }
}
