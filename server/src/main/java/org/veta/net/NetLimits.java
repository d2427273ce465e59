package org.veta.net;

import java.time.Duration;

/**
 * What one connection, or one network address, may do before the server refuses it. The defaults
 * are far above what a person at a negotiation does, so only a broken or hostile client meets
 * them; protocol/README.md ("Limits") gives the reasons for each number.
 *
 * @param talkBurst talk and negotiation requests (Talk, Propose, Counter, Respond) a connection may
 *     send at once
 * @param talkPerSecond how fast that allowance comes back
 * @param requestBurst requests of any kind a connection may send at once
 * @param requestsPerSecond how fast that allowance comes back
 * @param refusalsBeforeClose how many requests over the ceiling a connection may send, beyond
 *     what comes back at requestsPerSecond, before it is closed as a flood
 * @param connectionsPerAddress open connections from one address (an IPv6 /64 counts as one)
 * @param wrongCodes wrong join codes or facilitator keys from one address within wrongCodeWindow
 *     before that address may not try again until the oldest of them is that old
 * @param wrongCodeWindow see wrongCodes
 */
public record NetLimits(int talkBurst, double talkPerSecond, int requestBurst,
    double requestsPerSecond, int refusalsBeforeClose, int connectionsPerAddress, int wrongCodes,
    Duration wrongCodeWindow) {
  public static final int DEFAULT_CONNECTIONS_PER_ADDRESS = 64;

  /** The limits `veta serve` runs with unless told otherwise. */
  public static final NetLimits DEFAULT = new NetLimits(10, 1.0, 50, 50.0, 250,
      DEFAULT_CONNECTIONS_PER_ADDRESS, 20, Duration.ofMinutes(1));

  public NetLimits {
    if (talkBurst < 1 || requestBurst < 1 || refusalsBeforeClose < 1 || wrongCodes < 1) {
      throw new IllegalArgumentException("every limit must allow at least one");
    }
    if (!(talkPerSecond > 0) || !(requestsPerSecond > 0)) {
      throw new IllegalArgumentException("a rate must be positive");
    }
    if (connectionsPerAddress < 1 || connectionsPerAddress > 100_000) {
      throw new IllegalArgumentException("the connections per address must be 1 to 100000, not "
          + connectionsPerAddress);
    }
    if (wrongCodeWindow.isNegative() || wrongCodeWindow.isZero()) {
      throw new IllegalArgumentException("the window for wrong codes must be positive");
    }
  }

  public NetLimits withConnectionsPerAddress(int n) {
    return new NetLimits(talkBurst, talkPerSecond, requestBurst, requestsPerSecond,
        refusalsBeforeClose, n, wrongCodes, wrongCodeWindow);
  }

  public NetLimits withTalk(int burst, double perSecond) {
    return new NetLimits(burst, perSecond, requestBurst, requestsPerSecond, refusalsBeforeClose,
        connectionsPerAddress, wrongCodes, wrongCodeWindow);
  }

  public NetLimits withRequests(int burst, double perSecond, int refusals) {
    return new NetLimits(talkBurst, talkPerSecond, burst, perSecond, refusals,
        connectionsPerAddress, wrongCodes, wrongCodeWindow);
  }

  public NetLimits withWrongCodes(int n, Duration window) {
    return new NetLimits(talkBurst, talkPerSecond, requestBurst, requestsPerSecond,
        refusalsBeforeClose, connectionsPerAddress, n, window);
  }
}
