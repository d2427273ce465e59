package org.veta.net;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;

/** A real server on 127.0.0.1, port 0, with the real modules, and the test clients talking to it. */
final class ServerFixture implements AutoCloseable {
  final VetaServer server;
  final int port;
  private final List<TestClient> clients = new ArrayList<>();

  private final Path data;

  ServerFixture(Path data, String phaseSeconds) throws InterruptedException, java.io.IOException {
    this(data, phaseSeconds, config -> config);
  }

  /** With the configuration changed, e.g. tighter limits, a short idle time or TLS. */
  ServerFixture(Path data, String phaseSeconds, UnaryOperator<ServerConfig> change)
      throws InterruptedException, java.io.IOException {
    this.data = data;
    server = VetaServer.create(change.apply(ServerConfig.defaults(data).withHost("127.0.0.1")
        .withPort(0).withDurations(PhaseDurations.parse(phaseSeconds))));
    port = server.listen();
  }

  Table open(String scenario, long seed, String bots) throws Exception {
    return server.open(scenario, List.of(), seed, server.tableOptions().withBots(bots));
  }

  /** A client that has said hello. */
  TestClient client(String name) throws InterruptedException {
    TestClient client = TestClient.connect(name, port);
    clients.add(client);
    client.hello();
    return client;
  }

  /** A facilitator's console that has said hello with the server's key. */
  TestClient facilitator(String name) throws InterruptedException {
    TestClient client = TestClient.connect(name, port);
    clients.add(client);
    client.helloAsFacilitator(server.facilitatorKey());
    return client;
  }

  /** A client over TLS that has connected and said nothing yet. */
  TestClient connect(String name, io.netty.handler.ssl.SslContext tls) throws InterruptedException {
    TestClient client = TestClient.connect(name, port, tls);
    clients.add(client);
    return client;
  }

  /** A client that has connected and said nothing yet. */
  TestClient connect(String name) throws InterruptedException {
    TestClient client = TestClient.connect(name, port);
    clients.add(client);
    return client;
  }

  @Override
  public void close() {
    clients.forEach(TestClient::close);
    server.close();
    // Every session a test played re-executes to the digests its log recorded.
    org.veta.replay.EverySessionVerifies.in(data);
  }
}
