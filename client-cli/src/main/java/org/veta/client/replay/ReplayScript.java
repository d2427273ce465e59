package org.veta.client.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Script mode: the replay's commands from a file or standard input, plain ASCII lines out, each
 * command echoed as "> command" before its lines, and the screen as plain lines (see
 * {@link Screen}) after every move. For tests, screen readers and notes prepared in advance.
 */
final class ReplayScript {
  private ReplayScript() {}

  static int run(Replay replay, BufferedReader script, PrintStream out) {
    replay.opening().forEach(out::println);
    Screen.plain(replay.timeline(), replay.position(), replay.notes()).forEach(out::println);
    try {
      String line;
      while ((line = script.readLine()) != null) {
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        out.println("> " + line.strip());
        Replay.Result result = replay.run(line);
        result.lines().forEach(out::println);
        if (result.screen()) {
          Screen.plain(replay.timeline(), replay.position(), replay.notes()).forEach(out::println);
        }
        out.flush();
        if (result.quit()) {
          break;
        }
      }
    } catch (IOException e) {
      out.println("SCRIPT UNREADABLE: " + e.getMessage());
      return ReplayExitCodes.USAGE;
    }
    out.flush();
    return ReplayExitCodes.OK;
  }
}
