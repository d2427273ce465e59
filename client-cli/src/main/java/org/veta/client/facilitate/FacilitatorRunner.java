package org.veta.client.facilitate;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.render.ErrorText;
import org.veta.client.shell.Printer;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Error;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.ListTables;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.ServerMessage.BodyCase;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.WatchTable;

/**
 * Runs one line of the facilitator's console: reads it, sends its request, prints the answer.
 * The same code serves the terminal and scripts; the Printer says which, and the Console does
 * what only a terminal can (ask for a yes, redraw the overview). Each run says whether the
 * command failed (a refusal, a table that refused, a line that does not read, a wait that gave
 * up), so a script can exit non-zero. A lost connection surfaces as ConnectionClosedException.
 */
final class FacilitatorRunner {
  enum Outcome { CONTINUE, QUIT }

  /** What differs between a person at a terminal and a script. */
  interface Console {
    /** A yes or no from the person; scripts say yes without asking. */
    boolean confirm(String question);

    /** `tables --live`: the overview redrawn at every change until Enter; scripts print it once. */
    void live(FacilitatorRunner runner);
  }

  static final long ANSWER_TIMEOUT_SECONDS = 30;

  private final GameClient client;
  private final TableBoard board;
  private final Printer printer;
  private final LongSupplier clock;
  private final Console console;
  private volatile CompletableFuture<?> waiting;
  private boolean failed;

  FacilitatorRunner(GameClient client, TableBoard board, Printer printer, LongSupplier clock, Console console) {
    this.client = client;
    this.board = board;
    this.printer = printer;
    this.clock = clock;
    this.console = console;
  }

  Outcome run(String line) {
    failed = false;
    Action action = FacilitatorParser.parse(line);
    if (action instanceof Action.Unknown unknown) {
      fail(FacilitatorHelp.unknown(unknown.word()));
    } else if (action instanceof Action.Usage usage) {
      usage(usage);
    } else if (action instanceof Action.Send send) {
      send(send);
    } else if (action instanceof Action.Confirm confirm) {
      if (console.confirm(confirm.question())) {
        send(confirm.send());
      } else {
        printer.line("CANCELLED");
      }
    } else if (action instanceof Action.LiveTables) {
      console.live(this);
    } else if (action instanceof Action.UnwatchAll) {
      unwatchAll();
    } else if (action instanceof Action.Wait wait) {
      await(wait.spec());
    } else if (action instanceof Action.DownloadLog log) {
      log(log.table(), log.file());
    } else if (action instanceof Action.Help help) {
      printer.lines(help.topic().map(FacilitatorHelp::about).orElseGet(FacilitatorHelp::overview));
    } else if (action instanceof Action.Quit) {
      return Outcome.QUIT;
    }
    return Outcome.CONTINUE;
  }

  /** Whether the last line run failed. */
  boolean failed() {
    return failed;
  }

  /** Stops a `wait` in progress (Ctrl-C on the terminal). */
  void interrupt() {
    CompletableFuture<?> current = waiting;
    if (current != null) {
      current.cancel(false);
    }
  }

  /** The overview as the printer shows it: a block per table on a terminal, lines in a script. */
  Optional<List<String>> overview() {
    return ask(ClientMessage.newBuilder().setListTables(ListTables.getDefaultInstance()), BodyCase.TABLES)
        .map(answer -> overviewLines(board.newest(answer.getTables().getTablesList())));
  }

  List<String> overviewLines(List<TableSummary> tables) {
    return printer.plain() ? OverviewText.plain(tables, clock.getAsLong())
        : OverviewText.screen(tables, clock.getAsLong(), printer.width(), printer.glyphs());
  }

  private void send(Action.Send send) {
    ClientMessage request = send.request();
    switch (request.getBodyCase()) {
      case LIST_SCENARIOS -> ask(request.toBuilder(), BodyCase.SCENARIOS).ifPresent(a -> printer.lines(printer.plain()
          ? ScenarioText.plain(a.getScenarios()) : ScenarioText.screen(a.getScenarios(), printer.width(), printer.glyphs())));
      case CREATE_TABLES -> ask(request.toBuilder(), BodyCase.TABLES).ifPresent(a -> {
        List<TableSummary> created = a.getTables().getTablesList();
        created.forEach(t -> printer.line("TABLE " + t.getNumber() + " " + t.getJoinCode()));
        printer.line("CREATED " + created.size() + (created.size() == 1 ? " table of " : " tables of ")
            + request.getCreateTables().getScenario());
      });
      case LIST_TABLES -> ask(request.toBuilder(), BodyCase.TABLES)
          .ifPresent(a -> printer.lines(overviewLines(board.newest(a.getTables().getTablesList()))));
      case WATCH -> {
        if (request.getWatch().getStop()) {
          unwatch(request.getWatch().getTable());
        } else {
          watch(request);
        }
      }
      case COMPARE -> ask(request.toBuilder(), BodyCase.COHORT).ifPresent(a -> printer.lines(printer.plain()
          ? CohortText.plain(a.getCohort(), clock.getAsLong()) : CohortText.screen(a.getCohort(), printer.width(), printer.glyphs())));
      default -> ask(request.toBuilder(), BodyCase.RESULT).ifPresent(a -> {
        printer.lines(ResultText.lines(a.getResult()));
        if (!ResultText.allOk(a.getResult())) {
          failed = true;
        }
      });
    }
  }

  private void watch(ClientMessage request) {
    ask(request.toBuilder(), BodyCase.OMNI).ifPresent(a -> {
      board.watching(a.getOmni().getSummary().getTableId(), true);
      printer.lines(printer.plain() ? OmniText.plain(a.getOmni(), clock.getAsLong())
          : OmniText.screen(a.getOmni(), clock.getAsLong(), printer.width(), printer.glyphs()));
    });
  }

  /** The server may answer a stop with Ok, a result or the view; any of them means it stopped. */
  private void unwatch(String table) {
    ask(ClientMessage.newBuilder().setWatch(WatchTable.newBuilder().setTable(table).setStop(true)),
        BodyCase.OK, BodyCase.RESULT, BodyCase.OMNI).ifPresent(a -> {
          if (a.hasResult() && !ResultText.allOk(a.getResult())) {
            printer.lines(ResultText.lines(a.getResult()));
            failed = true;
            return;
          }
          Optional<TableSummary> known = board.find(table);
          known.ifPresent(t -> board.watching(t.getTableId(), false));
          printer.line("UNWATCHED " + known.map(t -> Integer.toString(t.getNumber())).orElse(table));
        });
  }

  private void unwatchAll() {
    List<String> watched = board.watched();
    if (watched.isEmpty()) {
      printer.line("NOT WATCHING any table");
      return;
    }
    watched.forEach(this::unwatch);
  }

  private void await(WaitSpec spec) {
    printer.releaseEvents(); // what happens while we wait is what the wait is about: show it as it comes
    Optional<ServerMessage> overview = ask(ClientMessage.newBuilder().setListTables(ListTables.getDefaultInstance()),
        BodyCase.TABLES);
    if (overview.isEmpty()) {
      return;
    }
    Waiting progress;
    try {
      // A table_changed may have overtaken the overview: start from the newest of each table.
      progress = Waiting.start(spec, board.newest(overview.get().getTables().getTablesList()));
    } catch (NoSuchElementException e) {
      error(ErrorCode.NOT_FOUND, e.getMessage());
      return;
    }
    CompletableFuture<Waiting.Verdict> done = new CompletableFuture<>();
    Consumer<TableSummary> listener = summary -> {
      Waiting.Verdict verdict = progress.offer(summary);
      if (verdict.status() != Waiting.Status.PENDING) {
        done.complete(verdict);
      }
    };
    board.listen(listener);
    try {
      // Summaries that came between the overview and listening are on the board already.
      board.all().forEach(listener);
      Waiting.Verdict now = progress.verdict();
      if (now.status() != Waiting.Status.PENDING) {
        done.complete(now);
      }
      CompletableFuture<Object> either = CompletableFuture.anyOf(done, client.closed());
      waiting = either;
      if (!printer.plain() && !done.isDone()) {
        printer.line("Waiting (press Ctrl-C to stop waiting)...");
      }
      if (spec.timeout().isPresent()) {
        either.get(spec.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
      } else {
        either.get();
      }
    } catch (TimeoutException e) {
      fail(progress.timedOut(Durations.format(spec.timeout().get().toMillis())));
      return;
    } catch (CancellationException e) {
      fail("STOPPED waiting");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed = true;
      return;
    } catch (ExecutionException e) {
      // the closed future does not fail; the check below says what happened
    } finally {
      waiting = null;
      board.unlisten(listener);
    }
    if (!done.isDone()) {
      throw new ConnectionClosedException(client.closedReason());
    }
    Waiting.Verdict verdict = done.join();
    if (verdict.status() == Waiting.Status.FAILED) {
      fail(verdict.line());
    } else {
      printer.line(verdict.line());
    }
  }

  private void log(String table, String file) {
    Path target;
    try {
      target = Path.of(file);
    } catch (InvalidPathException e) {
      usage(new Action.Usage(FacilitatorCommand.LOG, "\"" + file + "\" is not a file name here."));
      return;
    }
    try {
      Optional<Long> bytes = LogDownload.download(offset -> ask(FacilitatorParser.getLog(table, offset).toBuilder(),
          BodyCase.LOG_CHUNK).map(ServerMessage::getLogChunk), target);
      bytes.ifPresent(n -> printer.line("LOG " + table + " " + n + " " + target.toAbsolutePath().normalize()));
    } catch (IOException e) {
      fail((printer.plain() ? "ERROR IO: " : "Not written: ") + "could not write " + file + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").");
    }
  }

  /**
   * The answer if it is one of the kinds expected; otherwise prints why not, marks the command
   * failed and returns empty. (What the answer says about tables has reached the board already,
   * on the inbound thread: the client's answer observer.)
   */
  private Optional<ServerMessage> ask(ClientMessage.Builder request, BodyCase... expected) {
    ServerMessage answer;
    try {
      answer = client.request(request).get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof ConnectionClosedException closed
          ? closed : new ConnectionClosedException(client.closedReason());
    } catch (TimeoutException e) {
      fail((printer.plain() ? "ERROR TIMEOUT: " : "No answer: ")
          + "the server did not answer within " + ANSWER_TIMEOUT_SECONDS + " seconds.");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed = true;
      return Optional.empty();
    }
    if (answer.hasError()) {
      fail(ErrorText.line(answer.getError(), printer.plain()));
      return Optional.empty();
    }
    if (Arrays.stream(expected).noneMatch(kind -> kind == answer.getBodyCase())) {
      fail("ERROR UNEXPECTED: the server answered " + answer.getBodyCase() + " instead of " + expected[0]);
      return Optional.empty();
    }
    return Optional.of(answer);
  }

  private void usage(Action.Usage usage) {
    FacilitatorCommand command = usage.command();
    if (printer.plain()) {
      fail("ERROR USAGE: " + usage.problem());
      printer.line("Usage: " + command.usage());
    } else {
      fail(usage.problem());
      printer.line("Usage: " + command.usage() + "   (type `help " + command.word() + "` for more)");
    }
  }

  private void error(ErrorCode code, String sentence) {
    fail(ErrorText.line(Error.newBuilder().setCode(code).setMessage(sentence).build(), printer.plain()));
  }

  private void fail(String line) {
    failed = true;
    printer.line(line);
  }
}
