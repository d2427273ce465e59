package org.veta.client.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veta.client.render.Glyphs;
import org.veta.replay.SessionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `veta replay LOG`: plays a session log back, event by event, as it was recorded; nothing is
 * re-executed. `--verify` re-executes it instead, and says whether every state matches.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Replay a session log event by event, forward and back, as everyone or as one seat;",
        "or verify it by re-executing it through this engine."},
    footer = {"", "Example: veta replay veta-data/sessions/tutorial-20261123-083416-001.vlog",
        "         veta replay LOG --as federation",
        "         veta replay LOG --verify",
        "Marks and notes are kept beside the log in LOG.notes.json; the log is never changed.",
        "Exit codes: 0 ok/verified, 1 divergence, 2 bad command line, 5 not a log, 6 damaged (--verify)."})
public final class ReplayCommand implements Callable<Integer> {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  @Parameters(index = "0", paramLabel = "LOG", description = "the session log (a .vlog file)")
  Path log;

  @Option(names = "--as", paramLabel = "SEAT", description = "see only what this seat received (default: everything)")
  String as;

  @Option(names = "--script", paramLabel = "FILE|-", description = "read commands from FILE (or - for standard input)")
  String script;

  @Option(names = "--verify", description = "re-execute the log through this engine and compare every state")
  boolean verify;

  public ReplayCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    if (verify && (as != null || script != null)) {
      err.println("veta: --verify takes no --as or --script");
      return ReplayExitCodes.USAGE;
    }
    SessionRecord session;
    try {
      session = SessionRecord.open(log);
    } catch (NoSuchFileException e) {
      out.println("NOT A LOG: there is no file " + log);
      return ReplayExitCodes.NOT_A_LOG;
    } catch (IOException e) {
      out.println("NOT A LOG: " + log + " cannot be read (" + e.getMessage() + ")");
      return ReplayExitCodes.NOT_A_LOG;
    } catch (SessionRecord.BadLog e) {
      out.println("NOT A LOG: " + e.getMessage());
      return ReplayExitCodes.NOT_A_LOG;
    }
    if (verify) {
      return VerifyRun.run(session, out);
    }
    View view = View.all(Replay.withholdsPrivate(session));
    if (as != null && !as.equalsIgnoreCase("all")) {
      if (session.scenario().getSeatsList().stream().noneMatch(s -> s.getId().equals(as))) {
        err.println("veta: there is no seat " + as + " in this session; the seats are "
            + String.join(", ", session.scenario().getSeatsList().stream().map(s -> s.getId()).toList()));
        return ReplayExitCodes.USAGE;
      }
      view = view.as(session, as);
    }
    View chosen = view;
    NotesFile notes = NotesFile.of(log);
    if (script == null) {
      return ReplayTerminal.run(glyphs -> new Replay(session, chosen, notes, glyphs));
    }
    Replay replay = new Replay(session, chosen, notes, Glyphs.ASCII);
    if (script.equals("-")) {
      return ReplayScript.run(replay, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
    }
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("veta: there is no script file " + script);
      return ReplayExitCodes.USAGE;
    }
    try (reader) {
      return ReplayScript.run(replay, reader, out);
    }
  }
}
