package org.veta.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.net.NetLimits;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.PhaseDurations;
import picocli.CommandLine;

/**
 * The load tool, small: two tutorial sessions for a few seconds against a server in this process,
 * and the same traffic against the echo floor in a process of its own. What it prints is checked
 * for shape and sense, never for speed.
 */
class LoadTestCommandTest {
  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new CommandLine(new LoadTestCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as("stdout:%n%s%nstderr:%n%s", printed, err.toString(StandardCharsets.UTF_8))
        .isZero();
    return printed;
  }

  @Test
  void aSmallRunAgainstARealServerReportsAsJson(@TempDir Path dir) throws Exception {
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir.resolve("data"))
        .withHost("127.0.0.1").withPort(0)
        .withLimits(NetLimits.DEFAULT.withConnectionsPerAddress(1000))
        .withDurations(PhaseDurations.DEFAULT))) {
      int port = server.listen();
      Path key = Files.writeString(dir.resolve("key"), server.facilitatorKey() + "\n");
      String json = run("--connect", "127.0.0.1:" + port, "--key-file", key.toString(),
          "--sessions", "2", "--seats", "3", "--rate", "2", "--warmup", "1s", "--duration", "3s",
          "--phase-seconds", "briefing=0.5,talks=1,orders=1,report=0.5", "--json");
      assertThat(json.strip()).startsWith("{").endsWith("}");
      assertThat(json).contains("\"target\":\"veta\"", "\"connections\":6",
          "\"connections_held_end\":6", "\"ack_ms\":{\"count\":", "\"fanout_nudge_ms\":",
          "\"server\":{", "\"messages_in_per_s\":", "\"heap_used_mib\":", "\"ack_latency_ms\":",
          "\"fsync_latency_ms\":", "\"engine_round_ms\":");
      assertThat(json).doesNotContain("\"answers\":0,");
      assertThat(json).doesNotContain("RATE_LIMITED");
    }
  }

  @Test
  void aSpawnedServerLeavesItsLogAndNotItsData() throws Exception {
    String json = run("--spawn", "--server-heap", "256m", "--sessions", "1", "--seats", "3",
        "--rate", "2", "--warmup", "1s", "--duration", "2s",
        "--phase-seconds", "briefing=0.5,talks=1,orders=1,report=0.5", "--json");
    assertThat(json).contains("\"target\":\"veta\"", "\"connections_held_end\":3");
    java.util.regex.Matcher log = java.util.regex.Pattern.compile("server log: ([^;\"]+);")
        .matcher(json);
    assertThat(log.find()).as("the notes name the server's log: %s", json).isTrue();
    Path serverLog = Path.of(log.group(1).replace("\\\\", "\\"));
    try {
      assertThat(serverLog).exists();
      // Session logs and the journal of a run are gone: a soak at 1,000 x 8 left 4.5 GB.
      assertThat(serverLog.resolveSibling("data")).doesNotExist();
    } finally {
      LoadRun.removeTree(serverLog.getParent());
    }
  }

  @Test
  void theFloorRunsTheSameTrafficAgainstABareEchoServer() throws Exception {
    LoadConfig config = new LoadConfig("127.0.0.1", 0, "", false, 2, 3, "tutorial", null, 5,
        Duration.ofMillis(500), Duration.ofSeconds(2), "", "64m", java.util.List.of(), 1, 1, 0, 1,
        Duration.ZERO, Duration.ofMillis(500), false);
    LoadReport floor = new LoadRun(config, line -> { }).floor();
    assertThat(floor.target()).isEqualTo("echo floor");
    assertThat(floor.heldEnd()).isEqualTo(6);
    assertThat(floor.answered()).isPositive();
    assertThat(floor.ack().count()).isPositive();
    assertThat(floor.errors()).isEmpty();
    assertThat(floor.text(null)).contains("ack latency", "connections held");
  }

  @Test
  void durationsAndPhases() {
    assertThat(LoadTestCommand.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(LoadTestCommand.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(LoadTestCommand.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(LoadTestCommand.parseDuration("2")).isEqualTo(Duration.ofSeconds(2));
    // A 30-minute run of a 14-round game: rounds of at least (1800 + 60) / 14 s.
    String phases = LoadTestCommand.phasesOutlasting(Duration.ofMinutes(30), 14);
    double round = java.util.Arrays.stream(phases.split(","))
        .mapToDouble(p -> Double.parseDouble(p.split("=")[1])).sum();
    assertThat(round * 14).isGreaterThan(1800);
  }

  @Test
  void aWarmUpOrWindowShorterThanARoundIsSaidInTheNotes() {
    String round = "briefing=18,talks=42,orders=42,report=18";
    assertThat(LoadRun.roundNote(Duration.ofSeconds(120), Duration.ofSeconds(120), round)).isEmpty();
    assertThat(LoadRun.roundNote(Duration.ofSeconds(15), Duration.ofSeconds(120), round)).hasValueSatisfying(
        note -> assertThat(note).startsWith("the warm-up (15s) is shorter than a round of the tables (120s)")
            .endsWith("use --warmup 120s --duration 120s (or longer)"));
    assertThat(LoadRun.roundNote(Duration.ofMillis(500), Duration.ofSeconds(60), round)).hasValueSatisfying(
        note -> assertThat(note).startsWith("the warm-up (0.5s) and the window (60s) are shorter"));
    assertThat(LoadRun.roundNote(Duration.ofSeconds(1), Duration.ofSeconds(1), "")).isEmpty();
  }

  @Test
  void theReportSaysWhichSecondsWereSlow() {
    LoadStats stats = new LoadStats();
    stats.reset();
    long start = stats.windowStart();
    ClientMessage.BodyCase talk = ClientMessage.BodyCase.TALK;
    ServerMessage ok = ServerMessage.getDefaultInstance();
    // sent at 1.498 s, 2 ms: fast
    stats.answered(talk, 2_000_000L, ok, start + 1_500_000_000L);
    // sent at 1.3 s, answered 300 ms later: slow, in second 1 where it was sent
    stats.answered(talk, 300_000_000L, ok, start + 1_600_000_000L);
    // sent at 3.15 s: slow
    stats.answered(talk, 50_000_000L, ok, start + 3_200_000_000L);
    // sent before the window (answered in it): counted in the histogram, not in the seconds
    stats.answered(talk, 500_000_000L, ok, start + 100_000_000L);

    // events by when they arrived
    ServerMessage phase = ServerMessage.newBuilder().setPhaseChanged(
        org.veta.protocol.wire.PhaseChanged.getDefaultInstance()).build();
    stats.event(phase, start + 2_100_000_000L);
    stats.event(phase, start + 2_900_000_000L);
    stats.event(phase, start - 1);

    assertThat(stats.seconds()).containsExactly(new LoadStats.Second(0, 0, 0, 0, 0),
        new LoadStats.Second(1, 2, 1, 300, 0), new LoadStats.Second(2, 0, 0, 0, 2),
        new LoadStats.Second(3, 1, 1, 50, 0));
    LoadConfig config = new LoadConfig("127.0.0.1", 0, "", false, 1, 3, "tutorial", null, 1,
        Duration.ZERO, Duration.ofSeconds(4), "", "64m", java.util.List.of(), 1, 0, 0, 1,
        Duration.ZERO, Duration.ofMillis(500), false);
    LoadReport report = LoadReport.of(config, "veta", stats, null, null, 4.0, 3, 3, 0);
    assertThat(report.ack().count()).isEqualTo(4);
    assertThat(report.text(null)).contains(
        "slowest seconds      t=1s max 300 ms (1 of 2 over 10 ms), "
            + "t=3s max 50.0 ms (1 of 1 over 10 ms)");
    assertThat(report.json(null)).contains("\"ack_by_second\":[{\"second\":0,\"requests\":0,"
        + "\"over_10ms\":0,\"max_ms\":0,\"events\":0},{\"second\":1,\"requests\":2,\"over_10ms\":1,"
        + "\"max_ms\":300,\"events\":0},");
    assertThat(report.json(null)).contains("\"events_by_kind\":{\"PHASE_CHANGED\":3}");
  }

  @Test
  void numbersInTheJsonAreJsonNumbers() {
    // A run's length measured as 60.00001 s was once written "60.", which no JSON reader takes.
    assertThat(LoadReport.num(60.00001)).isEqualTo("60");
    assertThat(LoadReport.num(1000.00002)).isEqualTo("1000");
    assertThat(LoadReport.num(0.00001)).isEqualTo("0");
    assertThat(LoadReport.num(2.5)).isEqualTo("2.5");
    assertThat(LoadReport.num(0.125)).isEqualTo("0.125");
    assertThat(LoadReport.num(40)).isEqualTo("40");
    assertThat(LoadReport.num(Double.NaN)).isEqualTo("null");
  }
}
