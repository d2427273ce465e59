package org.veta.client.facilitate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.net.TlsRefusedException;
import org.veta.client.net.ServerRefusedException;
import org.veta.client.render.ErrorText;
import org.veta.client.shell.Printer;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Welcome;

/** Connecting with the facilitator key: the one step before any command makes sense. */
final class FacilitatorHello {
  private static final long TIMEOUT_SECONDS = 15;

  private FacilitatorHello() {}

  /** True once the server has admitted the console as a facilitator's; else says why (and closes). */
  static boolean connect(GameClient client, FacilitatorLogin login, Printer printer) {
    try {
      Welcome welcome = client.connectAsFacilitator(login.host(), login.port(), login.key(),
          login.name() == null ? "" : login.name(), login.tls()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      printer.line("CONNECTED " + login.address() + (welcome.getServer().isEmpty() ? "" : " " + welcome.getServer()));
      if (welcome.getFacilitator()) {
        printer.line("FACILITATOR " + login.shownName());
        return true;
      }
      // A server that does not know the key (an older one) says Welcome all the same.
      printer.line(printer.plain()
          ? "ERROR NOT_FACILITATOR: the server admitted the connection, but not as a facilitator's."
          : "Not admitted as the facilitator: the server at " + login.address()
              + " does not offer the facilitator's console (is it an older veta server?).");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ServerRefusedException refused) {
        printer.line(ErrorText.line(refused.error(), printer.plain()));
        if (!printer.plain() && refused.error().getCode() == ErrorCode.UNAUTHENTICATED) {
          printer.line("Check the facilitator key: it is the one the server was started with.");
        }
      } else {
        printer.line((cause instanceof TlsRefusedException || cause instanceof ConnectionClosedException
              ? "CONNECTION FAILED: " + login.address() + ": " + cause.getMessage()
              : "CONNECTION FAILED: could not reach " + login.address() + " (" + describe(cause) + ")"));
      }
    } catch (TimeoutException e) {
      printer.line("CONNECTION FAILED: " + login.address() + " did not answer within " + TIMEOUT_SECONDS + " seconds");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    client.close();
    return false;
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
