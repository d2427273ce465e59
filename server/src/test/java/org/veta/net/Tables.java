package org.veta.net;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.veta.app.ScenarioSource;
import org.veta.log.SessionLogs;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import org.veta.session.TableRegistry;

/**
 * A real TableRegistry for EmbeddedChannel tests whose tables run their tasks on the calling
 * thread: an EmbeddedChannel is single-threaded, and this way a table's answer is written before
 * writeInbound returns.
 */
final class Tables implements AutoCloseable {
  final SessionLogs logs;
  final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
  final TableRegistry registry;

  Tables(Path dataDir) {
    logs = SessionLogs.onCallingThread(dataDir);
    registry = new TableRegistry(logs, timers, Runnable::run, Clock.systemUTC());
  }

  Table open(String scenario) throws Exception {
    return registry.open(new ScenarioSource(null).load(scenario, List.of()), List.of(), 1,
        TableOptions.DEFAULT);
  }

  @Override
  public void close() throws IOException {
    timers.shutdownNow();
    logs.close();
  }
}
