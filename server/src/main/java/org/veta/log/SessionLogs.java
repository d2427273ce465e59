package org.veta.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
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
 * <p>A record is durable once it is in the shared {@link Journal} under {@code DATA/journal/},
 * forced once per group for every table at once; the table files are written behind it and
 * forced later. So before any table file is opened, read or written again after a crash, the
 * journal must be replayed into them: {@link #repairFromJournal} does that once, and every way
 * to a file here ({@link #open}, {@link #reopen}) calls it first, so it cannot be forgotten.
 */
public final class SessionLogs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SessionLogs.class);
  /** A segment past this is retired: big enough that retiring (a force per file) is rare. */
  static final long SEGMENT_BYTES = 64L * 1024 * 1024;
  /**
   * A table file's buffer: the journal writes it out every second (a table under load writes a
   * few kilobytes in one), or when it is full; a thousand buffers of 64 KiB were 64 MB of a
   * 1 GiB heap, mostly empty.
   */
  static final int FILE_BUFFER_BYTES = 16 * 1024;

  private final Path directory;
  private final Path journalDirectory;
  /** Null on the calling thread: each record is written and forced in its own file. */
  private final Journal journal;
  private final ServerMetrics metrics;
  private final LatencyHistogram fsyncs;
  private final LatencyHistogram commits;
  private volatile boolean closing;
  private boolean repaired; // guarded by this

  public SessionLogs(Path dataDirectory) {
    this(dataDirectory, ServerMetrics.detached());
  }

  /** With the server's metrics: records written, fsyncs and their latency, group sizes. */
  public SessionLogs(Path dataDirectory, ServerMetrics metrics) {
    this(dataDirectory, metrics, false, SEGMENT_BYTES, Journal.FileSync.DEVICE);
  }

  /** With a journal whose segments are retired past segmentBytes, and files forced by sync. */
  SessionLogs(Path dataDirectory, long segmentBytes, Journal.FileSync sync) {
    this(dataDirectory, ServerMetrics.detached(), false, segmentBytes, sync);
  }

  private SessionLogs(Path dataDirectory, ServerMetrics metrics, boolean synchronous,
      long segmentBytes, Journal.FileSync sync) {
    this.metrics = metrics;
    this.fsyncs = metrics.histogram(ServerMetrics.FSYNC_LATENCY);
    this.commits = metrics.histogram(ServerMetrics.LOG_COMMIT);
    this.directory = dataDirectory.resolve("sessions");
    this.journalDirectory = dataDirectory.resolve("journal");
    this.journal = synchronous ? null
        : new Journal(journalDirectory, directory, segmentBytes, sync, metrics);
    metrics.gauge("log_queue_records", "Session log records waiting for the journal thread.",
        () -> journal == null ? 0.0 : (double) journal.queued());
  }

  /**
   * Logs written and forced on the thread that appends, with no journal: for a table run on one
   * thread (the pipeline tests on an EmbeddedChannel), where answers must not come from another
   * thread. Every record is as durable as with the journal, only not grouped.
   */
  public static SessionLogs onCallingThread(Path dataDirectory) {
    return new SessionLogs(dataDirectory, ServerMetrics.detached(), true, SEGMENT_BYTES,
        Journal.FileSync.DEVICE);
  }

  public Path directory() {
    return directory;
  }

  /**
   * Brings every table file up to date from what the journal of the last run still holds (see
   * {@link JournalRecovery}); once per instance, and before anything else reads or writes a
   * table file. A server that stopped cleanly left no journal, and this finds nothing.
   */
  public synchronized void repairFromJournal() {
    if (repaired) {
      return;
    }
    repaired = true;
    new JournalRecovery(journalDirectory, directory).replay();
  }

  /** Creates a table's log file; the header is its first record. */
  public SessionLog open(String tableId, LogRecord header) throws IOException {
    repairFromJournal();
    Files.createDirectories(directory);
    Path path = directory.resolve(tableId + ".vlog");
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), FILE_BUFFER_BYTES);
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
    repairFromJournal();
    FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
    channel.truncate(soundLength);
    channel.position(soundLength);
    channel.force(true);
    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), FILE_BUFFER_BYTES);
    return new SessionLog(this, path, out, channel, nextIndex);
  }

  /**
   * Hands a serialized record over; last: the log's closing record, after which its file is
   * closed. awaited: the caller wants a future that completes once the record is durable and in
   * its file (null otherwise: a table only needs what it sends held back, see
   * {@link SessionLog#afterDurable}, and a record nobody waits for can sit in its file's buffer).
   */
  CompletableFuture<Void> enqueue(SessionLog log, long index, byte[] body, boolean last,
      boolean awaited) {
    CompletableFuture<Void> written = awaited || last ? new CompletableFuture<>() : null;
    if (closing) {
      if (written != null) {
        written.completeExceptionally(new IOException("the session logs are closed"));
      }
      return written;
    }
    long handed = System.nanoTime();
    if (journal == null) {
      writeAndForce(log, index, body, last, handed, written);
      return written;
    }
    if (!journal.offer(new Pending(log, index, body, written, handed, last)) && written != null) {
      written.completeExceptionally(new IOException("the session logs are closed"));
    }
    return written;
  }

  /** Without a journal: the record goes into its file, and the file to the device, here. */
  private void writeAndForce(SessionLog log, long index, byte[] body, boolean last, long handed,
      CompletableFuture<Void> written) {
    try {
      LogFormat.writeFrame(body, log.out());
      long started = System.nanoTime();
      log.out().flush();
      log.writtenUpTo(index);
      log.channel().force(false);
      fsyncs.recordNanos(System.nanoTime() - started);
      metrics.increment(ServerMetrics.LOG_FSYNCS);
      metrics.counter(ServerMetrics.LOG_RECORDS).add(1);
      commits.recordNanos(System.nanoTime() - handed);
      if (last) {
        log.out().close();
        log.fileClosed(true);
      }
      if (written != null) {
        written.complete(null);
      }
    } catch (IOException e) {
      LOG.error("session log {}: cannot write record {}: {}; what it holds back is sent anyway, "
          + "and may not survive a crash", log.path(), index, e.toString());
      if (written != null) {
        written.completeExceptionally(e);
      }
    }
    log.durableUpTo(index);
  }

  /**
   * Writes what is queued, forces every file written since the journal's current segment began
   * and deletes it, and stops the journal: a server stopped cleanly leaves nothing to replay.
   */
  @Override
  public void close() {
    closing = true;
    if (journal != null) {
      journal.close(true);
    }
  }

  /**
   * Stops the journal thread after what is queued, forcing nothing more and deleting nothing: the
   * files as a process killed at this moment leaves them (tests of recovery).
   */
  void halt() {
    closing = true;
    if (journal != null) {
      journal.close(false);
    }
  }

  /** Completes once the journal's retirements and closed files handed over so far are done. */
  CompletableFuture<Void> synced() {
    return journal == null ? CompletableFuture.completedFuture(null) : journal.synced();
  }
}
