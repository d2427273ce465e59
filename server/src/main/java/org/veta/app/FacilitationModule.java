package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.veta.facilitation.FacilitatorDesk;
import org.veta.facilitation.FacilitatorKey;
import org.veta.protocol.wire.CreateTables;
import org.veta.scenario.LoadedScenario;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import org.veta.session.TableRegistry;

/** The facilitator: the key that admits a console, and the desk that answers it. */
final class FacilitationModule extends AbstractModule {
  private static final SecureRandom SEEDS = new SecureRandom();

  @Provides
  @Singleton
  FacilitatorKey key(ServerConfig config) {
    return config.facilitatorKey().isEmpty() ? FacilitatorKey.generate()
        : FacilitatorKey.of(config.facilitatorKey());
  }

  @Provides
  @Singleton
  FacilitatorDesk desk(TableRegistry tables, ScenarioSource scenarios, FacilitatorKey key,
      @Named(SessionModule.ENGINE_WORKERS) ExecutorService workers, ServerConfig config,
      org.veta.metrics.ServerMetrics metrics) {
    return new FacilitatorDesk(tables, scenarios, key, workers,
        request -> open(tables, scenarios, config, request)).withMetrics(metrics);
  }

  /** Opens a facilitator's tables: the server's phase lengths unless the request says otherwise. */
  private static List<Table> open(TableRegistry tables, ScenarioSource scenarios,
      ServerConfig config, CreateTables request) throws Exception {
    LoadedScenario loaded = scenarios.load(request.getScenario(), request.getOverridesList());
    TableOptions options = TableOptions.DEFAULT
        .withDurations(PhaseDurations.parse(request.getPhaseSeconds(), config.durations()))
        .withBots(request.getBots()).withDeadlinePolicy(request.getDeadlinePolicy());
    // A seed nobody chose is still recorded in each table's log, so the session replays.
    long seed = request.getHasSeed() ? request.getSeed() : SEEDS.nextLong() >>> 16;
    List<Table> opened = new ArrayList<>();
    for (int n = 0; n < Math.max(1, request.getTables()); n++) {
      opened.add(tables.open(loaded, request.getOverridesList(), seed + n, options));
    }
    return opened;
  }
}
