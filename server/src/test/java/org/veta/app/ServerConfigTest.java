package org.veta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  private final ServerConfig config = ServerConfig.defaults(Path.of("veta-data"));

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertThat(config.port()).isEqualTo(7777);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.scenariosDir()).isNull();
    assertThat(config.readIdle()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.withPort(0).port()).isZero();
    assertThat(config.limits()).isEqualTo(org.veta.net.NetLimits.DEFAULT);
    assertThat(config.limits().connectionsPerAddress()).isEqualTo(64);
    assertThat(config.limits().talkBurst()).isEqualTo(10);
    assertThat(config.limits().requestsPerSecond()).isEqualTo(50.0);
    assertThat(config.limits().wrongCodes()).isEqualTo(20);
    assertThat(config.tls().enabled()).as("plain TCP unless asked").isFalse();
    assertThat(config.withPort(0).withHost("127.0.0.1").limits()).as("kept by the withers")
        .isEqualTo(config.limits());
  }

  @Test
  void wrongValuesAreRefusedWhenMade() {
    assertThatThrownBy(() -> config.withPort(70000)).hasMessageContaining("0 to 65535");
    assertThatThrownBy(() -> config.withPort(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withHost(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withReadIdle(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withDurations(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> config.withLimits(config.limits().withConnectionsPerAddress(0)))
        .hasMessageContaining("1 to 100000");
    assertThatThrownBy(() -> config.withTls(null)).isInstanceOf(NullPointerException.class);
  }
}
