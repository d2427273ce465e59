package org.veta.log;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogRecord;

/**
 * One table's log. {@link #append} numbers and timestamps the record and hands it to the session
 * logs; it is called only from the table's own executor, so numbering needs no lock.
 *
 * <p>{@link #afterDurable} holds back what the table sends until every record appended before it
 * would survive a crash (forced to the journal, or to this file): an answer is an
 * acknowledgement, and nothing acknowledged may be lost. Held messages are released in the order
 * they were given, by the thread that made the records they follow durable.
 */
public final class SessionLog {
  private final SessionLogs owner;
  private final Path path;
  /** The file's name in UTF-8, as the journal's entries name it. */
  private final byte[] fileName;
  private final OutputStream out;
  private final FileChannel channel;
  private final Clock clock = Clock.systemUTC();
  private long next;
  private boolean closed;
  /** Set once the file is forced and closed after its last record; read by the journal's sync. */
  private volatile boolean fileClosed;
  /** Sends waiting for the record they follow; guarded by itself (table thread and writer). */
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private long durable = -1;
  /** The last record written into the file (readable there, if not yet forced); journal thread. */
  private volatile long written;

  private record Held(long after, Runnable send) {}

  SessionLog(SessionLogs owner, Path path, OutputStream out, FileChannel channel, long next) {
    this.owner = owner;
    this.path = path;
    this.fileName = path.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    this.out = out;
    this.channel = channel;
    this.next = next;
    this.durable = next - 1; // a reopened log's earlier records are on disk already
    this.written = next - 1;
  }

  byte[] fileName() {
    return fileName;
  }

  FileChannel channel() {
    return channel;
  }

  OutputStream out() {
    return out;
  }

  boolean fileClosed() {
    return fileClosed;
  }

  void fileClosed(boolean closed) {
    this.fileClosed = closed;
  }

  /**
   * Runs the send once every record appended so far is durable; at once if they already are or
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

  /** Every record up to this index would survive a crash: release what waited for it. */
  void durableUpTo(long index) {
    synchronized (held) {
      durable = Math.max(durable, index);
      while (!held.isEmpty() && held.peek().after() <= durable) {
        held.poll().send().run();
      }
    }
  }

  /** The index of the last record appended (-1 before the first). */
  public long lastAppended() {
    return next - 1;
  }

  void writtenUpTo(long index) {
    written = Math.max(written, index);
  }

  /**
   * The index of the last record a reader of the file finds there: durable ones are written to
   * the file just after they are released, so this may trail {@link #durableIndex} a little.
   */
  public long readableIndex() {
    return Math.min(written, durableIndex());
  }

  /** The index of the last record known to be durable. */
  public long durableIndex() {
    synchronized (held) {
      return durable;
    }
  }

  public Path path() {
    return path;
  }

  /**
   * Queues a record; the future completes once it is durable. After {@link #close} (the game has
   * ended; members may still leave) records are dropped: the file is complete.
   */
  public CompletableFuture<Void> append(LogRecord.Builder record) {
    if (closed) {
      return CompletableFuture.completedFuture(null);
    }
    LogRecord built = record.setIndex(next++).setTimeMs(clock.millis()).build();
    return owner.enqueue(this, built.getIndex(), built.toByteArray(), false, true);
  }

  /**
   * Queues a record nobody waits for (a table's: what it sends is held back by
   * {@link #afterDurable} instead), numbered and timestamped as {@link #append} does.
   */
  public void add(LogRecord.Builder record) {
    if (closed) {
      return;
    }
    LogRecord built = record.setIndex(next++).setTimeMs(clock.millis()).build();
    owner.enqueue(this, built.getIndex(), built.toByteArray(), false, false);
  }

  /**
   * Queues an output record for a message already serialized (seat "" = sent to everyone), as
   * {@link #add} does: the same record {@link #append} would write, without encoding the message
   * again.
   */
  public void appendOutput(String seat, byte[] message) {
    if (closed) {
      return;
    }
    long index = next++;
    owner.enqueue(this, index, OutputRecord.encode(index, clock.millis(), seat, message), false,
        false);
  }

  /**
   * Writes a last record and closes the file once everything queued before it is written. The
   * future completes when the file is forced and closed: a closed log is complete on its own,
   * whatever becomes of the journal.
   */
  public CompletableFuture<Void> close() {
    if (closed) {
      return CompletableFuture.completedFuture(null); // the game ended and closed it already
    }
    closed = true;
    LogRecord last = LogRecord.newBuilder().setIndex(next++).setTimeMs(clock.millis())
        .setLifecycle(LogLifecycle.newBuilder().setEvent("log closed")).build();
    // Whatever happened to the last record, nothing is held back behind a closed log.
    return owner.enqueue(this, last.getIndex(), last.toByteArray(), true, true)
        .whenComplete((ok, error) -> durableUpTo(Long.MAX_VALUE));
  }
}
