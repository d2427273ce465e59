package org.veta.client.load;

/**
 * Keeps the seats at the asked rate whoever sends: a bot also sends requests of its own (its move
 * when a phase begins, its answers to proposals), and each of those takes the place of the next
 * paced arrival. Without this, --rate 0.5 at 8,000 seats gave 4,780 requests a second instead of
 * 4,000, and 6,000 in the seconds when a thousand tables entered the orders phase.
 *
 * <p>Only the pacer's thread calls it; the count of requests sent comes from every bot's thread.
 */
final class OwnRequests {
  private long sentAtStart;
  private long paced;
  private long taken;

  /** From here on: requests sent so far are not counted. */
  void restart(long sentSoFar) {
    sentAtStart = sentSoFar;
    paced = 0;
    taken = 0;
  }

  /**
   * At an arrival: true when a request a bot sent on its own has not yet taken an arrival's place,
   * and this one is skipped; false when the pacer sends it.
   */
  boolean takesArrival(long sentSoFar) {
    long own = sentSoFar - sentAtStart - paced - taken;
    if (own > 0) {
      taken++;
      return true;
    }
    paced++;
    return false;
  }

  /** Arrivals skipped since the restart. */
  long taken() {
    return taken;
  }
}
