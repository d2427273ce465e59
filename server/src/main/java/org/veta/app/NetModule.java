package org.veta.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.veta.facilitation.FacilitatorDesk;
import org.veta.net.NetServer;
import org.veta.net.ServerChannelInitializer;
import org.veta.session.TableRegistry;

/** The network: the pipeline of every connection and the listening server. */
final class NetModule extends AbstractModule {
  @Provides
  @Singleton
  ServerChannelInitializer initializer(TableRegistry tables, FacilitatorDesk desk,
      ServerConfig config, org.veta.metrics.ServerMetrics metrics) {
    return new ServerChannelInitializer(tables, desk, config.readIdle(), config.limits(),
        config.tls(), metrics);
  }

  @Provides
  @Singleton
  NetServer netServer(ServerConfig config, ServerChannelInitializer initializer) {
    return new NetServer(config.host(), config.port(), initializer);
  }
}
