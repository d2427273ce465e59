package org.veta.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veta.debrief.Debrief;
import org.veta.debrief.PlayedTable;
import org.veta.export.Dataset;
import org.veta.export.Export;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `veta export`: a session log as data for researchers, JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export session logs as data: JSON Lines (one object per line, a \"type\" field "
        + "naming its table) or one CSV file per table (RFC 4180, UTF-8, a header row).",
        "Several logs of one scenario stack: every row starts with table_id.",
        "Exit codes: 0 written, 1 a log cannot be used or a file not written, 2 bad options."})
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "LOG", description = "Session logs (.vlog) of one scenario.")
  List<Path> logs;

  static final class Target {
    @Option(names = "--jsonl", paramLabel = "OUT", required = true,
        description = "Write JSON Lines to this file ('-': standard output).")
    String jsonl;

    @Option(names = "--csv", paramLabel = "DIR", required = true,
        description = "Write one CSV file per table into this directory.")
    Path csv;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--pseudonymize", description = "Replace participants' names by the seat each "
      + "first took, and facilitators' by 'facilitator', in name fields and in free text.")
  boolean pseudonymize;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    List<PlayedTable> tables;
    try {
      tables = Debrief.open(logs);
    } catch (Debrief.Refused e) {
      err.println("veta: " + e.getMessage());
      return 1;
    }
    for (PlayedTable t : tables) {
      t.damage().ifPresent(d -> err.println("veta: " + t.fileName() + " is damaged: "
          + d.describe() + "; the export holds what was read before the damage"));
    }
    Dataset data = Dataset.of(tables, pseudonymize);
    try {
      if (target.csv != null) {
        List<Path> files = Export.csv(data, target.csv);
        out.println("EXPORT " + target.csv + " (" + files.size() + " CSV files)");
      } else if (target.jsonl.equals("-")) {
        Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        Export.jsonLines(data, stdout);
      } else {
        int lines = Export.jsonLines(data, Path.of(target.jsonl));
        out.println("EXPORT " + target.jsonl + " (" + lines + " lines)");
      }
    } catch (IOException e) {
      err.println("veta: cannot write the export: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
