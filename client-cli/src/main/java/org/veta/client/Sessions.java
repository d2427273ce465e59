package org.veta.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.veta.client.facilitate.FacilitatorLogin;
import org.veta.client.facilitate.FacilitatorScriptShell;
import org.veta.client.facilitate.FacilitatorShell;
import org.veta.client.shell.ExitCodes;
import org.veta.client.shell.InteractiveShell;
import org.veta.client.shell.JoinRequest;
import org.veta.client.shell.ScriptShell;

/** Runs a session in the mode asked for: a script (file or stdin) or the interactive shell. */
record Sessions(InputStream in, PrintStream out, PrintStream err) {
  /** A script run over a reader, giving the exit code. */
  private interface Script {
    int run(BufferedReader reader);
  }

  int run(JoinRequest join, String script) throws IOException {
    if (script == null) {
      return new InteractiveShell().run(join);
    }
    return runScript(script, reader -> new ScriptShell(out).run(join, reader));
  }

  /** The facilitator's console: at the terminal, or over a script. */
  int facilitate(FacilitatorLogin login, String script) throws IOException {
    if (script == null) {
      return new FacilitatorShell().run(login);
    }
    return runScript(script, reader -> new FacilitatorScriptShell(out).run(login, reader));
  }

  private int runScript(String script, Script shell) throws IOException {
    if (script.equals("-")) {
      return shell.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("veta: there is no script file " + script);
      return ExitCodes.USAGE;
    }
    try (reader) {
      return shell.run(reader);
    }
  }
}
