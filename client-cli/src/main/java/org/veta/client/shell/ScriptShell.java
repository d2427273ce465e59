package org.veta.client.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.table.TableState;

/**
 * Script mode: commands from a file or stdin, plain lines out, each command echoed as
 * "> command". For screen readers and for tests, so the output stays stable and greppable.
 */
public final class ScriptShell {
  private final PrintStream out;

  public ScriptShell(PrintStream out) {
    this.out = out;
  }

  public int run(JoinRequest join, BufferedReader script) {
    PlainPrinter printer = new PlainPrinter(out);
    TableState table = new TableState();
    GameClient client = new GameClient(new EventPrinter(printer, table, System::currentTimeMillis));
    if (Seating.take(client, join, table, printer).isEmpty()) {
      return ExitCodes.CONNECTION_FAILED;
    }
    CommandRunner runner = new CommandRunner(client, table, printer, System::currentTimeMillis);
    try {
      String line;
      while ((line = script.readLine()) != null) {
        if (CommandLineParser.parse(line) instanceof CommandLineParser.Blank) {
          continue;
        }
        printer.line("> " + line.strip());
        printer.holdEvents();
        try {
          if (runner.run(line) == CommandRunner.Outcome.QUIT) {
            break;
          }
        } finally {
          printer.releaseEvents();
        }
      }
    } catch (ConnectionClosedException e) {
      return disconnected(printer, client, table);
    } catch (IOException e) {
      printer.line("SCRIPT UNREADABLE: " + e.getMessage());
      client.close();
      return ExitCodes.CONNECTION_FAILED;
    }
    // The server may hang up once a game is over; before that, hanging up is a failure.
    if (client.closedByServer() && !table.position().ended()) {
      return disconnected(printer, client, table);
    }
    client.close();
    return ExitCodes.OK;
  }

  private static int disconnected(Printer printer, GameClient client, TableState table) {
    printer.line("DISCONNECTED: " + client.closedReason());
    client.close();
    return table.position().ended() ? ExitCodes.OK : ExitCodes.SERVER_CLOSED;
  }
}
