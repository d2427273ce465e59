package org.veta.app;

import com.google.inject.Guice;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.veta.scenario.ScenarioException;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import org.veta.session.TableRegistry;

/**
 * A game server composed of its modules: open tables, listen, close. Used by `veta serve`, by
 * {@link LocalServer} and by the end-to-end tests, so they all run the same object graph.
 */
public final class VetaServer implements AutoCloseable {
  private final ServerConfig config;
  private final ServerLifecycle lifecycle;
  private final TableRegistry tables;
  private final ScenarioSource scenarios;
  private final org.veta.facilitation.FacilitatorKey key;
  private final org.veta.metrics.ServerMetrics metrics;
  private org.veta.metrics.AdminServer admin;

  @Inject
  VetaServer(ServerConfig config, ServerLifecycle lifecycle, TableRegistry tables,
      ScenarioSource scenarios, org.veta.facilitation.FacilitatorKey key,
      org.veta.metrics.ServerMetrics metrics) {
    this.metrics = metrics;
    this.config = config;
    this.lifecycle = lifecycle;
    this.tables = tables;
    this.scenarios = scenarios;
    this.key = key;
  }

  /** The key a facilitator's console presents: the configured one, or one made at start. */
  public String facilitatorKey() {
    return key.reveal();
  }

  /** Builds the object graph; nothing listens until {@link #listen}. */
  public static VetaServer create(ServerConfig config) {
    return Guice.createInjector(new ConfigModule(config), new NetModule(), new SessionModule(),
        new LogModule(), new ScenarioModule(), new FacilitationModule(), new MetricsModule())
        .getInstance(VetaServer.class);
  }

  /** The SHA-256 fingerprint of the TLS certificate, "AB:CD:..."; null without TLS. */
  public String tlsFingerprint() {
    return config.tls().fingerprint();
  }

  public ServerConfig config() {
    return config;
  }

  public TableRegistry tables() {
    return tables;
  }

  /** The default table options with the configured phase lengths. */
  public TableOptions tableOptions() {
    return TableOptions.DEFAULT.withDurations(config.durations());
  }

  /** Opens a table of a scenario (a built-in name or a file). */
  public Table open(String scenario, List<String> overrides, long seed, TableOptions options)
      throws ScenarioException, IOException {
    return tables.open(scenarios.load(scenario, overrides), overrides, seed, options);
  }

  /**
   * Resumes every session the data directory holds that was not ended (the server stopped without
   * ending it); returns the tables resumed.
   */
  public List<Table> resume() {
    return tables.resumeAll(tableOptions());
  }

  /** The server's counters and histograms (what GetMetrics and the admin port show). */
  public org.veta.metrics.ServerMetrics metrics() {
    return metrics;
  }

  /**
   * Serves GET /metrics (Prometheus text) on host:port, on a thread of its own, until the server
   * closes; returns the bound port (0 = any free port).
   */
  public synchronized int serveMetrics(String host, int port) throws IOException {
    if (admin == null) {
      admin = org.veta.metrics.AdminServer.start(host, port, metrics);
    }
    return admin.port();
  }

  /** Binds the port; returns it. */
  public int listen() throws InterruptedException, java.net.BindException {
    return lifecycle.start();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (admin != null) {
        admin.close();
        admin = null;
      }
    }
    lifecycle.close();
  }
}
