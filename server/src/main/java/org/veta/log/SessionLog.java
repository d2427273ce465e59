package org.veta.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.veta.protocol.log.LogRecord;

/**
 * One table's log. {@link #append} numbers and timestamps the record and hands it to the writer;
 * it is called only from the table's own executor, so numbering needs no lock.
 *
 * <p>{@link #afterDurable} holds back what the table sends until every record appended before it
 * is on disk (written and fsynced): an answer is an acknowledgement, and nothing acknowledged may
 * be lost. Held messages are released in the order they were given, by the writer thread that
 * forced the records they follow.
 */
public final class SessionLog {
  private final SessionLogs owner;
  private final Path path;
  private final OutputStream out;
  private final FileChannel channel;
  private final Clock clock = Clock.systemUTC();
  private long next;
  private boolean closed;
  /** Sends waiting for the record they follow; guarded by itself (table thread and writer). */
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private long durable = -1;

  private record Held(long after, Runnable send) {}

  /** Records handed over and not yet taken by a writer; guarded by itself. */
  private final java.util.List<SessionLogs.Pending> pending = new java.util.ArrayList<>();
  /** A writer has this log in hand or queued: new records join its next group. */
  private boolean draining;

  SessionLog(SessionLogs owner, Path path, OutputStream out, FileChannel channel, long next) {
    this.owner = owner;
    this.path = path;
    this.out = out;
    this.channel = channel;
    this.next = next;
    this.durable = next - 1; // a reopened log's earlier records are on disk already
  }

  FileChannel channel() {
    return channel;
  }

  /**
   * Runs the send once every record appended so far is on disk; at once if they already are or
   * the log is closed. Sends run in the order given.
   */
  public void afterDurable(Runnable send) {
    long after = next - 1;
    synchronized (held) {
      if (held.isEmpty() && (after <= durable || closed)) {
        send.run();
        return;
      }
      held.add(new Held(after, send));
    }
  }

  /** The writer has forced every record up to this index to disk: release what waited for it. */
  void durableUpTo(long index) {
    synchronized (held) {
      durable = Math.max(durable, index);
      while (!held.isEmpty() && held.peek().after() <= durable) {
        held.poll().send().run();
      }
    }
  }

  /** Adds a record to the next group; true if the log needs a writer (none has it in hand). */
  boolean offer(SessionLogs.Pending record) {
    synchronized (pending) {
      pending.add(record);
      if (draining) {
        return false;
      }
      draining = true;
      return true;
    }
  }

  /** Everything waiting, in the order appended: the group a writer commits now. */
  java.util.List<SessionLogs.Pending> takePending() {
    synchronized (pending) {
      java.util.List<SessionLogs.Pending> group = new java.util.ArrayList<>(pending);
      pending.clear();
      return group;
    }
  }

  /** After a group: true if more arrived (the writer schedules another), else the log rests. */
  boolean morePending() {
    synchronized (pending) {
      if (pending.isEmpty()) {
        draining = false;
        return false;
      }
      return true;
    }
  }

  /** The index of the last record appended (-1 before the first). */
  public long lastAppended() {
    return next - 1;
  }

  /** The index of the last record known to be on disk. */
  public long durableIndex() {
    synchronized (held) {
      return durable;
    }
  }

  public Path path() {
    return path;
  }

  OutputStream out() {
    return out;
  }

  /**
   * Queues a record; the future completes once it is written and flushed. After {@link #close}
   * (the game has ended; members may still leave) records are dropped: the file is complete.
   */
  public CompletableFuture<Void> append(LogRecord.Builder record) {
    if (closed) {
      return CompletableFuture.completedFuture(null);
    }
    return owner.enqueue(this, record.setIndex(next++).setTimeMs(clock.millis()).build());
  }

  /** Closes the file after everything queued before this call is written. */
  public CompletableFuture<Void> close() {
    if (closed) {
      return CompletableFuture.completedFuture(null); // the game ended and closed it already
    }
    closed = true;
    CompletableFuture<Void> closing = owner.enqueue(this, LogRecord.newBuilder().setIndex(next++).setTimeMs(clock.millis())
        .setLifecycle(org.veta.protocol.log.LogLifecycle.newBuilder().setEvent("log closed"))
        .build());
    return closing.whenComplete((ok, error) -> {
      durableUpTo(Long.MAX_VALUE);
      try {
        out.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
