package org.veta.client.shell;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.net.TlsRefusedException;
import org.veta.client.net.ServerRefusedException;
import org.veta.client.render.ErrorText;
import org.veta.client.table.TableState;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Welcome;

/** Connecting and taking a seat: the two steps before any command makes sense. */
final class Seating {
  private static final long TIMEOUT_SECONDS = 15;

  private Seating() {}

  /** The joined table, or empty after printing why not (the client is then closed). */
  static Optional<Joined> take(GameClient client, JoinRequest join, TableState table, Printer printer) {
    try {
      Welcome welcome = client.connect(join.host(), join.port(), join.tls()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      printer.line("CONNECTED " + join.address() + (welcome.getServer().isEmpty() ? "" : " " + welcome.getServer()));
      ServerMessage answer = client.request(ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
              .setCode(join.code()).setName(join.name()).setSeat(join.seat() == null ? "" : join.seat())))
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (answer.hasError()) {
        printer.line(ErrorText.line(answer.getError(), printer.plain()));
      } else if (!answer.hasJoined()) {
        printer.line("ERROR UNEXPECTED: the server answered " + answer.getBodyCase() + " to the join");
      } else {
        table.update(answer.getJoined().getTable());
        // From now on a dropped connection is mended by the client itself.
        client.holdSeat(join.code(), answer.getJoined().getSeatToken());
        printer.line("JOINED table " + answer.getJoined().getTableId() + " seat " + answer.getJoined().getSeat());
        return Optional.of(answer.getJoined());
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      printer.line(cause instanceof ServerRefusedException refused
          ? ErrorText.line(refused.error(), printer.plain())
          : (cause instanceof TlsRefusedException || cause instanceof ConnectionClosedException
              ? "CONNECTION FAILED: " + join.address() + ": " + cause.getMessage()
              : "CONNECTION FAILED: could not reach " + join.address() + " (" + describe(cause) + ")"));
    } catch (TimeoutException e) {
      printer.line("CONNECTION FAILED: " + join.address() + " did not answer within " + TIMEOUT_SECONDS + " seconds");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    client.close();
    return Optional.empty();
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    if (message == null) {
      return cause.getClass().getSimpleName();
    }
    // Netty prefixes "Connection refused: host/addr:port"; the first part is what people need.
    int colon = message.indexOf(": ");
    return colon > 0 ? message.substring(0, colon) : message;
  }
}
