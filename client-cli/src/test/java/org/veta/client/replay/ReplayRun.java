package org.veta.client.replay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veta.client.ClientMain;
import org.veta.client.local.LocalServerLauncher;

/** `veta replay ...` run in this JVM through the client's whole command line, as a script does. */
record ReplayRun(int exit, String out, String err) {
  static ReplayRun of(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ClientMain.commandLine(new LocalServerLauncher(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(args);
    return new ReplayRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> lines() {
    return out.lines().toList();
  }

  /** The lines a command printed: from its "> command" echo to the next echo. */
  List<String> after(String command) {
    return after(command, 1);
  }

  /** As above, for the nth time the command was given. */
  List<String> after(String command, int nth) {
    List<String> lines = lines();
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("> " + command) && ++seen == nth) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("> ")) {
          end++;
        }
        return lines.subList(i + 1, end);
      }
    }
    throw new AssertionError("no \"> " + command + "\" (#" + nth + ") in:\n" + out + err);
  }

  /** The lines before the first command: the opening and the first screen. */
  List<String> opening() {
    List<String> lines = lines();
    int end = 0;
    while (end < lines.size() && !lines.get(end).startsWith("> ")) {
      end++;
    }
    return lines.subList(0, end);
  }
}
