package org.veta.net;

import java.util.function.LongSupplier;

/**
 * A token bucket: holds at most {@code capacity} tokens, starts full, gains {@code perSecond}
 * tokens a second, and each {@link #tryTake} spends one if there is one. Not thread-safe: each
 * belongs to one connection and is used on its event loop.
 */
final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private final LongSupplier nanos;
  private double tokens;
  private long last;

  TokenBucket(int capacity, double perSecond, LongSupplier nanos) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.nanos = nanos;
    this.tokens = capacity;
    this.last = nanos.getAsLong();
  }

  /** Spends a token; false (and nothing spent) when the bucket is empty. */
  boolean tryTake() {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** The tokens there are now, for tests. */
  double tokens() {
    refill();
    return tokens;
  }

  private void refill() {
    long now = nanos.getAsLong();
    long elapsed = now - last;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * perNano);
      last = now;
    }
  }
}
