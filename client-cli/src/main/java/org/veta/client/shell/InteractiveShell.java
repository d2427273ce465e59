package org.veta.client.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.render.StatusScreen;
import org.veta.client.table.TableState;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.ListMoves;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;

/** The shell for people: JLine prompt with completion and history, events above the prompt. */
public final class InteractiveShell {
  private volatile boolean quitting;

  public int run(JoinRequest join) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().name("veta").system(true).build()) {
      TableState table = new TableState();
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("veta")
          .completer(new ShellCompleter(table))
          .variable(LineReader.HISTORY_FILE, historyFile())
          .build();
      TerminalPrinter printer = new TerminalPrinter(reader, terminal);
      EventPrinter events = new EventPrinter(printer, table, System::currentTimeMillis);
      // The listener needs the client it listens to (to fetch moves); the client needs the listener first.
      AtomicReference<GameClient> self = new AtomicReference<>();
      GameClient client = new GameClient(event -> {
        events.accept(event);
        refreshMovesOnOrders(self.get(), table, event);
        showStatusOnBriefing(self.get(), table, printer, event);
      });
      self.set(client);
      if (Seating.take(client, join, table, printer).isEmpty()) {
        return ExitCodes.CONNECTION_FAILED;
      }
      return session(terminal, reader, printer, table, client);
    }
  }

  private int session(Terminal terminal, LineReader reader, Printer printer, TableState table, GameClient client) {
    CommandRunner runner = new CommandRunner(client, table, printer, System::currentTimeMillis);
    printer.lines(new StatusScreen(printer.glyphs(), printer.width())
        .render(table.view(), System.currentTimeMillis(), printer.height() - 2)); // JOINED above, a hint below
    printer.line("Type `help` for the commands; Tab completes commands and moves; Ctrl-D leaves.");
    fetchMoves(client, table);
    terminal.handle(Terminal.Signal.INT, signal -> runner.interrupt());
    client.closed().thenRun(() -> {
      if (!quitting) {
        printer.line("Disconnected: " + client.closedReason() + ". Press Enter to leave.");
      }
    });
    String prompt = table.yourSeat().isEmpty() ? "veta> " : "veta " + table.yourSeat() + "> ";
    try {
      while (!client.closed().isDone()) {
        String line;
        try {
          line = reader.readLine(prompt);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          break;
        }
        if (line.strip().equalsIgnoreCase("propose")) {
          line = ProposalBuilder.build(reader, printer, table).orElse("");
          if (line.isEmpty()) {
            continue;
          }
        }
        if (runner.run(line) == CommandRunner.Outcome.QUIT) {
          break;
        }
      }
    } catch (ConnectionClosedException e) {
      printer.line("Disconnected: " + e.getMessage() + ".");
    }
    quitting = true;
    boolean serverLeft = client.closedByServer() && !table.position().ended();
    client.close();
    return serverLeft ? ExitCodes.SERVER_CLOSED : ExitCodes.OK;
  }

  /** Completion offers the moves open now: fetch them whenever an ORDERS phase begins. */
  private static void refreshMovesOnOrders(GameClient client, TableState table, ServerMessage event) {
    if (client != null && event.hasPhaseChanged() && event.getPhaseChanged().getPhase() == Phase.ORDERS) {
      fetchMoves(client, table);
    }
  }

  /**
   * Each round opens with its briefing: the participant sees the new state, the news and their
   * seat without having to ask. Fetched asynchronously, so the inbound thread never waits.
   */
  private static void showStatusOnBriefing(GameClient client, TableState table, Printer printer,
      ServerMessage event) {
    if (client == null || !event.hasPhaseChanged()
        || event.getPhaseChanged().getPhase() != Phase.BRIEFING) {
      return;
    }
    client.request(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()))
        .thenAccept(answer -> {
          if (answer.hasTable()) {
            table.update(answer.getTable());
            printer.event(new StatusScreen(printer.glyphs(), printer.width())
                .render(answer.getTable(), System.currentTimeMillis(), printer.height() - 2));
          }
        });
  }

  private static void fetchMoves(GameClient client, TableState table) {
    client.request(ClientMessage.newBuilder().setListMoves(ListMoves.getDefaultInstance()))
        .thenAccept(answer -> {
          if (answer.hasMoves()) {
            table.moves(answer.getMoves());
          }
        });
  }

  private static Path historyFile() {
    Path directory = Path.of(System.getProperty("user.home"), ".veta");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      return Path.of(System.getProperty("java.io.tmpdir"), "veta-history");
    }
    return directory.resolve("history");
  }
}
