package org.veta.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.metrics.LatencyHistogram;
import org.veta.metrics.ServerMetrics;
import org.veta.protocol.log.LogRecord;

/**
 * The session logs of every table. One file per table, under {@code DATA/sessions/}, in the
 * {@link LogFormat}: checksummed LogRecords. Tables hand records over and never wait for the
 * disk.
 *
 * <p>Each file commits in groups of its own: a small pool of writer threads takes whatever a file
 * has waiting, writes it, forces it to disk and releases what waited for it, while records that
 * arrive meanwhile gather for the next group. Files do not wait for one another: with a thousand
 * tables, one server-wide group had every answer wait for the slowest of a thousand fsyncs, and
 * its one thread serialised every record of the server (the load test's tail of a second).
 */
public final class SessionLogs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SessionLogs.class);

  /** A record on its way to disk, and the future the table is given for it. */
  record Pending(LogRecord record, CompletableFuture<Void> written, long handedNanos) {}

  /**
   * Threads that write and force files, several at once: an fsync is mostly a wait for the
   * device, so more threads than cores keep it busy without taking the cores from the tables.
   */
  static final int WRITER_THREADS = 8;

  private final Path directory;
  private final ExecutorService writers;
  private final AtomicLong queued = new AtomicLong();
  private volatile boolean closing;

  private final boolean synchronous;
  private final ServerMetrics metrics;
  private final LatencyHistogram fsyncs;
  private final LatencyHistogram batches;
  private final LatencyHistogram commits;

  public SessionLogs(Path dataDirectory) {
    this(dataDirectory, ServerMetrics.detached());
  }

  /** With the server's metrics: records written, fsyncs and their latency, group sizes. */
  public SessionLogs(Path dataDirectory, ServerMetrics metrics) {
    this(dataDirectory, false, metrics);
  }

  private SessionLogs(Path dataDirectory, boolean synchronous, ServerMetrics metrics) {
    this.metrics = metrics;
    this.fsyncs = metrics.histogram(ServerMetrics.FSYNC_LATENCY);
    this.batches = metrics.histogram(ServerMetrics.LOG_BATCH);
    this.commits = metrics.histogram(ServerMetrics.LOG_COMMIT);
    metrics.gauge("log_queue_records", "Session log records waiting for a writer thread.",
        () -> (double) queued.get());
    this.directory = dataDirectory.resolve("sessions");
    this.synchronous = synchronous;
    this.writers = synchronous ? null : Executors.newFixedThreadPool(WRITER_THREADS, r -> {
      Thread t = new Thread(r, "veta-log-writer");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Logs written and forced on the thread that appends, with no writer threads: for a table run
   * on one thread (the pipeline tests on an EmbeddedChannel), where answers must not come from
   * another thread. Every record is as durable as with the writers, only not grouped.
   */
  public static SessionLogs onCallingThread(Path dataDirectory) {
    return new SessionLogs(dataDirectory, true, ServerMetrics.detached());
  }

  public Path directory() {
    return directory;
  }

  /** Creates a table's log file; the header is its first record. */
  public SessionLog open(String tableId, LogRecord header) throws IOException {
    Files.createDirectories(directory);
    Path path = directory.resolve(tableId + ".vlog");
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    LogFormat.writeMagic(out);
    SessionLog log = new SessionLog(this, path, out, channel, 0);
    log.append(header.toBuilder());
    return log;
  }

  /**
   * Opens an existing log to go on appending after a restart: the file is cut back to its last
   * whole record first (a torn write at the crash), so new records follow sound ones.
   *
   * @param soundLength the bytes of the file that hold whole records
   * @param nextIndex the index the next record takes
   */
  public SessionLog reopen(Path path, long soundLength, long nextIndex) throws IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
    channel.truncate(soundLength);
    channel.position(soundLength);
    channel.force(true);
    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    return new SessionLog(this, path, out, channel, nextIndex);
  }

  CompletableFuture<Void> enqueue(SessionLog log, LogRecord record) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    if (closing) {
      written.completeExceptionally(new IOException("the session logs are closed"));
      return written;
    }
    Pending pending = new Pending(record, written, System.nanoTime());
    if (synchronous) {
      commit(log, List.of(pending));
      return written;
    }
    queued.incrementAndGet();
    if (log.offer(pending)) {
      schedule(log);
    }
    return written;
  }

  /** Gives the log a writer thread; once the pool is shut (closing), the caller writes it. */
  private void schedule(SessionLog log) {
    try {
      writers.execute(() -> drain(log));
    } catch (RejectedExecutionException closed) {
      drain(log);
    }
  }

  /**
   * One group of one file. What arrived meanwhile goes back to the pool rather than round this
   * loop, so a busy table does not keep a writer from the others.
   */
  private void drain(SessionLog log) {
    List<Pending> group = log.takePending();
    queued.addAndGet(-group.size());
    commit(log, group);
    if (log.morePending()) {
      schedule(log);
    }
  }

  /** Writes the group, forces the file, completes the futures, releases what waited. */
  private void commit(SessionLog log, List<Pending> group) {
    long last = -1;
    for (Pending p : group) {
      try {
        LogFormat.write(p.record(), log.out());
      } catch (IOException e) {
        LOG.error("session log {}: cannot write record {}: {}", log.path(), p.record().getIndex(),
            e.toString());
        p.written().completeExceptionally(e);
      }
      last = Math.max(last, p.record().getIndex());
    }
    batches.recordMicros(group.size()); // a count, kept in the same kind of histogram
    metrics.counter(ServerMetrics.LOG_RECORDS).add(group.size());
    try {
      long started = System.nanoTime();
      log.out().flush();
      log.channel().force(false);
      fsyncs.recordNanos(System.nanoTime() - started);
      metrics.increment(ServerMetrics.LOG_FSYNCS);
    } catch (IOException e) {
      LOG.error("session log {}: cannot flush to disk: {}; what it holds back is sent anyway, "
          + "and may not survive a crash", log.path(), e.toString());
    }
    long forced = System.nanoTime();
    for (Pending p : group) {
      commits.recordNanos(forced - p.handedNanos());
      p.written().complete(null); // no-op for one that failed above
    }
    log.durableUpTo(last);
  }

  /** Writes what is queued, closes every file, stops the writers. */
  @Override
  public void close() {
    closing = true;
    if (synchronous) {
      return;
    }
    writers.shutdown();
    try {
      if (!writers.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("session logs: {} records were still waiting for the disk after 10 s",
            queued.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
