package org.veta.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.veta.protocol.log.LogRecord;

/**
 * One table's log. {@link #append} numbers and timestamps the record and hands it to the writer;
 * it is called only from the table's own executor, so numbering needs no lock.
 */
public final class SessionLog {
  private final SessionLogs owner;
  private final Path path;
  private final OutputStream out;
  private final Clock clock = Clock.systemUTC();
  private long next;
  private boolean closed;

  SessionLog(SessionLogs owner, Path path, OutputStream out) {
    this.owner = owner;
    this.path = path;
    this.out = out;
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
    return owner.enqueue(this, LogRecord.newBuilder().setIndex(next++).setTimeMs(clock.millis())
        .setLifecycle(org.veta.protocol.log.LogLifecycle.newBuilder().setEvent("log closed"))
        .build()).thenRun(() -> {
          try {
            out.close();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
