package org.veta.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veta.session.Table;

/**
 * What a facilitator can type into a running `veta serve` until the facilitator's console
 * arrives: `announce all TEXT` or `announce N TEXT` (N as in the TABLE lines) posts an
 * announcement to every seat of those tables. Answers go to stderr, so stdout keeps its contract.
 * Reads on its own daemon thread; a server without a terminal (no stdin) simply never hears it.
 */
final class ServeConsole {
  private final List<Table> tables;
  private final PrintWriter err;

  ServeConsole(List<Table> tables, PrintWriter err) {
    this.tables = List.copyOf(tables);
    this.err = err;
  }

  void start(InputStream in) {
    Thread reader = new Thread(() -> read(in), "veta-console");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(InputStream in) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        handle(line.strip());
      }
    } catch (IOException e) {
      // no console after all: the server runs on
    }
  }

  void handle(String line) {
    if (line.isEmpty()) {
      return;
    }
    String[] words = line.split("\\s+", 3);
    if (!words[0].equals("announce") || words.length < 3) {
      say("commands: announce all TEXT | announce N TEXT (N as in the TABLE lines)");
      return;
    }
    if (words[1].equals("all")) {
      tables.forEach(t -> t.announce(words[2]));
      say("announced to " + tables.size() + " table(s)");
      return;
    }
    try {
      int n = Integer.parseInt(words[1]);
      if (n < 1 || n > tables.size()) {
        throw new NumberFormatException();
      }
      tables.get(n - 1).announce(words[2]);
      say("announced to table " + n);
    } catch (NumberFormatException e) {
      say("there is no table " + words[1] + "; tables: 1 to " + tables.size() + ", or all");
    }
  }

  private void say(String text) {
    err.println("veta: " + text);
    err.flush();
  }
}
