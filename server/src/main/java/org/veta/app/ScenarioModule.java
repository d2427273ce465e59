package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;

/** Scenarios: the built-in ones and the facilitator's directory, if any. */
final class ScenarioModule extends AbstractModule {
  @Provides
  @Singleton
  ScenarioSource scenarios(ServerConfig config) {
    return new ScenarioSource(config.scenariosDir());
  }
}
