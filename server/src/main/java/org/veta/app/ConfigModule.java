package org.veta.app;

import com.google.inject.AbstractModule;

/** The server's configuration, for every module that needs it. */
final class ConfigModule extends AbstractModule {
  private final ServerConfig config;

  ConfigModule(ServerConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    bind(ServerConfig.class).toInstance(config);
  }
}
