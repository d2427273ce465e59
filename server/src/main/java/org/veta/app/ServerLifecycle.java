package org.veta.app;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.log.SessionLogs;
import org.veta.session.TableRegistry;
import org.veta.net.NetServer;

/**
 * Starts the server and stops it in reverse order: first the network (no new requests; every
 * table hears that its members left), then the engine workers (tables finish what they have
 * queued), then the timers, and last the session logs (everything queued reaches the disk, every
 * table file is forced and the journal deleted, so a clean start has nothing to replay). A JVM
 * shutdown hook does the same on Ctrl-C or SIGTERM; {@link #close} is idempotent.
 */
@Singleton
public final class ServerLifecycle implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServerLifecycle.class);

  private final NetServer net;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final SessionLogs logs;
  private final TableRegistry tables;
  private final AtomicBoolean closed = new AtomicBoolean();
  private Thread hook;

  @Inject
  ServerLifecycle(NetServer net, @Named(SessionModule.ENGINE_WORKERS) ExecutorService workers,
      @Named(SessionModule.TABLE_TIMERS) ScheduledExecutorService timers, SessionLogs logs,
      TableRegistry tables) {
    this.net = net;
    this.tables = tables;
    this.workers = workers;
    this.timers = timers;
    this.logs = logs;
  }

  /**
   * Binds the port and returns it. The journal is replayed first if nothing has done it yet (a
   * server started without resuming): else the first table a facilitator opens would replay it
   * on a Netty thread.
   */
  public synchronized int start() throws InterruptedException, java.net.BindException {
    logs.repairFromJournal();
    int port = net.start();
    if (hook == null) {
      hook = new Thread(this::close, "veta-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
    }
    return port;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.info("server stopping");
    removeHook();
    net.close();
    // Each table writes its own "log closed" record on its executor, so a reader can tell a log
    // that was stopped cleanly from one cut short by a crash.
    tables.closeAll(java.time.Duration.ofSeconds(5));
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("engine workers still busy after 5 s; stopping them");
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    timers.shutdownNow();
    logs.close();
    LOG.info("server stopped");
  }

  private synchronized void removeHook() {
    if (hook == null || Thread.currentThread() == hook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or about to; it will find the server closed.
    }
  }
}
