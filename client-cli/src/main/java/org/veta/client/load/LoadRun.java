package org.veta.client.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.veta.client.bots.BotFleet;
import org.veta.client.bots.NetworkBot;
import org.veta.client.net.ClientThreads;
import org.veta.client.net.ClientTls;
import org.veta.client.net.GameClient;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.CreateTables;
import org.veta.protocol.wire.GetMetrics;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.Metrics;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.Talk;

/**
 * Runs one load test: starts (or reaches) the server, opens the sessions as a facilitator, seats
 * network bots in them ({@link BotFleet}, the code `veta bots` runs), drives every seat with an
 * open-loop rate of requests (Poisson arrivals: one pacer thread sends at the scheduled times
 * whatever the answers do), probes fan-out with the facilitator's nudges, and reports what the
 * clients measured and what the server's GetMetrics said over the measured window.
 *
 * <p>The floor ({@link #floor}) runs the same number of connections and the same arrivals through
 * the same client code against {@link EchoFloor}.
 */
final class LoadRun {
  /** A seat the pacer drives: a bot at a table, or a bare client of the echo floor. */
  interface Seat {
    void act(boolean mayTalk);

    boolean connected();

    void close();
  }

  /** Talk and negotiation stay under the server's default allowance of 1 a second per connection. */
  static final long TALK_GAP_NANOS = 1_250_000_000L;

  private final LoadConfig config;
  private final Consumer<String> progress;

  LoadRun(LoadConfig config, Consumer<String> progress) {
    this.config = config;
    this.progress = progress;
  }

  // ------------------------------------------------------------ the real server

  LoadReport run() throws Exception {
    Path temp = Files.createTempDirectory("veta-loadtest");
    ChildProcess server = null;
    String host = config.host();
    int port = config.port();
    String key = config.key();
    LoadStats stats = new LoadStats();
    List<String> notes = new ArrayList<>();
    try {
      if (config.spawn()) {
        key = "loadtest-" + Long.toHexString(new Random().nextLong()) + "-key";
        Path keyFile = Files.writeString(temp.resolve("facilitator.key"), key + "\n");
        List<String> args = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0",
            "--data", temp.resolve("data").toString(), "--facilitator-key-file", keyFile.toString(),
            "--max-connections-per-address", "100000"));
        if (config.scenariosDir() != null) {
          args.addAll(List.of("--scenarios", config.scenariosDir().toString()));
        }
        // The heap is touched once at start: otherwise G1 takes the page faults of each region it
        // first copies survivors into inside its pauses (kernel time 0.1 s in pauses of 0.2 s).
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + config.serverHeap(),
            "-Xms" + config.serverHeap(), "-XX:+AlwaysPreTouch"));
        jvm.addAll(config.serverJvmOptions());
        server = new ChildProcess(jvm, "org.veta.app.VetaMain", args, temp.resolve("server.err"));
        host = "127.0.0.1";
        port = Integer.parseInt(server.await("LISTENING ").substring("LISTENING ".length()).strip());
        progress.accept("server started (pid " + server.pid() + ", port " + port + ", -Xmx"
            + config.serverHeap() + ", data " + temp.resolve("data") + ")");
        notes.add("server spawned with -Xms" + config.serverHeap() + " -Xmx" + config.serverHeap()
            + " -XX:+AlwaysPreTouch and --max-connections-per-address 100000; other limits at "
            + "their defaults");
        notes.add("server log: " + temp.resolve("server.err") + (config.keepData()
            ? "; data kept in " + temp.resolve("data")
            : "; its data directory is removed after the run (--keep-data keeps it)"));
      }
      try (ClientThreads threads = new ClientThreads(config.ioThreads(), Math.max(1, config.workers()),
            config.workers() == 0);
          GameClient facilitator = new GameClient(stats::facilitatorEvent, a -> { })) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "loadtest-timer");
          t.setDaemon(true);
          return t;
        });
        try {
          facilitator.connectAsFacilitator(host, port, key, "loadtest").get(30, TimeUnit.SECONDS);
          List<TableSummary> tables = createTables(facilitator);
          progress.accept(tables.size() + " sessions of " + config.scenario() + " opened");
          List<NetworkBot> bots = seat(threads, timer, host, port, tables, stats);
          progress.accept(bots.size() + " bots seated");
          // Seating leaves thousands of clients' state in the young generation: collect it now,
          // so that its one-time copy to the old generation is not a pause inside the window.
          System.gc();
          List<Seat> seats = new ArrayList<>();
          for (NetworkBot bot : bots) {
            seats.add(new Seat() {
              @Override
              public void act(boolean mayTalk) {
                bot.act(mayTalk);
              }

              @Override
              public boolean connected() {
                return !bot.client().closed().isDone();
              }

              @Override
              public void close() {
                bot.close();
              }
            });
          }
          Runnable probe = probes(facilitator, tables, stats);
          LoadReport report = drive(seats, stats, timer, probe,
              () -> metrics(facilitator), "veta");
          seats.forEach(Seat::close);
          report.notes().addAll(notes);
          roundNote(config.warmup(), config.duration(), config.phaseSeconds())
              .ifPresent(report.notes()::add);
          return report;
        } finally {
          timer.shutdownNow();
        }
      }
    } finally {
      if (server != null) {
        server.close();
        Path err = temp.resolve("server.err");
        if (Files.exists(err)) {
          LoadReport.lastServerLog = err;
        }
        if (!config.keepData()) {
          removeTree(temp.resolve("data"));
        }
      }
      // Against a running server nothing was written here.
      try {
        Files.deleteIfExists(temp);
      } catch (java.nio.file.DirectoryNotEmptyException kept) {
        // the server's log (and its data, if asked) stay for the person to read
      }
    }
  }

  /**
   * What a reader of the figures should know when the warm-up or the window is shorter than one
   * round of the tables. A table runs different code in each phase: a phase first met inside the
   * window runs there before the JIT has compiled it (runs of the same code: p99 74 and 95 ms
   * after a round of warm-up, 3.5 s after 30 s), and a window shorter than a round sees
   * some phases and not others, so only runs with the same warm-up and window compare.
   */
  static java.util.Optional<String> roundNote(Duration warmup, Duration window,
      String phaseSeconds) {
    double round = 0;
    for (String phase : phaseSeconds == null ? new String[0] : phaseSeconds.split(",")) {
      String[] named = phase.split("=");
      try {
        round += named.length == 2 ? Double.parseDouble(named[1].strip()) : 0;
      } catch (NumberFormatException e) {
        return java.util.Optional.empty(); // the server refused such phases before the run
      }
    }
    if (round <= 0) {
      return java.util.Optional.empty();
    }
    List<String> shorter = new ArrayList<>();
    if (warmup.toMillis() < round * 1000) {
      shorter.add("the warm-up (" + seconds(warmup) + ")");
    }
    if (window.toMillis() < round * 1000) {
      shorter.add("the window (" + seconds(window) + ")");
    }
    if (shorter.isEmpty()) {
      return java.util.Optional.empty();
    }
    String r = seconds(Duration.ofMillis(Math.round(round * 1000)));
    return java.util.Optional.of(String.join(" and ", shorter)
        + (shorter.size() == 1 ? " is" : " are")
        + " shorter than a round of the tables (" + r + "): the server met some phases for the "
        + "first time inside the window, or the window saw only some phases; compare runs with "
        + "the same warm-up and window, and for a warm server's figures use --warmup " + r
        + " --duration " + r + " (or longer)");
  }

  private static String seconds(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s"
        : String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
  }

  /** Deletes a directory and all in it, deepest first; what cannot be deleted is left. */
  static void removeTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          // left behind; the directory is in the system's temporary space
        }
      });
    } catch (IOException e) {
      // as above
    }
  }

  private List<TableSummary> createTables(GameClient facilitator) throws Exception {
    List<TableSummary> tables = new ArrayList<>();
    int left = config.sessions();
    while (left > 0) {
      int batch = Math.min(50, left);
      ServerMessage answer = facilitator.request(ClientMessage.newBuilder().setCreateTables(
          CreateTables.newBuilder().setScenario(config.scenario()).setTables(batch)
              .setHasSeed(true).setSeed(config.seed() + tables.size())
              .setPhaseSeconds(config.phaseSeconds()))).get(120, TimeUnit.SECONDS);
      if (answer.hasError()) {
        throw new IOException("the server refused to open tables: " + answer.getError().getMessage());
      }
      // The overview lists every table of the server: the new ones are the last `batch`.
      List<TableSummary> all = answer.getTables().getTablesList();
      tables.addAll(all.subList(all.size() - batch, all.size()));
      left -= batch;
    }
    return tables;
  }

  private List<NetworkBot> seat(ClientThreads threads, ScheduledExecutorService timer, String host,
      int port, List<TableSummary> tables, LoadStats stats) throws Exception {
    NetworkBot.Options options = new NetworkBot.Options("historical", false, config.botThink().toMillis(), 0.1, 0.05,
        config.seed());
    List<NetworkBot> bots = Collections.synchronizedList(new ArrayList<>());
    ExecutorService joiners = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      AtomicLong done = new AtomicLong();
      for (TableSummary table : tables) {
        jobs.add(joiners.submit(() -> {
          List<NetworkBot> seated = BotFleet.join(threads, timer, host, port, ClientTls.NONE,
              table.getJoinCode(), config.seats(), List.of(), "Load", options, stats);
          bots.addAll(seated);
          if (seated.size() < table.getSeatsCount()) {
            seated.get(0).start().get(30, TimeUnit.SECONDS);
          }
          long n = done.incrementAndGet();
          if (n % 100 == 0) {
            progress.accept(n + " sessions seated");
          }
          return null;
        }));
      }
      for (Future<?> job : jobs) {
        job.get(10, TimeUnit.MINUTES);
      }
    } finally {
      joiners.shutdownNow();
    }
    return new ArrayList<>(bots);
  }

  private Runnable probes(GameClient facilitator, List<TableSummary> tables, LoadStats stats) {
    AtomicLong next = new AtomicLong();
    return () -> {
      TableSummary table = tables.get((int) (next.getAndIncrement() % tables.size()));
      stats.probeSent();
      facilitator.request(ClientMessage.newBuilder().setNudge(Nudge.newBuilder()
          .setTable(Integer.toString(table.getNumber()))
          .setText("load " + NetworkBot.PROBE + System.nanoTime())));
    };
  }

  private Metrics metrics(GameClient facilitator) {
    try {
      ServerMessage answer = facilitator.request(ClientMessage.newBuilder()
          .setGetMetrics(GetMetrics.getDefaultInstance())).get(30, TimeUnit.SECONDS);
      return answer.hasMetrics() ? answer.getMetrics() : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * The warm-up, then the measured window: Poisson arrivals at seats × rate a second, each sent to
   * a seat chosen at random; the connections held are counted every second.
   */
  private LoadReport drive(List<Seat> seats, LoadStats stats, ScheduledExecutorService timer,
      Runnable probe, java.util.function.Supplier<Metrics> metrics, String target)
      throws InterruptedException {
    double perSecond = seats.size() * config.ratePerSeat();
    long[] lastTalk = new long[seats.size()];
    Random random = new Random(config.seed());
    long start = System.nanoTime();
    long warmupEnd = start + config.warmup().toNanos();
    long end = warmupEnd + config.duration().toNanos();
    long[] minHeld = {Long.MAX_VALUE};
    var counting = timer.scheduleAtFixedRate(() -> {
      if (System.nanoTime() >= warmupEnd) {
        long held = seats.stream().filter(Seat::connected).count();
        minHeld[0] = Math.min(minHeld[0], held);
      }
    }, 1, 1, TimeUnit.SECONDS);
    // Every minute (and at the start of the window): the server's heap, connections and
    // acknowledgement p99, for a soak's record of the heap over time.
    long startedAt = System.nanoTime();
    var watching = config.reportEvery().isZero() ? null : timer.scheduleAtFixedRate(() -> {
      Metrics m = metrics.get();
      if (m != null) {
        double p99 = m.getHistogramsList().stream().filter(h -> h.getName().equals("ack_latency_us"))
            .mapToDouble(org.veta.protocol.wire.Histogram::getP99).findFirst().orElse(0) / 1000;
        progress.accept(String.format(java.util.Locale.ROOT, "t=%ds heap %.0f MiB used of %.0f, "
            + "%d GCs %d ms, connections %.0f, cpu %.0f%%, server ack p99 %.1f ms (since start)",
            (System.nanoTime() - startedAt) / 1_000_000_000L, m.getHeapUsedBytes() / 1048576.0,
            m.getHeapMaxBytes() / 1048576.0, m.getGcCount(), m.getGcTimeMs(),
            m.getCountersOrDefault("connections_open", 0), m.getProcessCpuLoad() * 100, p99));
      }
    }, config.reportEvery().toMillis(), config.reportEvery().toMillis(), TimeUnit.MILLISECONDS);
    java.util.concurrent.ScheduledFuture<?> probing = null;
    if (probe != null && config.probesPerSecond() > 0) {
      long every = Math.max(1, (long) (1_000_000 / config.probesPerSecond()));
      probing = timer.scheduleAtFixedRate(probe, every, every, TimeUnit.MICROSECONDS);
    }
    Metrics before = null;
    boolean measuring = false;
    long lagMax = 0;
    OwnRequests own = new OwnRequests();
    own.restart(stats.sent.sum());
    long next = System.nanoTime();
    progress.accept(String.format(java.util.Locale.ROOT,
        "warming up for %d s, then measuring for %d s at %.0f requests/s", config.warmup().toSeconds(),
        config.duration().toSeconds(), perSecond));
    while (true) {
      long now = System.nanoTime();
      if (!measuring && now >= warmupEnd) {
        stats.reset();
        own.restart(0);
        before = metrics.get();
        measuring = true;
        lagMax = 0;
        now = System.nanoTime();
        next = now; // the arrivals go on from here, not from before the metrics were read
      }
      if (now >= end) {
        break;
      }
      if (perSecond <= 0) {
        Thread.sleep(100);
        continue;
      }
      next += (long) (-Math.log(1 - random.nextDouble()) / perSecond * 1e9);
      long wait = next - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      } else {
        lagMax = Math.max(lagMax, -wait);
      }
      int i = random.nextInt(seats.size());
      if (own.takesArrival(stats.sent.sum())) {
        continue;
      }
      long t = System.nanoTime();
      boolean mayTalk = t - lastTalk[i] >= TALK_GAP_NANOS;
      if (mayTalk) {
        lastTalk[i] = t;
      }
      seats.get(i).act(mayTalk);
    }
    long measuredNanos = System.nanoTime() - (warmupEnd);
    counting.cancel(false);
    if (watching != null) {
      watching.cancel(false);
    }
    if (probing != null) {
      probing.cancel(false);
    }
    // Let the answers to the last requests arrive before the figures are read.
    Thread.sleep(1000);
    Metrics after = metrics.get();
    long held = seats.stream().filter(Seat::connected).count();
    LoadReport report = LoadReport.of(config, target, stats, before, after, measuredNanos / 1e9,
        Math.min(minHeld[0], held), held, lagMax);
    if (own.taken() > 0) {
      report.notes().add(own.taken() + " paced arrivals in the window were taken by requests the "
          + "bots sent on their own (their moves as a phase began, answers to proposals): the "
          + "rate counts every request the seats send");
    }
    return report;
  }

  // ------------------------------------------------------------ the floor

  /** The same connections and arrivals through GameClient against the bare echo server. */
  LoadReport floor() throws Exception {
    Path temp = Files.createTempDirectory("veta-floor");
    try {
      return floorIn(temp);
    } finally {
      // The echo server's error output is all it writes; an empty one is not worth keeping.
      Path err = temp.resolve("floor.err");
      if (!Files.exists(err) || Files.size(err) == 0) {
        removeTree(temp);
      }
    }
  }

  private LoadReport floorIn(Path temp) throws Exception {
    LoadStats stats = new LoadStats();
    try (ChildProcess echo = new ChildProcess(List.of("-Xmx" + config.serverHeap()),
        EchoFloor.class.getName(), List.of("0"), temp.resolve("floor.err"));
        ClientThreads threads = new ClientThreads(config.ioThreads(), Math.max(1, config.workers()),
            config.workers() == 0)) {
      int port = Integer.parseInt(echo.await("LISTENING ").substring("LISTENING ".length()).strip());
      progress.accept("echo floor started (pid " + echo.pid() + ", port " + port + ")");
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "floor-timer");
        t.setDaemon(true);
        return t;
      });
      List<Seat> seats = new ArrayList<>();
      try {
        List<CompletableFuture<?>> connecting = new ArrayList<>();
        for (int n = 0; n < config.connections(); n++) {
          FloorSeat seat = new FloorSeat(threads, stats, config.seed() + n);
          seats.add(seat);
          connecting.add(seat.client.connect("127.0.0.1", port));
          if (connecting.size() >= 200) {
            CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            connecting.clear();
          }
        }
        CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        progress.accept(seats.size() + " floor clients connected");
        LoadReport report = drive(seats, stats, timer, null, () -> null, "echo floor");
        report.notes().add("the floor answers every request at once with Ok (Hello with Welcome): "
            + "no table, log or fsync; it sends no events, so it has no fan-out figure");
        return report;
      } finally {
        seats.forEach(Seat::close);
        timer.shutdownNow();
      }
    }
  }

  /** A bare client of the echo floor: requests of the sizes the bots send. */
  private static final class FloorSeat implements Seat {
    final GameClient client;
    final LoadStats stats;
    final Random random;

    FloorSeat(ClientThreads threads, LoadStats stats, long seed) {
      this.client = new GameClient(threads, m -> { }, a -> { });
      this.stats = stats;
      this.random = new Random(seed);
    }

    @Override
    public void act(boolean mayTalk) {
      double dice = random.nextDouble();
      ClientMessage.Builder request;
      if (mayTalk && dice < 0.4) {
        request = ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(Channel.PUBLIC)
            .setText("The federation will not accept this. " + NetworkBot.PROBE + System.nanoTime()));
      } else if (dice < 0.7) {
        request = ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder()
            .addMoves("strike scale=0.7 days=10").addMoves("organize"));
      } else {
        request = ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance());
      }
      ClientMessage.BodyCase kind = request.getBodyCase();
      stats.sent(kind);
      long sent = System.nanoTime();
      client.request(request).whenComplete((answer, error) -> {
        if (error != null) {
          stats.lost(kind, error);
        } else {
          stats.answered(kind, System.nanoTime() - sent, answer);
        }
      });
    }

    @Override
    public boolean connected() {
      return !client.closed().isDone();
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
