package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.veta.log.SessionLogs;
import org.veta.session.TableRegistry;

/**
 * Tables: the registry, the engine threads their serial executors share, and the timer thread
 * that posts deadlines to them. Timers only post; all engine work runs on the workers.
 */
final class SessionModule extends AbstractModule {
  static final String ENGINE_WORKERS = "engine-workers";
  static final String TABLE_TIMERS = "table-timers";

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  @Named(ENGINE_WORKERS)
  ExecutorService engineWorkers() {
    // Three threads a core although a table's work never blocks: its tasks run from a talk's
    // microseconds to a round resolution's tens of milliseconds, and a thousand tables reach
    // their deadlines close together. With a thread a core, requests queued behind resolutions
    // (table_queue p99 264 ms at 1,000 x 8); with three, the kernel shares the cores among them
    // and a short request goes by (17 ms; BENCHMARKS.md). -Dveta.tableThreads sets another
    // number, for measuring.
    int threads = Math.max(1, Integer.getInteger("veta.tableThreads",
        3 * Math.max(2, Runtime.getRuntime().availableProcessors())));
    return Executors.newFixedThreadPool(threads, new DefaultThreadFactory("veta-table", true));
  }

  @Provides
  @Singleton
  @Named(TABLE_TIMERS)
  ScheduledExecutorService tableTimers() {
    return Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("veta-timer", true));
  }

  @Provides
  @Singleton
  TableRegistry tables(SessionLogs logs, @Named(TABLE_TIMERS) ScheduledExecutorService timers,
      @Named(ENGINE_WORKERS) ExecutorService workers, Clock clock,
      org.veta.metrics.ServerMetrics metrics) {
    return new TableRegistry(logs, timers, workers, clock, metrics);
  }
}
