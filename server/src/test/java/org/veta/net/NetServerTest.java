package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Binding, refusing a taken port, stopping. */
class NetServerTest {
  private static ServerChannelInitializer pipeline() {
    return new ServerChannelInitializer(null, null, Duration.ofMinutes(5));
  }

  @Test
  void bindsAFreePortAcceptsAndStops() throws Exception {
    NetServer server = new NetServer("127.0.0.1", 0, pipeline());
    int port = server.start();
    assertThat(port).isPositive();
    assertThat(server.port()).isEqualTo(port);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      assertThat(socket.isConnected()).isTrue();
    }
    NetServer second = new NetServer("127.0.0.1", port, pipeline());
    assertThatThrownBy(second::start).isInstanceOf(BindException.class)
        .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("--port");
    server.close();
    server.close();
    try (Socket socket = new Socket()) {
      assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", port), 5000))
          .isInstanceOf(java.net.ConnectException.class);
    }
  }
}
