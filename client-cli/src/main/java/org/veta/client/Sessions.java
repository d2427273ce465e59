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
import org.veta.client.shell.ExitCodes;
import org.veta.client.shell.InteractiveShell;
import org.veta.client.shell.JoinRequest;
import org.veta.client.shell.ScriptShell;

/** Runs a session in the mode asked for: a script (file or stdin) or the interactive shell. */
record Sessions(InputStream in, PrintStream out, PrintStream err) {
  int run(JoinRequest join, String script) throws IOException {
    if (script == null) {
      return new InteractiveShell().run(join);
    }
    if (script.equals("-")) {
      return new ScriptShell(out).run(join, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("veta: there is no script file " + script);
      return ExitCodes.USAGE;
    }
    try (reader) {
      return new ScriptShell(out).run(join, reader);
    }
  }
}
