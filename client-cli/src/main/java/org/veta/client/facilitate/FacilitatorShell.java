package org.veta.client.facilitate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.shell.ExitCodes;
import org.veta.client.shell.TerminalPrinter;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ListScenarios;

/**
 * The facilitator's console for a person: a JLine prompt with completion (commands, table
 * numbers, seats, phases, scenarios and their events) and its own history, events above the
 * prompt, a y/N before ending every table, and the live overview.
 */
public final class FacilitatorShell {
  private static final String PROMPT = "facilitate> ";
  private volatile boolean quitting;

  public int run(FacilitatorLogin login) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().name("veta").system(true).build()) {
      TableBoard board = new TableBoard();
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("veta-facilitate")
          .completer(new FacilitatorCompleter(board))
          .variable(LineReader.HISTORY_FILE, historyFile())
          // Messages and news are free text: "!" is punctuation there, not history expansion.
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      TerminalPrinter printer = new TerminalPrinter(reader, terminal);
      FacilitatorEvents events = new FacilitatorEvents(printer, board, System::currentTimeMillis);
      GameClient client = new GameClient(events, board::learn);
      if (!FacilitatorHello.connect(client, login, printer)) {
        return ExitCodes.CONNECTION_FAILED;
      }
      return session(terminal, reader, printer, board, events, client);
    }
  }

  private int session(Terminal terminal, LineReader reader, TerminalPrinter printer, TableBoard board,
      FacilitatorEvents events, GameClient client) {
    FacilitatorRunner runner = new FacilitatorRunner(client, board, printer, System::currentTimeMillis,
        new TerminalConsole(reader, printer, board, events));
    // Scenarios and their events, for completion; the answer reaches the board by itself.
    client.request(ClientMessage.newBuilder().setListScenarios(ListScenarios.getDefaultInstance()));
    terminal.handle(Terminal.Signal.INT, signal -> runner.interrupt());
    client.closed().thenRun(() -> {
      if (!quitting) {
        printer.line("Disconnected: " + client.closedReason() + ". Press Enter to leave.");
      }
    });
    try {
      runner.run("tables");
      printer.line("Type `help` for the commands; Tab completes commands, tables, seats and events; Ctrl-D leaves.");
      while (!client.closed().isDone()) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          break;
        }
        if (runner.run(line) == FacilitatorRunner.Outcome.QUIT) {
          break;
        }
      }
    } catch (ConnectionClosedException e) {
      printer.line("Disconnected: " + e.getMessage() + ".");
    }
    quitting = true;
    boolean serverLeft = client.closedByServer();
    client.close();
    return serverLeft ? ExitCodes.SERVER_CLOSED : ExitCodes.OK;
  }

  /** What only a terminal can do: ask, and redraw. */
  private static final class TerminalConsole implements FacilitatorRunner.Console {
    private final LineReader reader;
    private final TerminalPrinter printer;
    private final TableBoard board;
    private final FacilitatorEvents events;

    TerminalConsole(LineReader reader, TerminalPrinter printer, TableBoard board, FacilitatorEvents events) {
      this.reader = reader;
      this.printer = printer;
      this.board = board;
      this.events = events;
    }

    @Override
    public boolean confirm(String question) {
      reader.variable(LineReader.DISABLE_HISTORY, true); // a "y" is not a command to recall
      try {
        return reader.readLine(question + " [y/N] ").strip().toLowerCase(Locale.ROOT).startsWith("y");
      } catch (UserInterruptException | EndOfFileException e) {
        return false;
      } finally {
        reader.variable(LineReader.DISABLE_HISTORY, false);
      }
    }

    /**
     * The overview, redrawn from the board at every summary (no request each time) until Enter.
     * The screen is cleared where the terminal can; elsewhere each drawing goes below the last.
     */
    @Override
    public void live(FacilitatorRunner runner) {
      if (runner.overview().isEmpty()) {
        return; // the runner said why
      }
      Runnable redraw = () -> draw(runner.overviewLines(board.all()));
      events.live(redraw);
      reader.variable(LineReader.DISABLE_HISTORY, true);
      try {
        redraw.run();
        reader.readLine("Live overview: press Enter to stop. ");
      } catch (UserInterruptException | EndOfFileException e) {
        // Ctrl-C or Ctrl-D stop it too
      } finally {
        events.live(null);
        reader.variable(LineReader.DISABLE_HISTORY, false);
      }
    }

    private synchronized void draw(List<String> lines) {
      try {
        reader.callWidget(LineReader.CLEAR_SCREEN);
      } catch (IllegalStateException e) {
        // not reading a line yet: the first drawing simply goes below what is on screen
      }
      printer.lines(lines);
    }
  }

  private static Path historyFile() {
    Path directory = Path.of(System.getProperty("user.home"), ".veta");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      return Path.of(System.getProperty("java.io.tmpdir"), "veta-facilitator-history");
    }
    return directory.resolve("facilitator-history");
  }
}
