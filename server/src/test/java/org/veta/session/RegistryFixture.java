package org.veta.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.veta.log.SessionLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real table registry on a temporary data directory, with its own timers and workers. */
abstract class RegistryFixture {
  @TempDir Path data;
  SessionLogs logs;
  ScheduledExecutorService timers;
  ExecutorService workers;
  TableRegistry registry;

  @BeforeEach
  void openRegistry() {
    logs = new SessionLogs(data);
    timers = Executors.newSingleThreadScheduledExecutor();
    workers = Executors.newFixedThreadPool(2);
    registry = new TableRegistry(logs, timers, workers, Clock.systemUTC());
  }

  @AfterEach
  void closeRegistry() throws InterruptedException {
    timers.shutdownNow();
    workers.shutdown();
    workers.awaitTermination(5, TimeUnit.SECONDS);
    logs.close();
    // Every session a test played re-executes to the digests its log recorded.
    org.veta.replay.EverySessionVerifies.in(data);
  }
}
