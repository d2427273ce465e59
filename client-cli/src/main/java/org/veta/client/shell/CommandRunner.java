package org.veta.client.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.render.ErrorText;
import org.veta.client.render.OrdersText;
import org.veta.client.render.ReportText;
import org.veta.client.render.StatusScreen;
import org.veta.client.render.TableText;
import org.veta.client.render.TalkText;
import org.veta.client.shell.CommandLineParser.Invocation;
import org.veta.client.table.Position;
import org.veta.client.table.TableState;
import org.veta.client.table.WaitTarget;
import org.veta.client.render.DealText;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.Counter;
import org.veta.protocol.wire.GetProposals;
import org.veta.protocol.wire.Propose;
import org.veta.protocol.wire.Respond;
import org.veta.protocol.wire.Response;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetInbox;
import org.veta.protocol.wire.Talk;
import org.veta.protocol.wire.GetReport;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.ListMoves;
import org.veta.protocol.wire.OrderResult;
import org.veta.protocol.wire.OrdersView;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.ServerMessage.BodyCase;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.TableView;

/**
 * Runs one command: sends its request, waits for the answer and prints it. The same code
 * serves the terminal and scripts; only the Printer differs. A lost connection surfaces as
 * ConnectionClosedException, which ends the session.
 */
public final class CommandRunner {
  public enum Outcome { CONTINUE, QUIT }

  static final long ANSWER_TIMEOUT_SECONDS = 30;

  private final GameClient client;
  private final TableState table;
  private final Printer printer;
  private final LongSupplier clock;
  private volatile CompletableFuture<?> waiting;

  public CommandRunner(GameClient client, TableState table, Printer printer, LongSupplier clock) {
    this.client = client;
    this.table = table;
    this.printer = printer;
    this.clock = clock;
  }

  public Outcome run(String line) {
    CommandLineParser.Parsed parsed = CommandLineParser.parse(line);
    if (parsed instanceof CommandLineParser.Unknown unknown) {
      printer.line(HelpText.unknown(unknown.word()));
    } else if (parsed instanceof Invocation invocation) {
      return run(invocation);
    }
    return Outcome.CONTINUE;
  }

  /** Stops a `wait` in progress (Ctrl-C on the terminal). */
  public void interrupt() {
    CompletableFuture<?> current = waiting;
    if (current != null) {
      current.cancel(false);
    }
  }

  private Outcome run(Invocation invocation) {
    List<String> args = invocation.args();
    switch (invocation.command()) {
      case MOVES -> moves();
      case ORDER -> order(args);
      case ORDERS -> printer.lines(OrdersText.orders(table.orders(), table.view().getYou().getSubmitted()));
      case CLEAR -> clear();
      case SUBMIT -> submit();
      case SAY -> talk(Channel.PUBLIC, "", String.join(" ", args), invocation.command());
      case TELL -> talk(Channel.PRIVATE, args.isEmpty() ? "" : args.get(0),
          args.size() < 2 ? "" : String.join(" ", args.subList(1, args.size())), invocation.command());
      case GROUP -> talk(Channel.ROLE_GROUP, "", String.join(" ", args), invocation.command());
      case PROPOSE -> {
        if (args.size() < 2) {
          printer.line((printer.plain() ? "USAGE " : "Usage: ") + invocation.command().usage());
        } else {
          ask(ClientMessage.newBuilder().setPropose(Propose.newBuilder()
              .addAllTo(List.of(args.get(0).split(","))).setTerms(String.join(" ", args.subList(1, args.size())))),
              BodyCase.PROPOSAL).ifPresent(a -> printer.line(DealText.proposal(a.getProposal())));
        }
      }
      case PROPOSALS, AGREEMENTS -> ask(ClientMessage.newBuilder().setGetProposals(
          GetProposals.getDefaultInstance()), BodyCase.PROPOSALS).ifPresent(a -> {
            List<String> lines = new ArrayList<>();
            if (invocation.command() == ShellCommand.PROPOSALS) {
              a.getProposals().getProposalsList().forEach(p -> lines.add(DealText.proposal(p)));
            } else {
              a.getProposals().getAgreementsList().forEach(g -> lines.addAll(DealText.agreement(g)));
            }
            printer.lines(lines.isEmpty() ? List.of("NONE") : lines);
          });
      case ACCEPT -> respond(args, Response.ACCEPT, invocation.command());
      case REJECT -> respond(args, Response.REJECT, invocation.command());
      case WITHDRAW -> respond(args, Response.WITHDRAW, invocation.command());
      case COUNTER -> {
        Optional<Long> id = args.isEmpty() ? Optional.empty() : proposalId(args.get(0));
        if (id.isEmpty() || args.size() < 2) {
          printer.line((printer.plain() ? "USAGE " : "Usage: ") + invocation.command().usage());
        } else {
          ask(ClientMessage.newBuilder().setCounter(Counter.newBuilder().setProposal(id.get())
              .setTerms(String.join(" ", args.subList(1, args.size())))), BodyCase.PROPOSAL)
              .ifPresent(a -> printer.line(DealText.proposal(a.getProposal())));
        }
      }
      case TABLE -> freshTable().ifPresent(view -> printer.lines(DealText.draft(view)));
      case INBOX -> ask(ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()),
          BodyCase.INBOX).ifPresent(answer -> printer.lines(TalkText.inbox(answer.getInbox())));
      case STATE -> freshTable().ifPresent(view ->
          // One row less than the terminal: the typed `state` line stays on screen above it.
          printer.lines(new StatusScreen(printer.glyphs(), printer.width()).render(view, clock.getAsLong(), printer.height() - 1)));
      case REPORT -> report(args);
      case SEATS -> freshTable().ifPresent(view -> printer.lines(TableText.seats(table.seats(),
          view.getYou().getTrustList())));
      case SCORES -> scores();
      case READY -> ask(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()), BodyCase.OK)
          .ifPresent(ok -> printer.line("READY"));
      case START -> ask(ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()), BodyCase.OK)
          .ifPresent(ok -> printer.line("STARTED"));
      case WAIT -> await(args);
      case HELP -> printer.lines(args.isEmpty() ? HelpText.overview() : HelpText.about(args.get(0)));
      case QUIT -> {
        return Outcome.QUIT;
      }
    }
    return Outcome.CONTINUE;
  }

  private void moves() {
    ask(ClientMessage.newBuilder().setListMoves(ListMoves.getDefaultInstance()), BodyCase.MOVES).ifPresent(answer -> {
      table.moves(answer.getMoves());
      printer.lines(OrdersText.moves(answer.getMoves()));
    });
  }

  private void order(List<String> args) {
    if (args.isEmpty()) {
      usage(ShellCommand.ORDER);
      return;
    }
    List<String> next = new ArrayList<>(table.orders());
    next.add(String.join(" ", args));
    sendOrders(next).ifPresent(view -> {
      printer.lines(OrdersText.results(view));
      if (!printer.plain() && view.getResultsList().stream().anyMatch(r -> !r.getAccepted())) {
        printer.line("  (Refused moves are not kept in your orders.)");
      }
    });
  }

  private void clear() {
    sendOrders(List.of()).ifPresent(view -> printer.line("CLEARED"));
  }

  private Optional<OrdersView> sendOrders(List<String> moves) {
    return ask(ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(moves)), BodyCase.ORDERS)
        .map(ServerMessage::getOrders)
        .map(view -> {
          table.orders(view.getResultsList().stream().filter(OrderResult::getAccepted).map(OrderResult::getMove).toList());
          return view;
        });
  }

  private void respond(List<String> args, Response response, ShellCommand command) {
    Optional<Long> id = args.size() == 1 ? proposalId(args.get(0)) : Optional.empty();
    if (id.isEmpty()) {
      printer.line((printer.plain() ? "USAGE " : "Usage: ") + command.usage());
      return;
    }
    ask(ClientMessage.newBuilder().setRespond(Respond.newBuilder().setProposal(id.get())
        .setResponse(response)), BodyCase.PROPOSAL).ifPresent(a -> printer.line(DealText.proposal(a.getProposal())));
  }

  private static Optional<Long> proposalId(String text) {
    try {
      long id = Long.parseLong(text.replace("#", ""));
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** say, tell and group: a message on a channel; the server says whether the channel is open. */
  private void talk(Channel channel, String to, String text, ShellCommand command) {
    if (text.isBlank() || (channel == Channel.PRIVATE && to.isBlank())) {
      printer.line((printer.plain() ? "USAGE " : "Usage: ") + command.usage());
      return;
    }
    ask(ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(channel).setTo(to).setText(text)),
        BodyCase.OK).ifPresent(ok -> printer.line("SENT " + org.veta.client.render.TalkText.channel(channel)
            + (to.isEmpty() ? "" : " to " + to)));
  }

  private void submit() {
    ask(ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()), BodyCase.ORDERS).ifPresent(answer -> {
      OrdersView view = answer.getOrders();
      OrdersText.results(view).stream().filter(line -> line.startsWith("REFUSED")).forEach(printer::line);
      printer.line(view.getSubmitted() ? "SUBMITTED" : "NOT SUBMITTED");
    });
  }

  private void report(List<String> args) {
    int round = 0;
    if (!args.isEmpty()) {
      try {
        round = Integer.parseInt(args.get(0));
      } catch (NumberFormatException e) {
        round = -1;
      }
      if (round < 0 || args.size() > 1) {
        usage(ShellCommand.REPORT);
        return;
      }
    }
    ask(ClientMessage.newBuilder().setGetReport(GetReport.newBuilder().setRound(round)), BodyCase.REPORT)
        .ifPresent(answer -> printer.lines(ReportText.lines(answer.getReport(), printer.glyphs())));
  }

  private void scores() {
    if (table.scorecard().isPresent()) {
      printer.lines(TableText.scores(table.scorecard().get()));
      return;
    }
    freshTable().ifPresent(view -> printer.line(TableText.score(view.getYou().getSeat(), view.getYou().getScore())));
  }

  private void await(List<String> args) {
    Optional<WaitTarget> target = WaitTargets.parse(args);
    if (target.isEmpty()) {
      usage(ShellCommand.WAIT);
      return;
    }
    printer.releaseEvents(); // what happens while we wait is what the wait is about: show it as it comes
    CompletableFuture<Position> reached = table.until(target.get());
    CompletableFuture<Object> either = CompletableFuture.anyOf(reached, client.closed());
    waiting = either;
    if (!printer.plain() && !reached.isDone()) {
      printer.line("Waiting (press Ctrl-C to stop waiting)...");
    }
    try {
      either.get();
    } catch (CancellationException e) {
      printer.line("STOPPED waiting");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException e) {
      // the closed future does not fail; fall through to the check below
    } finally {
      waiting = null;
    }
    if (!reached.isDone()) {
      throw new ConnectionClosedException(client.closedReason());
    }
    printer.line(WaitTargets.reached(target.get(), reached.join()));
  }

  private Optional<TableView> freshTable() {
    return ask(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()), BodyCase.TABLE).map(answer -> {
      table.update(answer.getTable());
      return answer.getTable();
    });
  }

  /** The answer if it is the expected kind; otherwise prints why not and returns empty. */
  private Optional<ServerMessage> ask(ClientMessage.Builder request, BodyCase expected) {
    ServerMessage answer;
    try {
      answer = client.request(request).get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof ConnectionClosedException closed
          ? closed : new ConnectionClosedException(client.closedReason());
    } catch (TimeoutException e) {
      printer.line((printer.plain() ? "ERROR TIMEOUT: " : "No answer: ")
          + "the server did not answer within " + ANSWER_TIMEOUT_SECONDS + " seconds.");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (answer.hasError()) {
      printer.line(ErrorText.line(answer.getError(), printer.plain()));
      return Optional.empty();
    }
    if (answer.getBodyCase() != expected) {
      printer.line("ERROR UNEXPECTED: the server answered " + answer.getBodyCase() + " instead of " + expected);
      return Optional.empty();
    }
    return Optional.of(answer);
  }

  private void usage(ShellCommand command) {
    printer.line("Usage: " + command.usage() + "   (type `help " + command.word() + "` for more)");
  }
}
