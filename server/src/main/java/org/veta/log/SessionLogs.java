package org.veta.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

  public SessionLogs(Path dataDirectory) {
    this.directory = dataDirectory.resolve("sessions");
    this.writer = new Thread(this::writeLoop, "veta-log-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  public Path directory() {
    return directory;
  }

  /** Creates a table's log file; the header is its first record. */
  public SessionLog open(String tableId, LogRecord header) throws IOException {
    Files.createDirectories(directory);
    Path path = directory.resolve(tableId + ".vlog");
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(path,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024);
    LogFormat.writeMagic(out);
    SessionLog log = new SessionLog(this, path, out);
    log.append(header.toBuilder());
    return log;
  }

  CompletableFuture<Void> enqueue(SessionLog log, LogRecord record) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    if (closing) {
      written.completeExceptionally(new IOException("the session logs are closed"));
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
      for (SessionLog log : touched) {
        try {
          log.out().flush();
        } catch (IOException e) {
          LOG.error("session log {}: cannot flush: {}", log.path(), e.toString());
        }
      }
      for (Pending p : batch) {
        p.written().complete(null);
      }
      batch.clear();
      if (closing && queue.isEmpty()) {
        return;
      }
    }
  }

  /** Writes what is queued, closes every file, stops the writer. */
  @Override
  public void close() {
    closing = true;
    writer.interrupt();
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
