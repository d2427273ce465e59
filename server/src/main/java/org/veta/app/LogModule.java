package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.veta.log.SessionLogs;

/**
 * The session logs: one file per table under the data directory, made durable by one shared
 * journal. Only constructed here; the journal is replayed when the logs are first used, not while
 * the object graph is built.
 */
final class LogModule extends AbstractModule {
  @Provides
  @Singleton
  SessionLogs sessionLogs(ServerConfig config, org.veta.metrics.ServerMetrics metrics) {
    return new SessionLogs(config.dataDir(), metrics);
  }
}
