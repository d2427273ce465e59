package org.veta.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.metrics.LatencyHistogram;
import org.veta.metrics.ServerMetrics;

/**
 * The server's one journal: every table's records, in one queue, written by one thread that
 * forces the journal once per group, releases what waited for the group, and then writes each
 * record to its table's file, unforced. A thousand tables cost one fsync per group instead of one per table file per group
 * (4,900 a second under load, a third of a core in the kernel); one thread keeps each table's
 * records in the order appended.
 *
 * <p>A table file is forced when its journal segment is retired (a segment past its size, on a
 * thread of its own, before the segment is deleted) and when its log closes; until then the
 * journal is the durable copy of its newest records, and {@link JournalRecovery} puts them back
 * after a crash. Table files are still written (and their buffers flushed) in every group, so
 * whoever reads a live table's file (its resends, the facilitator's download) sees every record
 * that was acknowledged.
 */
final class Journal {
  private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
  /** The most records in one group, so one long stall does not become one enormous write. */
  private static final int MAX_GROUP = 16_384;
  /**
   * How long a table file's written records may wait in its buffer. Nobody waits for them: the
   * journal already holds them durably, a table forgets an event from memory only once it is
   * readable in its file, and whoever needs a record in the file asks for it (and it is written at
   * once). Every 100 ms this was a write call per table ten times a second, 5,000 a second at
   * 1,000 tables and most of the journal thread's kernel time.
   */
  static final long FLUSH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
  /**
   * The most table files handed over after one group (a write call each): a thousand files due in
   * the same second go out over some sixty groups, a few tens of milliseconds under load.
   */
  private static final int FLUSHES_PER_GROUP = 16;
  private static final Pending STOP = new Pending(null, -1, null, null, 0, false);

  /** Forces one table file; tests see through it when files are forced, and make it fail. */
  interface FileSync {
    FileSync DEVICE = (file, channel) -> channel.force(false);

    void force(Path file, FileChannel channel) throws IOException;
  }

  private final Path directory;
  private final long segmentLimit;
  private final FileSync sync;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final TableFileSync behind;
  private final ServerMetrics metrics;
  private final LatencyHistogram fsyncs;
  private final LatencyHistogram batches;
  private final LatencyHistogram commits;

  private Thread thread; // guarded by this; started by the first record
  private boolean closed; // guarded by this
  private volatile boolean retireOnStop;
  // The journal thread's own:
  /**
   * Table files with written records still in their buffers, in the order they first had one
   * (the oldest first), with the index of the newest and when the oldest was written.
   */
  private final Map<SessionLog, Unflushed> unflushed = new LinkedHashMap<>();

  private record Unflushed(long index, long sinceNanos) {
    Unflushed newer(long next) {
      return new Unflushed(Math.max(index, next), sinceNanos);
    }
  }
  private JournalSegment segment;
  private long nextNumber = -1;
  private boolean failing;

  Journal(Path directory, Path sessions, long segmentLimit, FileSync sync, ServerMetrics metrics) {
    this.directory = directory;
    this.segmentLimit = segmentLimit;
    this.sync = sync;
    this.behind = new TableFileSync(sessions, sync);
    this.metrics = metrics;
    this.fsyncs = metrics.histogram(ServerMetrics.FSYNC_LATENCY);
    this.batches = metrics.histogram(ServerMetrics.LOG_BATCH);
    this.commits = metrics.histogram(ServerMetrics.LOG_COMMIT);
  }

  long queued() {
    return queue.size();
  }

  /** Hands a record to the journal thread; false once the journal is closed. */
  boolean offer(Pending record) {
    synchronized (this) {
      if (closed) {
        return false;
      }
      if (thread == null) {
        thread = new Thread(this::run, "veta-journal");
        thread.setDaemon(true);
        thread.start();
      }
      queue.add(record); // under the lock: nothing follows STOP
      return true;
    }
  }

  private void run() {
    List<Pending> group = new ArrayList<>();
    boolean stopping = false;
    while (!stopping) {
      try {
        Pending first = unflushed.isEmpty() ? queue.take()
            : queue.poll(FLUSH_EVERY_NANOS, TimeUnit.NANOSECONDS);
        if (first == null) {
          flushTableFiles(); // quiet for a while: what the files lack goes into them now
          continue;
        }
        group.add(first);
      } catch (InterruptedException e) {
        continue; // nobody interrupts this thread on purpose; STOP is the way to end it
      }
      queue.drainTo(group, MAX_GROUP);
      if (group.get(group.size() - 1) == STOP) {
        group.remove(group.size() - 1);
        stopping = true;
      }
      if (!group.isEmpty()) {
        commitSafely(group);
      }
      group.clear();
    }
    flushTableFiles();
    if (retireOnStop && segment != null) {
      roll(); // a clean stop leaves every file forced and no journal to replay
    }
  }

  private void commitSafely(List<Pending> group) {
    try {
      commit(group);
    } catch (RuntimeException | Error e) {
      LOG.error("journal: a group of {} records failed; what waited for it is sent anyway, and "
          + "may not survive a crash", group.size(), e);
      for (Pending p : group) {
        if (p.written() != null) {
          p.written().completeExceptionally(e);
        }
        p.log().durableUpTo(p.index());
      }
    }
  }

  /**
   * One group. With the journal: append the records and force it, release what waited for them
   * (from here on they survive a crash), and only then write each to its table's file, unforced;
   * an answer does not wait for a thousand files' writes. The files' buffers go to the kernel
   * every {@link #FLUSH_EVERY_NANOS} (or at once when somebody waits on a record's future, a log
   * closes or the segment retires): a write call per table file per group was a fifth of a core
   * in the kernel. Without a journal (it cannot be written): each table file is written, flushed
   * and forced before anything is released.
   */
  private void commit(List<Pending> group) {
    boolean journaled = journal(group);
    Map<SessionLog, Long> last = new LinkedHashMap<>();
    for (Pending p : group) {
      last.merge(p.log(), p.index(), Math::max);
    }
    if (journaled) {
      release(group, last);
    }
    writeTableFiles(group, last, journaled);
    if (!journaled) {
      release(group, last);
    }
    boolean awaited = false;
    for (Pending p : group) {
      awaited |= p.written() != null;
    }
    if (awaited) {
      flushTableFiles();
    } else {
      flushDueTableFiles();
    }
    for (Pending p : group) {
      if (p.last()) {
        behind.closeAfterLast(p); // its file has the record now
      } else if (p.written() != null) {
        // A record's future says it is durable and in its file, whoever reads which.
        p.written().complete(null); // no-op for one whose file write failed
      }
    }
    if (segment != null && segment.bytes() >= segmentLimit) {
      roll();
    }
  }

  /** The group is durable: what each log held back for it is sent. */
  private void release(List<Pending> group, Map<SessionLog, Long> last) {
    long durable = System.nanoTime();
    batches.recordMicros(group.size()); // a count, kept in the same kind of histogram
    metrics.counter(ServerMetrics.LOG_RECORDS).add(group.size());
    for (Pending p : group) {
      commits.recordNanos(durable - p.handedNanos());
    }
    last.forEach(SessionLog::durableUpTo);
  }

  private void writeTableFiles(List<Pending> group, Map<SessionLog, Long> last,
      boolean journaled) {
    for (Pending p : group) {
      try {
        LogFormat.writeFrame(p.body(), p.log().out());
      } catch (IOException e) {
        LOG.error("session log {}: cannot write record {}: {}{}", p.log().path(), p.index(),
            e.toString(), journaled ? "; the journal holds it for the next start" : "");
        if (p.written() != null) {
          p.written().completeExceptionally(e);
        }
        if (journaled) {
          segment.tableWriteFailed();
        }
      }
    }
    last.forEach((log, index) -> {
      if (journaled) {
        Unflushed before = unflushed.get(log);
        unflushed.put(log, before == null ? new Unflushed(index, System.nanoTime())
            : before.newer(index));
        segment.fed(log);
        return;
      }
      try {
        log.out().flush();
        log.writtenUpTo(index);
        long started = System.nanoTime();
        sync.force(log.path(), log.channel());
        fsyncs.recordNanos(System.nanoTime() - started);
        metrics.increment(ServerMetrics.LOG_FSYNCS);
      } catch (IOException e) {
        LOG.error("session log {}: cannot write to disk: {}; what it holds back is sent anyway, "
            + "and may not survive a crash", log.path(), e.toString());
      }
    });
  }

  /** Hands the table files' buffered records to the kernel: readers of the files see them. */
  private void flushTableFiles() {
    unflushed.forEach(this::flush);
    unflushed.clear();
  }

  /**
   * Hands over the files whose oldest buffered record has waited {@link #FLUSH_EVERY_NANOS}, a
   * few a group: flushing a thousand files at once held the next group's fsync, and every
   * request waiting for it, for 20 to 50 ms once a second.
   */
  private void flushDueTableFiles() {
    long now = System.nanoTime();
    int budget = FLUSHES_PER_GROUP;
    var oldest = unflushed.entrySet().iterator();
    while (budget-- > 0 && oldest.hasNext()) {
      var next = oldest.next();
      if (now - next.getValue().sinceNanos() < FLUSH_EVERY_NANOS) {
        return; // in the order they first waited: the rest are younger still
      }
      flush(next.getKey(), next.getValue());
      oldest.remove();
    }
  }

  private void flush(SessionLog log, Unflushed records) {
    try {
      log.out().flush();
      log.writtenUpTo(records.index());
    } catch (IOException e) {
      LOG.error("session log {}: cannot write to disk: {}; the journal holds its records",
          log.path(), e.toString());
      if (segment != null) {
        segment.tableWriteFailed();
      }
    }
  }

  /** Appends the group's entries and forces them; false if the journal cannot be written. */
  private boolean journal(List<Pending> group) {
    try {
      if (segment == null) {
        segment = JournalSegment.create(directory, nextNumber());
      }
      for (Pending p : group) {
        segment.append(p.log().fileName(), p.body());
      }
      long started = System.nanoTime();
      segment.force();
      fsyncs.recordNanos(System.nanoTime() - started);
      metrics.increment(ServerMetrics.LOG_FSYNCS);
      if (failing) {
        LOG.info("journal: written again, in {}", segment.path().getFileName());
        failing = false;
      }
      return true;
    } catch (IOException e) {
      if (!failing) {
        LOG.error("journal in {}: cannot write or force it: {}; until it can, every group "
            + "forces its session files one by one", directory, e.toString());
        failing = true;
      }
      if (segment != null) {
        roll(); // it may hold half an entry: nothing more goes after it
      }
      return false;
    }
  }

  private long nextNumber() throws IOException {
    if (nextNumber < 0) {
      nextNumber = 1;
      if (Files.isDirectory(directory)) {
        try (var files = Files.list(directory)) {
          // After any segment kept by a failed replay, so names never collide.
          nextNumber = files.map(JournalSegment::number).filter(n -> n.isPresent())
              .mapToLong(n -> n.getAsLong() + 1).max().orElse(1);
        }
      }
    }
    return nextNumber++;
  }

  /** The segment is done: the sync thread forces what it fed, then deletes it. */
  private void roll() {
    flushTableFiles(); // what the segment fed must be in the files before they are forced
    JournalSegment old = segment;
    segment = null;
    try {
      old.closeFile();
    } catch (IOException e) {
      LOG.warn("journal {}: cannot close it: {}", old.path().getFileName(), e.toString());
    }
    behind.retire(old);
  }

  /**
   * Writes what is queued and stops the journal thread. retire: force every file and delete the
   * segment (a server stopping); otherwise leave both as a killed process would (tests).
   */
  void close(boolean retire) {
    Thread running;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      retireOnStop = retire;
      running = thread;
      if (running != null) {
        queue.add(STOP);
      }
    }
    try {
      if (running != null) {
        running.join(TimeUnit.SECONDS.toMillis(10));
        if (running.isAlive()) {
          LOG.warn("session logs: {} records were still waiting for the disk after 10 s",
              queue.size());
        }
      }
      behind.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Completes once everything handed to the sync thread so far is done (tests wait on it). */
  java.util.concurrent.CompletableFuture<Void> synced() {
    return behind.synced();
  }
}
