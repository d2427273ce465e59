package org.veta.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forces table files behind the journal, on a thread of its own: those forces are what lets a
 * journal segment go, but nothing waits for them, so they stay off the journal thread (whose
 * groups every answer waits for) and off Netty's threads. One thread, in the order handed over:
 * a closed log's file is forced and closed before any later segment that fed it is retired.
 */
final class TableFileSync {
  private static final Logger LOG = LoggerFactory.getLogger(TableFileSync.class);

  private final Path sessions;
  private final Journal.FileSync sync;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "veta-journal-sync");
    t.setDaemon(true);
    return t;
  });

  TableFileSync(Path sessions, Journal.FileSync sync) {
    this.sessions = sessions;
    this.sync = sync;
  }

  /** Forces every file the segment fed and the directory of their names, then deletes it. */
  void retire(JournalSegment old) {
    run(() -> {
      int failed = 0;
      for (SessionLog log : old.fedLogs()) {
        if (log.fileClosed()) {
          continue; // forced when it closed, on this thread, before this segment came here
        }
        try {
          sync.force(log.path(), log.channel());
        } catch (IOException e) {
          failed++;
          LOG.error("session log {}: cannot force it to disk: {}", log.path(), e.toString());
        }
      }
      try {
        JournalSegment.forceDirectory(sessions); // the names of files created meanwhile
      } catch (IOException e) {
        failed++;
        LOG.error("cannot force the directory {}: {}", sessions, e.toString());
      }
      if (old.holdsUnwrittenRecords()) {
        LOG.error("journal {} is kept: a session file could not be written a record it holds; "
            + "the next start replays it", old.path().getFileName());
        return;
      }
      if (failed > 0) {
        LOG.error("journal {} is kept: it is the only durable copy of records of {} session "
            + "files; the next start replays it", old.path().getFileName(), failed);
        return;
      }
      try {
        Files.deleteIfExists(old.path());
      } catch (IOException e) {
        LOG.warn("journal {}: cannot delete it ({}); the next start replays it, harmlessly",
            old.path().getFileName(), e.toString());
      }
    });
  }

  /**
   * A closed log forces and closes its own file, so it is complete without the journal; the
   * closing record's future completes then.
   */
  void closeAfterLast(Pending last) {
    SessionLog log = last.log();
    run(() -> {
      try {
        sync.force(log.path(), log.channel());
        log.out().close();
        log.fileClosed(true);
        last.written().complete(null);
      } catch (IOException e) {
        LOG.error("session log {}: cannot force and close it: {}; the journal keeps its records",
            log.path(), e.toString());
        last.written().completeExceptionally(e);
      }
    });
  }

  private void run(Runnable task) {
    try {
      thread.execute(task);
    } catch (RejectedExecutionException stopped) {
      task.run(); // closing stopped waiting for this thread: do it here rather than not at all
    }
  }

  /** Completes once everything handed over so far is done. */
  CompletableFuture<Void> synced() {
    return CompletableFuture.runAsync(() -> { }, thread);
  }

  /** Finishes what was handed over, waiting at most 10 s. */
  void close() throws InterruptedException {
    thread.shutdown();
    if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
      LOG.warn("journal: session files were still being forced after 10 s; the next start "
          + "replays the journal");
    }
  }
}
