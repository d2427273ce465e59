package org.veta.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.veta.net.NetLimits;
import org.veta.net.ServerTls;
import org.veta.session.PhaseDurations;

/**
 * How a server runs: where it listens, where it keeps its data, where extra scenarios live, the
 * phase lengths of the tables it opens, and how long a silent connection lives. Immutable and
 * checked when made, so a wrong value fails at start with a sentence, not later.
 *
 * @param host the address to bind, e.g. "0.0.0.0" or "127.0.0.1"
 * @param port 0 to 65535; 0 = any free port
 * @param dataDir session logs go to {@code sessions/}, the server log to {@code logs/}
 * @param scenariosDir a directory of extra scenarios, or null
 * @param facilitatorKey the key a facilitator's console must present; empty = make one at start
 * @param limits what a connection and an address may send before they are refused
 * @param tls the certificate to speak TLS with, or {@link ServerTls#NONE}
 */
public record ServerConfig(String host, int port, Path dataDir, Path scenariosDir,
    PhaseDurations durations, Duration readIdle, String facilitatorKey, NetLimits limits,
    ServerTls tls) {
  public static final int DEFAULT_PORT = 7777;
  public static final Duration DEFAULT_READ_IDLE = Duration.ofMinutes(5);

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(durations, "durations");
    Objects.requireNonNull(readIdle, "readIdle");
    Objects.requireNonNull(facilitatorKey, "facilitatorKey");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(tls, "tls");
    if (!facilitatorKey.isEmpty() && facilitatorKey.strip().length() < 16) {
      throw new IllegalArgumentException("a facilitator key needs at least 16 characters");
    }
    if (host.isBlank()) {
      throw new IllegalArgumentException("the address to listen on is empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
    }
    if (readIdle.isNegative() || readIdle.isZero()) {
      throw new IllegalArgumentException("the idle timeout must be positive");
    }
  }

  /** With the default limits and no TLS. */
  public ServerConfig(String host, int port, Path dataDir, Path scenariosDir,
      PhaseDurations durations, Duration readIdle, String facilitatorKey) {
    this(host, port, dataDir, scenariosDir, durations, readIdle, facilitatorKey, NetLimits.DEFAULT,
        ServerTls.NONE);
  }

  /** Every interface, the default port, default phase lengths. */
  public static ServerConfig defaults(Path dataDir) {
    return new ServerConfig("0.0.0.0", DEFAULT_PORT, dataDir, null, PhaseDurations.DEFAULT,
        DEFAULT_READ_IDLE, "");
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, dataDir, scenariosDir, durations, readIdle, facilitatorKey, limits, tls);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, dataDir, scenariosDir, durations, readIdle, facilitatorKey, limits, tls);
  }

  public ServerConfig withScenarios(Path dir) {
    return new ServerConfig(host, port, dataDir, dir, durations, readIdle, facilitatorKey, limits, tls);
  }

  public ServerConfig withDurations(PhaseDurations d) {
    return new ServerConfig(host, port, dataDir, scenariosDir, d, readIdle, facilitatorKey, limits, tls);
  }

  public ServerConfig withReadIdle(Duration idle) {
    return new ServerConfig(host, port, dataDir, scenariosDir, durations, idle, facilitatorKey, limits, tls);
  }

  public ServerConfig withFacilitatorKey(String key) {
    return new ServerConfig(host, port, dataDir, scenariosDir, durations, readIdle, key, limits, tls);
  }

  public ServerConfig withLimits(NetLimits l) {
    return new ServerConfig(host, port, dataDir, scenariosDir, durations, readIdle, facilitatorKey,
        l, tls);
  }

  public ServerConfig withTls(ServerTls t) {
    return new ServerConfig(host, port, dataDir, scenariosDir, durations, readIdle, facilitatorKey,
        limits, t);
  }
}
