package org.veta.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.metrics.LatencyHistogram;
import org.veta.metrics.ServerMetrics;
import org.veta.protocol.log.LogRecord;

/**
 * The session logs of every table, written by one writer thread: tables hand records over and
 * never wait for the disk, and records that arrive together are flushed together. One file per
 * table, under {@code DATA/sessions/}, in the {@link LogFormat}: checksummed LogRecords.
 */
public final class SessionLogs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SessionLogs.class);

  private record Pending(SessionLog log, LogRecord record, CompletableFuture<Void> written) {}

  private final Path directory;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;

  private final boolean synchronous;
  private final ServerMetrics metrics;
  private final LatencyHistogram fsyncs;
  private final LatencyHistogram batches;
  /** Threads that force files to disk, several at once (I/O waits, not CPU). */
  private final java.util.concurrent.ExecutorService fsyncPool =
      java.util.concurrent.Executors.newFixedThreadPool(FSYNC_THREADS, r -> {
        Thread t = new Thread(r, "veta-log-fsync");
        t.setDaemon(true);
        return t;
      });
  static final int FSYNC_THREADS = 8;

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
    metrics.gauge("log_queue_records", "Session log records waiting for the writer thread.",
        this::queued);
    this.directory = dataDirectory.resolve("sessions");
    this.synchronous = synchronous;
    this.writer = new Thread(this::writeLoop, "veta-log-writer");
    this.writer.setDaemon(true);
    if (!synchronous) {
      this.writer.start();
    }
  }

  /**
   * Logs written and forced on the thread that appends, with no writer thread: for a table run on
   * one thread (the pipeline tests on an EmbeddedChannel), where answers must not come from
   * another thread. Every record is as durable as with the writer, only not grouped.
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
    if (synchronous) {
      try {
        LogFormat.write(record, log.out());
        log.out().flush();
        log.channel().force(false);
        written.complete(null);
      } catch (IOException e) {
        LOG.error("session log {}: cannot write record {}: {}", log.path(), record.getIndex(),
            e.toString());
        written.completeExceptionally(e);
      }
      log.durableUpTo(record.getIndex());
      return written;
    }
    queue.add(new Pending(log, record, written));
    return written;
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        if (queue.isEmpty()) {
          return;
        }
      }
      queue.drainTo(batch);
      Set<SessionLog> touched = new HashSet<>();
      for (Pending p : batch) {
        try {
          LogFormat.write(p.record(), p.log().out());
          touched.add(p.log());
        } catch (IOException e) {
          LOG.error("session log {}: cannot write record {}: {}", p.log().path(), p.record().getIndex(),
              e.toString());
          p.written().completeExceptionally(e);
        }
      }
      // Group commit: one flush and one fsync per file for everything that arrived together,
      // however many tables and records it holds.
      batches.recordMicros(batch.size()); // a count, kept in the same kind of histogram
      metrics.counter(ServerMetrics.LOG_RECORDS).add(batch.size());
      java.util.Map<SessionLog, Long> last = new java.util.HashMap<>();
      for (Pending p : batch) {
        last.merge(p.log(), p.record().getIndex(), Math::max);
      }
      // Files are flushed and forced side by side: one file's fsync does not wait for another's,
      // and with hundreds of tables a group touches hundreds of files.
      if (touched.size() == 1) {
        sync(touched.iterator().next());
      } else {
        List<java.util.concurrent.Future<?>> syncing = new ArrayList<>(touched.size());
        for (SessionLog log : touched) {
          syncing.add(fsyncPool.submit(() -> sync(log)));
        }
        boolean interrupted = false;
        for (java.util.concurrent.Future<?> f : syncing) {
          while (true) {
            try {
              f.get();
              break;
            } catch (InterruptedException e) {
              interrupted = true; // closing: finish this group first
            } catch (java.util.concurrent.ExecutionException e) {
              LOG.error("session log: an fsync failed: {}", e.getCause().toString());
              break;
            }
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      for (Pending p : batch) {
        p.written().complete(null);
      }
      last.forEach(SessionLog::durableUpTo);
      batch.clear();
      if (closing && queue.isEmpty()) {
        return;
      }
    }
  }

  private double queued() {
    return queue.size();
  }

  private void sync(SessionLog log) {
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
  }

  /** Writes what is queued, closes every file, stops the writer. */
  @Override
  public void close() {
    closing = true;
    if (synchronous) {
      return;
    }
    writer.interrupt();
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fsyncPool.shutdown();
  }
}
