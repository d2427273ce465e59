package org.veta.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How long a dropped person's seat is kept for them: their client comes back with its token
 * within the grace period, or a bot takes the seat over so the table stops waiting on deadlines.
 * The facilitator sees what is left and may change the length (0: kept as long as the game lasts).
 * Runs on the table's executor; timers only post to it.
 */
final class Grace {
  static final Duration DEFAULT = Duration.ofMinutes(3);

  private final Table table;
  private final ScheduledExecutorService timers;
  private Duration length = DEFAULT;
  private final Map<SeatSlot, Long> droppedAt = new HashMap<>();
  private long token;

  Grace(Table table, ScheduledExecutorService timers) {
    this.table = table;
    this.timers = timers;
  }

  Duration length() {
    return length;
  }

  /** A new length for every dropped seat, counted from when each dropped. */
  void length(Duration newLength) {
    length = newLength;
    droppedAt.forEach((slot, at) -> arm(slot, at));
  }

  void dropped(SeatSlot slot) {
    long at = table.clock().millis();
    droppedAt.put(slot, at);
    arm(slot, at);
  }

  void back(SeatSlot slot) {
    droppedAt.remove(slot);
  }

  /** What is left of the seat's grace; 0 when it is not dropped or is kept without limit. */
  long leftMs(SeatSlot slot) {
    Long at = droppedAt.get(slot);
    if (at == null || length.isZero() || !slot.dropped()) {
      return 0;
    }
    return Math.max(1, at + length.toMillis() - table.clock().millis());
  }

  private void arm(SeatSlot slot, long at) {
    if (length.isZero() || table.recovering()) {
      return;
    }
    long mine = ++token;
    long delay = Math.max(0, at + length.toMillis() - table.clock().millis());
    try {
      timers.schedule(() -> table.later(() -> expire(slot, mine)), delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // the server is stopping; the seat stays as it is in the log
    }
  }

  private void expire(SeatSlot slot, long mine) {
    Long at = droppedAt.get(slot);
    if (at == null || !slot.dropped() || length.isZero()
        || table.clock().millis() < at + length.toMillis()) {
      return; // back in time, given more time, or a later timer decides
    }
    droppedAt.remove(slot);
    table.lifecycle("grace expired", slot.seat.id(), slot.player + " did not come back within "
        + Controls.seconds((int) length.toSeconds()));
    table.info("seat {}: {} did not come back; a bot takes over", slot.seat.id(), slot.player);
    slot.empty();
    table.cycle().seatFreed(slot);
  }
}
