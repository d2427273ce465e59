package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.veta.metrics.ServerMetrics;

/**
 * The server's metrics: one registry that the network (connections, messages, acknowledgement
 * latency), the tables (sessions, engine time), the session logs (fsync latency) and the
 * facilitator's desk (GetMetrics) share. The admin port that shows it is started by
 * {@link VetaServer#serveMetrics} when asked (`veta serve --admin-port N`).
 */
final class MetricsModule extends AbstractModule {
  @Provides
  @Singleton
  ServerMetrics metrics() {
    return new ServerMetrics();
  }
}
