package org.veta.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What a server keeps per network address, across connections: how many connections each has
 * open, and the wrong join codes and facilitator keys it sent lately. One per server, shared by
 * every connection's pipeline, and thread-safe.
 *
 * <p>An IPv4 address counts on its own; an IPv6 address counts with its /64, since one machine
 * commonly holds a whole /64 and could otherwise take a fresh address for every guess. A channel
 * with no IP address (an EmbeddedChannel in tests) is not limited here.
 */
final class AddressLimits {
  /** Past this many addresses with recent wrong guesses, stale ones are dropped first. */
  private static final int PRUNE_AT = 10_000;
  /** An upper bound on the memory kept for wrong codes, whatever the number of addresses. */
  private static final int MAX_ADDRESSES = 100_000;

  private final NetLimits limits;
  private final LongSupplier nanos;
  private final Map<String, Integer> open = new ConcurrentHashMap<>();
  private final Guesses joinCodes = new Guesses();
  private final Guesses facilitatorKeys = new Guesses();

  AddressLimits(NetLimits limits, LongSupplier nanos) {
    this.limits = limits;
    this.nanos = nanos;
  }

  NetLimits limits() {
    return limits;
  }

  /** The address as it is counted ("192.0.2.7", "2001:db8:0:1::/64"), or null: not counted. */
  static String key(SocketAddress remote) {
    if (!(remote instanceof InetSocketAddress socket) || socket.getAddress() == null) {
      return null;
    }
    InetAddress address = socket.getAddress();
    if (address instanceof Inet4Address) {
      return address.getHostAddress();
    }
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
      }
      return prefix.append(":/64").toString();
    }
    return address.getHostAddress();
  }

  /** Counts a new connection from the address; false (and not counted) if it has too many. */
  boolean tryOpen(String key) {
    if (key == null) {
      return true;
    }
    boolean[] admitted = {false};
    open.compute(key, (k, n) -> {
      int now = n == null ? 0 : n;
      if (now >= limits.connectionsPerAddress()) {
        return n;
      }
      admitted[0] = true;
      return now + 1;
    });
    return admitted[0];
  }

  /** A connection counted by {@link #tryOpen} has closed. */
  void closed(String key) {
    if (key != null) {
      open.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }
  }

  /** Open connections from the address, for tests and the log. */
  int openFrom(String key) {
    return key == null ? 0 : open.getOrDefault(key, 0);
  }

  /** Wrong join codes per address. */
  Guesses joinCodes() {
    return joinCodes;
  }

  /**
   * Wrong facilitator keys per address, counted apart from join codes: players guessing codes
   * behind the facilitator's router must not lock the facilitator out.
   */
  Guesses facilitatorKeys() {
    return facilitatorKeys;
  }

  /** Recent wrong guesses of one kind, per address. Thread-safe. */
  final class Guesses {
    private final Map<String, ArrayDeque<Long>> wrong = new HashMap<>(); // guarded by this

    /** A wrong guess came from the address. */
    synchronized void wrong(String key) {
      if (key == null) {
        return;
      }
      long now = nanos.getAsLong();
      if (wrong.size() >= PRUNE_AT && !wrong.containsKey(key)) {
        wrong.values().removeIf(times -> forget(times, now));
        if (wrong.size() >= MAX_ADDRESSES) {
          return;
        }
      }
      ArrayDeque<Long> times = wrong.computeIfAbsent(key, k -> new ArrayDeque<>());
      forget(times, now);
      times.addLast(now);
      while (times.size() > limits.wrongCodes()) {
        times.removeFirst();
      }
    }

    /**
     * How long the address must still wait before it may guess again, in nanoseconds; 0 if it
     * may now. It waits once it made as many wrong guesses within the window as the limit
     * allows, until the oldest of them falls out of the window.
     */
    synchronized long waitNanos(String key) {
      if (key == null) {
        return 0;
      }
      ArrayDeque<Long> times = wrong.get(key);
      if (times == null) {
        return 0;
      }
      long now = nanos.getAsLong();
      if (forget(times, now)) {
        wrong.remove(key);
        return 0;
      }
      if (times.size() < limits.wrongCodes()) {
        return 0;
      }
      return times.peekFirst() + limits.wrongCodeWindow().toNanos() - now;
    }

    /** Drops the times that have left the window; true if none is left. */
    private boolean forget(ArrayDeque<Long> times, long now) {
      long window = limits.wrongCodeWindow().toNanos();
      while (!times.isEmpty() && now - times.peekFirst() >= window) {
        times.removeFirst();
      }
      return times.isEmpty();
    }
  }
}
