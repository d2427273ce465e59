package org.veta.client;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.veta.bot.Strategies;
import org.veta.client.bots.BotFleet;
import org.veta.client.bots.NetworkBot;
import org.veta.client.net.ClientThreads;
import org.veta.client.shell.ExitCodes;
import org.veta.protocol.wire.ScoreLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `veta bots HOST:PORT CODE [--strategy S] [--fill | --count N | --seat SEAT...] [--start]`:
 * network bots join a table's free seats over the protocol, as players would, and play until the
 * game ends. Plain lines on stdout, for people and scripts: {@code BOT <seat> JOINED <name>} per
 * bot, {@code BOTS <n> SEATED}, then at the end {@code BOT <seat> SCORE <score>} per bot and
 * {@code BOTS DONE <n>}.
 */
@Command(name = "bots", mixinStandardHelpOptions = true,
    description = "Network bots join a table's free seats and play until the game ends.")
final class BotsCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  BotsCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Parameters(index = "0", paramLabel = "HOST:PORT", description = "the server")
  String address;

  @Parameters(index = "1", paramLabel = "CODE", description = "the table's join code")
  String code;

  @Option(names = "--strategy", paramLabel = "S", defaultValue = "historical",
      description = "historical, hardline, conciliatory, random or adaptive (default: ${DEFAULT-VALUE})")
  String strategy;

  @Option(names = "--fill", description = "take every free seat (the default without --count or --seat)")
  boolean fill;

  @Option(names = "--count", paramLabel = "N", description = "take N free seats")
  int count;

  @Option(names = "--seat", paramLabel = "SEAT", description = "take this seat (repeatable)")
  List<String> seats = new ArrayList<>();

  @Option(names = "--start", description = "start the game once the bots sit (empty seats get the server's bots)")
  boolean start;

  @Option(names = "--name", paramLabel = "PREFIX", defaultValue = "Bot",
      description = "bots are called PREFIX 1, PREFIX 2, ... (default: ${DEFAULT-VALUE})")
  String name;

  @Option(names = "--think-ms", paramLabel = "MS", defaultValue = "300",
      description = "at most this long before acting in each phase (default: ${DEFAULT-VALUE})")
  long thinkMs;

  @Option(names = "--seed", defaultValue = "1", description = "the bots' own random stream (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--timeout-minutes", defaultValue = "120",
      description = "give up if the game has not ended by then (default: ${DEFAULT-VALUE})")
  long timeoutMinutes;

  @Mixin
  TlsOptions tls = new TlsOptions();

  @Override
  public Integer call() throws Exception {
    if (Strategies.byName(strategy).isEmpty()) {
      err.println("veta: unknown bot strategy '" + strategy + "'; strategies: "
          + String.join(", ", Strategies.names()));
      return ExitCodes.USAGE;
    }
    if (fill && (count > 0 || !seats.isEmpty())) {
      err.println("veta: --fill takes every free seat; give it without --count and --seat");
      return ExitCodes.USAGE;
    }
    ServerAddress server = ServerAddress.parse(address);
    NetworkBot.Options options = new NetworkBot.Options(strategy, true, thinkMs, 0.3, 0.15, seed);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "veta-bots-timer");
      t.setDaemon(true);
      return t;
    });
    try (ClientThreads threads = new ClientThreads(1, 2)) {
      List<NetworkBot> bots;
      try {
        bots = BotFleet.join(threads, timer, server.host(), server.port(), tls.clientTls(), code,
            count, seats, name, options, new NetworkBot.Observer() { });
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        err.println("veta: the bots could not join: " + (cause.getMessage() == null
            ? cause.getClass().getSimpleName() : cause.getMessage()));
        return ExitCodes.CONNECTION_FAILED;
      }
      for (NetworkBot bot : bots) {
        out.println("BOT " + bot.seat() + " JOINED");
      }
      out.println("BOTS " + bots.size() + " SEATED");
      if (start && !bots.isEmpty()) {
        bots.get(0).start().get(30, TimeUnit.SECONDS);
      }
      int done = 0;
      try {
        CompletableFuture.allOf(bots.stream().map(NetworkBot::ended)
            .toArray(CompletableFuture[]::new)).get(timeoutMinutes, TimeUnit.MINUTES);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // reported per bot below
      }
      for (NetworkBot bot : bots) {
        if (bot.ended().isDone() && !bot.ended().isCompletedExceptionally()) {
          done++;
          String score = bot.ended().join().getLinesList().stream()
              .filter(s -> s.getSeat().equals(bot.seat())).map(ScoreLine::getScore)
              .map(s -> String.format(java.util.Locale.ROOT, "%.0f", s)).findFirst().orElse("?");
          out.println("BOT " + bot.seat() + " SCORE " + score);
        } else {
          out.println("BOT " + bot.seat() + " GAVE UP");
        }
        bot.close();
      }
      out.println("BOTS DONE " + done);
      return done == bots.size() ? ExitCodes.OK : ExitCodes.SERVER_CLOSED;
    } finally {
      timer.shutdownNow();
    }
  }
}
