package org.veta.client.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veta.client.shell.ExitCodes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `veta loadtest`: many sessions of network bots against one server, at an open-loop rate, and
 * what came back: connections held, messages a second, acknowledgement latency, fan-out latency,
 * errors, and the server's CPU, heap and GC. See BENCHMARKS.md for the runs and their figures.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
    description = "Load a server with sessions of network bots and report latency and throughput.")
public final class LoadTestCommand implements Callable<Integer> {
  /** The 8-seat scenario the tool carries for load tests (client-cli resources, load/peru8.textproto). */
  static final String EIGHT_SEATS = "peru8";
  static final double MIN_ROUND_SECONDS = 120;

  private final PrintStream out;
  private final PrintStream err;

  public LoadTestCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--connect", paramLabel = "HOST:PORT",
        description = "a running server (give --key-file or --key; run it with "
            + "--max-connections-per-address above the connections of the test)")
    String connect;

    @Option(names = "--spawn", description = "start a server process with a temporary data "
        + "directory and --max-connections-per-address 100000")
    boolean spawn;
  }

  @Option(names = "--key-file", paramLabel = "FILE", description = "the facilitator key, with --connect")
  Path keyFile;

  @Option(names = "--key", paramLabel = "KEY", description = "the facilitator key, with --connect")
  String key;

  @Option(names = "--sessions", paramLabel = "N", defaultValue = "10", description = "sessions (tables) (default: ${DEFAULT-VALUE})")
  int sessions;

  @Option(names = "--seats", paramLabel = "M", defaultValue = "6",
      description = "bots per session: 3 plays tutorial, 6 peru, 8 peru8 unless --scenario says (default: ${DEFAULT-VALUE})")
  int seats;

  @Option(names = "--scenario", paramLabel = "NAME", description = "the scenario of the sessions")
  String scenario;

  @Option(names = "--rate", paramLabel = "MSGS_PER_SEAT_PER_S", defaultValue = "0.5",
      description = "requests each seat sends a second, its bot's own moves included (open loop; "
          + "default: ${DEFAULT-VALUE})")
  double rate;

  @Option(names = "--duration", paramLabel = "D", defaultValue = "60s",
      description = "the measured window: 90s, 5m, 1h (default: ${DEFAULT-VALUE})")
  String duration;

  @Option(names = "--warmup", paramLabel = "D", defaultValue = "15s",
      description = "traffic before the window, not measured (default: ${DEFAULT-VALUE})")
  String warmup;

  @Option(names = "--phase-seconds", paramLabel = "PHASE=SECONDS,...",
      description = "the tables' phase lengths (default: rounds of 2 minutes or more, so long "
          + "that no game ends before the run does: briefing 15 %%, talks 35 %%, orders 35 %%, report 15 %%)")
  String phaseSeconds;

  @Option(names = "--keep-data", description = "keep the spawned server's data directory (session "
      + "logs, journal) after the run; by default only its log stays, since a minute at 1,000 x 8 "
      + "writes 300 MB and a soak gigabytes")
  boolean keepData;

  @Option(names = "--server-heap", paramLabel = "SIZE", defaultValue = "1g",
      description = "-Xmx and -Xms of a spawned server, and of the floor (default: ${DEFAULT-VALUE})")
  String serverHeap;

  @Option(names = "--server-jvm-option", paramLabel = "OPT",
      description = "another option for the spawned server's JVM, e.g. -Dio.netty.leakDetection.level=advanced")
  List<String> serverJvmOptions = new ArrayList<>();

  @Option(names = "--io-threads", defaultValue = "2", description = "the clients' Netty event loops (default: ${DEFAULT-VALUE})")
  int ioThreads;

  @Option(names = "--workers", defaultValue = "0", description = "threads to hand the clients' "
      + "answers and events over to; 0: each client's run on its own event loop, which spares a "
      + "thread switch per message (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--probes-per-second", defaultValue = "20",
      description = "facilitator nudges carrying a timestamp, for the fan-out latency (default: ${DEFAULT-VALUE})")
  double probes;

  @Option(names = "--seed", defaultValue = "1", description = "seeds the tables and the arrivals (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--report-every", paramLabel = "D", defaultValue = "60s",
      description = "print the server's heap, GCs, connections and ack p99 to stderr this often; "
          + "0 = never (default: ${DEFAULT-VALUE})")
  String reportEvery;

  @Option(names = "--bot-think", paramLabel = "D", defaultValue = "500ms",
      description = "how long a bot thinks at most after a phase begins before its own move (it "
          + "reads the table and orders in ORDERS, talks or proposes now and then); drawn uniformly "
          + "below this, and never past four fifths of the phase. `phase`: the whole phase, as "
          + "people spread over it (default: ${DEFAULT-VALUE}: every bot moves within half a "
          + "second of each phase change, the harder case)")
  String botThink;

  @Option(names = "--json", description = "print one JSON object instead of lines")
  boolean json;

  @Option(names = "--floor", description = "also run the same traffic against a bare Netty echo "
      + "server with the same framing, and give the figures as ratios to it")
  boolean floor;

  @Override
  public Integer call() throws Exception {
    Duration window;
    Duration warm;
    Duration think;
    try {
      window = parseDuration(duration);
      warm = parseDuration(warmup);
      think = botThink.strip().equalsIgnoreCase("phase") ? Duration.ofMillis(Long.MAX_VALUE)
          : parseDuration(botThink);
    } catch (IllegalArgumentException e) {
      err.println("veta: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (sessions < 1 || seats < 1 || rate < 0) {
      err.println("veta: --sessions and --seats must be at least 1, --rate at least 0");
      return ExitCodes.USAGE;
    }
    if (ioThreads < 1 || workers < 0) {
      err.println("veta: --io-threads must be at least 1, --workers at least 0");
      return ExitCodes.USAGE;
    }
    String scenarioName = scenario != null ? scenario
        : seats <= 3 ? "tutorial" : seats <= 6 ? "peru" : EIGHT_SEATS;
    Path scenariosDir = null;
    if (EIGHT_SEATS.equals(scenarioName) && target.spawn) {
      scenariosDir = Files.createTempDirectory("veta-load-scenarios");
      try (InputStream in = LoadTestCommand.class.getResourceAsStream("/load/peru8.textproto")) {
        Files.copy(in, scenariosDir.resolve("peru8.textproto"));
      }
    }
    String host = "127.0.0.1";
    int port = 0;
    String secret = "";
    if (!target.spawn) {
      int colon = target.connect.lastIndexOf(':');
      if (colon <= 0) {
        err.println("veta: expected HOST:PORT, not " + target.connect);
        return ExitCodes.USAGE;
      }
      host = target.connect.substring(0, colon);
      port = Integer.parseInt(target.connect.substring(colon + 1));
      try {
        secret = key != null ? key.strip()
            : keyFile != null ? Files.readAllLines(keyFile).stream().findFirst().orElse("").strip() : "";
      } catch (IOException e) {
        err.println("veta: cannot read " + keyFile + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (secret.isEmpty()) {
        err.println("veta: --connect needs the facilitator key (--key-file or --key)");
        return ExitCodes.USAGE;
      }
    }
    int rounds = org.veta.client.bots.Scenarios.rounds(scenarioName, scenariosDir);
    String phases = phaseSeconds != null ? phaseSeconds : phasesOutlasting(warm.plus(window), rounds);
    LoadConfig config = new LoadConfig(host, port, secret, target.spawn, sessions, seats,
        scenarioName, scenariosDir, rate, warm, window, phases, serverHeap, serverJvmOptions,
        ioThreads, workers, probes, seed, parseDuration(reportEvery), think,
        keepData);
    LoadRun run = new LoadRun(config, line -> err.println("loadtest: " + line));
    LoadReport report;
    LoadReport floorReport;
    try {
      report = run.run();
      floorReport = floor ? run.floor() : null;
    } finally {
      // The copied scenario is only for the spawned server; every run used to leave one in /tmp.
      if (scenariosDir != null) {
        LoadRun.removeTree(scenariosDir);
      }
    }
    if (json) {
      out.println(report.json(floorReport));
    } else {
      out.print(report.text(floorReport));
      if (floorReport != null) {
        out.println();
        out.print(floorReport.text(null));
      }
    }
    return ExitCodes.OK;
  }

  /** Phase lengths for which a game of this many rounds lasts longer than the run. */
  static String phasesOutlasting(Duration run, int rounds) {
    // Rounds of two minutes at least, as in a workshop (people read, talk, order), and long
    // enough that no game ends before the run does.
    double round = Math.max(MIN_ROUND_SECONDS, Math.ceil((run.toSeconds() + 60.0) / Math.max(1, rounds)));
    return String.format(Locale.ROOT, "briefing=%.1f,talks=%.1f,orders=%.1f,report=%.1f",
        round * 0.15, round * 0.35, round * 0.35, round * 0.15);
  }

  static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
      }
      if (t.endsWith("h")) {
        return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 3_600_000));
      }
      return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a duration is written 90s, 5m or 1h, not " + text);
    }
  }
}
