package org.veta.client.bots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.veta.client.net.ClientThreads;
import org.veta.client.net.ClientTls;
import org.veta.client.net.ServerRefusedException;

/**
 * Network bots for one table: joins them one after another into the free seats (or the seats
 * named), as `veta bots` and the load tool both do.
 */
public final class BotFleet {
  private BotFleet() {}

  /**
   * Joins bots at the table with this code until {@code count} sit (count below 1: until no seat
   * is free), each in the first free seat, or in the seats named (then count is ignored). A refusal
   * once at least one bot sits means the table is full; before that it is thrown.
   *
   * @param namePrefix bot n is called "PREFIX n" (names are unique at a table)
   */
  public static List<NetworkBot> join(ClientThreads threads, ScheduledExecutorService timer,
      String host, int port, ClientTls tls, String code, int count, List<String> seats,
      String namePrefix, NetworkBot.Options options, NetworkBot.Observer observer)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<NetworkBot> bots = new ArrayList<>();
    List<String> wanted = seats == null ? List.of() : seats;
    int limit = !wanted.isEmpty() ? wanted.size() : count < 1 ? Integer.MAX_VALUE : count;
    for (int n = 1; n <= limit; n++) {
      String seat = wanted.isEmpty() ? "" : wanted.get(n - 1);
      try {
        bots.add(NetworkBot.join(threads, timer, host, port, tls, code, seat,
            namePrefix + " " + n, options.withSeed(options.seed() * 31 + n), observer)
            .get(30, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        if (e.getCause() instanceof ServerRefusedException && !bots.isEmpty() && wanted.isEmpty()
            && count < 1) {
          break; // no seat is free any more
        }
        bots.forEach(NetworkBot::close);
        throw e;
      }
    }
    return bots;
  }
}
