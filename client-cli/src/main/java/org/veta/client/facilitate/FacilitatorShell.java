package org.veta.client.facilitate;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
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
      HoldingPrinter printer = new HoldingPrinter(new TerminalPrinter(reader, terminal));
      FacilitatorEvents events = new FacilitatorEvents(printer, board, System::currentTimeMillis);
      GameClient client = new GameClient(events, board::learn);
      if (!FacilitatorHello.connect(client, login, printer)) {
        return ExitCodes.CONNECTION_FAILED;
      }
      return session(terminal, reader, printer, board, events, client);
    }
  }

  private int session(Terminal terminal, LineReader reader, HoldingPrinter printer, TableBoard board,
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
      printer.line("Type `help` for the commands; Tab completes them and their tables; Ctrl-D leaves.");
      while (!client.closed().isDone()) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          break;
        }
        printer.holdEvents(); // a command's own lines first, then what happened meanwhile
        try {
          if (runner.run(line) == FacilitatorRunner.Outcome.QUIT) {
            break;
          }
        } finally {
          printer.releaseEvents();
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
    private static final long LIVE_TICK_SECONDS = 5;
    /** Whether the live overview is on screen: a drawing already under way when it closes does nothing. */
    private volatile boolean live;
    private final LineReader reader;
    private final HoldingPrinter printer;
    private final TableBoard board;
    private final FacilitatorEvents events;

    TerminalConsole(LineReader reader, HoldingPrinter printer, TableBoard board, FacilitatorEvents events) {
      this.reader = reader;
      this.printer = printer;
      this.board = board;
      this.events = events;
    }

    @Override
    public boolean confirm(String question) {
      printer.releaseEvents(); // while the question waits, the tables go on
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
     * The overview, redrawn from the board at every summary (no request each time) and every few
     * seconds, so the time left counts down, until Enter. The screen is cleared before each drawing.
     */
    @Override
    public void live(FacilitatorRunner runner) {
      if (runner.overview().isEmpty()) {
        return; // the runner said why
      }
      Runnable redraw = () -> draw(runner.overviewLines(board.all()));
      printer.releaseEvents(); // other events show between drawings, as they come
      events.live(redraw);
      reader.variable(LineReader.DISABLE_HISTORY, true);
      ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
          new DefaultThreadFactory("veta-live", true));
      live = true;
      try {
        redraw.run();
        ticker.scheduleWithFixedDelay(redraw, LIVE_TICK_SECONDS, LIVE_TICK_SECONDS, TimeUnit.SECONDS);
        reader.readLine("Live overview: press Enter to stop. ");
      } catch (UserInterruptException | EndOfFileException e) {
        // Ctrl-C or Ctrl-D stop it too
      } finally {
        synchronized (this) {
          live = false;
        }
        ticker.shutdownNow();
        events.live(null);
        reader.variable(LineReader.DISABLE_HISTORY, false);
      }
    }

    private synchronized void draw(List<String> lines) {
      if (!live) {
        return;
      }
      try {
        reader.callWidget(LineReader.CLEAR_SCREEN);
      } catch (IllegalStateException e) {
        // Not reading a line yet (the first drawing): clear it directly.
        reader.getTerminal().puts(InfoCmp.Capability.clear_screen);
        reader.getTerminal().flush();
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
