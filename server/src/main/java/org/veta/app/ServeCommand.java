package org.veta.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.veta.net.NetLimits;
import org.veta.net.ServerTls;
import org.veta.scenario.Problem;
import org.veta.scenario.ScenarioException;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `veta serve`: a game server until Ctrl-C. Its stdout is a contract for scripts and tests: once
 * the server accepts connections it prints {@code LISTENING <port>}, then, with --scenario, one
 * {@code TABLE <n> <join code>} per table (n = 1..N; the tables are open before the port is
 * bound), then {@code RESUMED <n> <join code>} per session resumed from the data directory,
 * then {@code TLS FINGERPRINT SHA-256 <AB:CD:...>} with --tls-cert or --tls-self-signed,
 * then {@code ADMIN <port>} with --admin-port, then {@code FACILITATOR KEY <key>} unless the key came from --facilitator-key-file, and
 * nothing else. The log goes to stderr and to DATA/logs/. Interrupting the thread
 * that runs the command stops the server as Ctrl-C does (the tests stop it so).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run a game server; with --scenario, open tables and print their join codes.")
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--console", description = "Read facilitator commands (announce all|N TEXT) from "
      + "standard input even without a terminal.")
  boolean console;

  @Option(names = "--port", defaultValue = "7777", description = "TCP port; 0 = any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "veta-data",
      description = "Where session logs and the server log go (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--scenarios", paramLabel = "DIR", description = "A directory of extra scenarios.")
  Path scenariosDir;

  @Option(names = "--scenario", paramLabel = "NAME|FILE", description = "Open tables of this scenario at start.")
  String scenario;

  @Option(names = "--tables", defaultValue = "1", description = "How many tables to open (default: ${DEFAULT-VALUE}).")
  int tables;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of table 1; table n gets seed+n-1 (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario parameter.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--bots", paramLabel = "STRATEGY|SEAT=STRATEGY,...",
      description = "Who plays the seats nobody takes (default: each seat's scenario default).")
  String bots = "";

  @Option(names = "--facilitator-key-file", paramLabel = "FILE",
      description = "Read the facilitator key from this file (first line) instead of making one.")
  Path facilitatorKeyFile;

  @Option(names = "--phase-seconds", paramLabel = "PHASE=SECONDS,...",
      description = "Phase lengths, e.g. briefing=30,orders=300,report=60.")
  String phaseSeconds;

  @Option(names = "--tls-cert", paramLabel = "FILE",
      description = "Speak TLS with this certificate chain (PEM); needs --tls-key.")
  Path tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE",
      description = "The private key of --tls-cert (PEM: PKCS#8, or PKCS#1 as openssl writes it).")
  Path tlsKey;

  @Option(names = "--tls-self-signed", description = "Speak TLS with a certificate made at start; "
      + "players pin the fingerprint printed on the TLS FINGERPRINT line.")
  boolean tlsSelfSigned;

  @Option(names = "--max-connections-per-address", paramLabel = "N",
      defaultValue = "" + NetLimits.DEFAULT_CONNECTIONS_PER_ADDRESS,
      description = "Open connections allowed from one address, e.g. a classroom behind one "
          + "router (default: ${DEFAULT-VALUE}).")
  int maxConnectionsPerAddress;

  @Option(names = "--admin-port", paramLabel = "N",
      description = "Serve the server's metrics as Prometheus text at http://ADMIN-HOST:N/metrics "
          + "(0 = any free port, printed on an ADMIN line); off unless given.")
  Integer adminPort;

  @Option(names = "--admin-host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address of the admin port; it has no authentication (default: ${DEFAULT-VALUE}).")
  String adminHost;

  @Option(names = "--talk-per-second", paramLabel = "RATE",
      description = "Talk and negotiation a connection may send per second after its burst of 10 "
          + "(default: 1; raise it only for load tests).")
  Double talkPerSecond;

  @Option(names = "--requests-per-second", paramLabel = "RATE",
      description = "Requests of any kind a connection may send per second after its burst of 50 "
          + "(default: 50; raise it only for load tests).")
  Double requestsPerSecond;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = new ServerConfig(host, port, data, scenariosDir, PhaseDurations.parse(phaseSeconds),
          ServerConfig.DEFAULT_READ_IDLE, readKey(facilitatorKeyFile))
          .withLimits(limits())
          .withTls(tls());
      if (scenario != null && (tables < 1 || tables > 100)) {
        throw new IllegalArgumentException("--tables must be 1 to 100");
      }
    } catch (IllegalArgumentException | java.io.IOException e) {
      err.println("veta: " + e.getMessage());
      return 2;
    }
    ServerLogging logging = ServerLogging.start(data, true);
    try (logging; VetaServer server = VetaServer.create(config)) {
      // Sessions the last run did not end (a crash, a power cut) go on where they were.
      List<Table> resumed = server.resume();
      List<Table> opened = new ArrayList<>();
      if (scenario != null) {
        TableOptions options = server.tableOptions().withBots(bots == null ? "" : bots);
        try {
          for (int n = 1; n <= tables; n++) {
            opened.add(server.open(scenario, overrides, seed + n - 1, options));
          }
        } catch (ScenarioException e) {
          err.println("veta: the scenario does not load:");
          for (Problem p : e.problems()) {
            err.println("  " + (p.line() == 0 ? p.message() : p.toString()));
          }
          return 1;
        } catch (IllegalArgumentException e) {
          err.println("veta: " + e.getMessage());
          return 1;
        }
      }
      int bound = server.listen();
      int admin = adminPort == null ? -1 : server.serveMetrics(adminHost, adminPort);
      out.println("LISTENING " + bound);
      for (Table t : opened) {
        // The table's number on this server, as the facilitator's console names it: 1..N on a
        // fresh data directory, after the resumed ones otherwise.
        out.println("TABLE " + t.number() + " " + t.joinCode());
      }
      for (Table t : resumed) {
        out.println("RESUMED " + t.number() + " " + t.joinCode());
      }
      if (config.tls().enabled()) {
        out.println("TLS FINGERPRINT SHA-256 " + config.tls().fingerprint());
      }
      if (admin >= 0) {
        out.println("ADMIN " + admin);
      }
      if (facilitatorKeyFile == null) {
        // Made for this run: shown once here, and kept beside the logs for a console on this
        // machine (`veta facilitate ... --key-file DATA/facilitator.key`).
        keepKey(data.resolve("facilitator.key"), server.facilitatorKey(), err);
        out.println("FACILITATOR KEY " + server.facilitatorKey());
      }
      out.flush();
      // Only with a terminal (or when asked): a test runner's or a service manager's stdin is
      // not a facilitator typing.
      if (console || System.console() != null) {
        new ServeConsole(opened, err).start(System.in);
      }
      interrupted = awaitStop();
      return 0;
    } finally {
      if (interrupted) {
        // Set again only now, so that stopping the server could wait for its threads.
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean interrupted;

  /** The default limits, with what the options raise. */
  private NetLimits limits() {
    NetLimits limits = NetLimits.DEFAULT.withConnectionsPerAddress(maxConnectionsPerAddress);
    if (talkPerSecond != null) {
      limits = limits.withTalk(limits.talkBurst(), talkPerSecond);
    }
    if (requestsPerSecond != null) {
      limits = limits.withRequests(limits.requestBurst(), requestsPerSecond,
          limits.refusalsBeforeClose());
    }
    return limits;
  }

  /** The TLS the options ask for; IllegalArgumentException with a sentence if they do not fit. */
  private ServerTls tls() {
    if (tlsSelfSigned && (tlsCert != null || tlsKey != null)) {
      throw new IllegalArgumentException("--tls-self-signed makes its own certificate; give it "
          + "without --tls-cert and --tls-key");
    }
    if (tlsSelfSigned) {
      return ServerTls.selfSigned();
    }
    if (tlsCert == null && tlsKey == null) {
      return ServerTls.NONE;
    }
    if (tlsCert == null || tlsKey == null) {
      throw new IllegalArgumentException("--tls-cert and --tls-key go together: the certificate "
          + "and its private key");
    }
    return ServerTls.fromPem(tlsCert, tlsKey);
  }

  private static String readKey(Path file) throws java.io.IOException {
    if (file == null) {
      return "";
    }
    try {
      String key = java.nio.file.Files.readAllLines(file).stream().findFirst().orElse("").strip();
      if (key.length() < 16) {
        throw new IllegalArgumentException("the facilitator key in " + file
            + " is shorter than 16 characters");
      }
      return key;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("there is no facilitator key file " + file);
    }
  }

  /** Writes the key readable by its owner only, where the file system allows it. */
  private static void keepKey(Path file, String key, PrintWriter err) {
    try {
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.deleteIfExists(file);
      try {
        java.nio.file.Files.createFile(file, java.nio.file.attribute.PosixFilePermissions
            .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        java.nio.file.Files.createFile(file);
      }
      java.nio.file.Files.writeString(file, key + System.lineSeparator());
    } catch (java.io.IOException e) {
      err.println("veta: could not keep the facilitator key in " + file + ": " + e.getMessage());
    }
  }

  /**
   * Waits until the JVM shuts down (the lifecycle's hook stops the server) or this thread is
   * interrupted; returns true for the latter.
   */
  private static boolean awaitStop() {
    try {
      new CountDownLatch(1).await();
      return false;
    } catch (InterruptedException e) {
      return true;
    }
  }
}
