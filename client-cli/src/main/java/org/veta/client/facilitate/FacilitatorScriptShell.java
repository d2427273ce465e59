package org.veta.client.facilitate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.shell.ExitCodes;
import org.veta.client.shell.PlainPrinter;

/**
 * The facilitator's console in script mode: commands from a file or stdin, one per line, each
 * echoed as "> command" before its plain lines. A failed command (a refusal, a FAIL at a table, a
 * line that does not read, a wait that gave up) is printed and the script goes on, so it gets as
 * far as it can; the exit code then says that something failed. A line starting with "-" may fail
 * without that (as in a makefile): for steps that are allowed to be refused.
 */
public final class FacilitatorScriptShell {
  private final PrintStream out;
  private final LongSupplier clock;

  public FacilitatorScriptShell(PrintStream out) {
    this(out, System::currentTimeMillis);
  }

  FacilitatorScriptShell(PrintStream out, LongSupplier clock) {
    this.out = out;
    this.clock = clock;
  }

  public int run(FacilitatorLogin login, BufferedReader script) {
    PlainPrinter printer = new PlainPrinter(out);
    TableBoard board = new TableBoard();
    GameClient client = new GameClient(new FacilitatorEvents(printer, board, clock), board::learn);
    if (!FacilitatorHello.connect(client, login, printer)) {
      return ExitCodes.CONNECTION_FAILED;
    }
    FacilitatorRunner runner = new FacilitatorRunner(client, board, printer, clock, new FacilitatorRunner.Console() {
      @Override
      public boolean confirm(String question) {
        return true; // a script has said what it means
      }

      @Override
      public void live(FacilitatorRunner r) {
        r.overview().ifPresent(printer::lines); // there is no Enter to wait for: the overview, once
      }
    });
    boolean anyFailed = false;
    try {
      String line;
      while ((line = script.readLine()) != null) {
        if (FacilitatorParser.parse(line) instanceof Action.Nothing) {
          continue;
        }
        String command = line.strip();
        boolean mayFail = command.startsWith("-");
        printer.line("> " + command);
        printer.holdEvents();
        try {
          if (runner.run(mayFail ? command.substring(1) : command) == FacilitatorRunner.Outcome.QUIT) {
            break;
          }
          anyFailed |= runner.failed() && !mayFail;
        } finally {
          printer.releaseEvents();
        }
      }
    } catch (ConnectionClosedException e) {
      printer.line("DISCONNECTED: " + client.closedReason());
      client.close();
      return ExitCodes.SERVER_CLOSED;
    } catch (IOException e) {
      printer.line("SCRIPT UNREADABLE: " + e.getMessage());
      client.close();
      return ExitCodes.CONNECTION_FAILED;
    }
    // A facilitator's connection has no game to finish: the server hanging up is always a failure.
    if (client.closedByServer()) {
      printer.line("DISCONNECTED: " + client.closedReason());
      client.close();
      return ExitCodes.SERVER_CLOSED;
    }
    client.close();
    return anyFailed ? ExitCodes.COMMAND_FAILED : ExitCodes.OK;
  }
}
