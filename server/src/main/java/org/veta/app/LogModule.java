package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.veta.log.SessionLogs;

/** The session logs, one file per table under the data directory, written by one thread. */
final class LogModule extends AbstractModule {
  @Provides
  @Singleton
  SessionLogs sessionLogs(ServerConfig config, org.veta.metrics.ServerMetrics metrics) {
    return new SessionLogs(config.dataDir(), metrics);
  }
}
