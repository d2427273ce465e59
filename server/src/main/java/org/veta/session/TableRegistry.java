package org.veta.session;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.engine.Game;
import org.veta.log.SessionLog;
import org.veta.log.SessionLogs;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.log.LogRecord;
import org.veta.scenario.LoadedScenario;

/**
 * The tables a server hosts, found by id or by join code. Opening a table writes its log header
 * (the scenario's full text, its hash, the seed and the overrides), so a log is self-contained.
 * Lookups may come from any thread (Netty's I/O threads resolve join codes).
 */
public final class TableRegistry {
  /** Bumped when the engine's rules change, so a log says which rules it was played under. */
  public static final String ENGINE_VERSION = "veta-engine 0.1.0";
  static final int LOG_FORMAT_VERSION = org.veta.log.LogFormat.VERSION;

  private static final Logger LOG = LoggerFactory.getLogger(TableRegistry.class);
  private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
      .ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC);

  private final SessionLogs logs;
  private final ScheduledExecutorService timers;
  private final Executor workers;
  private final Clock clock;
  private final JoinCodes codes = new JoinCodes();
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<String, Table> byId = new ConcurrentHashMap<>();
  private final Map<String, Table> byCode = new ConcurrentHashMap<>();
  private final Map<Integer, Table> byNumber = new ConcurrentHashMap<>();
  private volatile TableWatch watch = TableWatch.NOBODY;
  /** What every table is given: whoever watches now, so a console that connects later counts. */
  private final TableWatch overview = new TableWatch() {
    @Override
    public boolean active() {
      return watch.active();
    }

    @Override
    public void changed(org.veta.protocol.wire.TableSummary summary) {
      watch.changed(summary);
    }
  };

  private final org.veta.metrics.ServerMetrics metrics;

  public TableRegistry(SessionLogs logs, ScheduledExecutorService timers, Executor workers,
      Clock clock) {
    this(logs, timers, workers, clock, org.veta.metrics.ServerMetrics.detached());
  }

  /** With the server's metrics: tables opened and open, and each table's engine time. */
  public TableRegistry(SessionLogs logs, ScheduledExecutorService timers, Executor workers,
      Clock clock, org.veta.metrics.ServerMetrics metrics) {
    this.metrics = metrics;
    metrics.gauge(org.veta.metrics.ServerMetrics.SESSIONS_OPEN, "Tables open and not ended.",
        () -> byId.values().stream().filter(t -> !t.ended().isDone()).count());
    this.logs = logs;
    this.timers = timers;
    this.workers = workers;
    this.clock = clock;
  }

  /** Opens a table of a loaded scenario; the seed fixes every draw of its game. */
  public Table open(LoadedScenario scenario, List<String> overrides, long seed,
      TableOptions options) throws IOException {
    Game game = Game.compile(scenario.scenario());
    // Checked before the log file exists, so a table that cannot open leaves nothing behind.
    org.veta.simulation.BotAssignment.parse(options.bots()).checkedAgainst(game);
    // Readable in a file listing and a log line: scenario, UTC date and time, a counter.
    int number = counter.incrementAndGet();
    String id = String.format(java.util.Locale.ROOT, "%s-%s-%03d", game.scenario().getId(),
        STAMP.format(clock.instant()), number);
    String code;
    do {
      code = codes.next();
    } while (byCode.containsKey(code));
    SessionLog log = logs.open(id, LogRecord.newBuilder().setHeader(LogHeader.newBuilder()
        .setFormatVersion(LOG_FORMAT_VERSION).setEngineVersion(ENGINE_VERSION).setTableId(id)
        .setJoinCode(code).setScenarioSource(scenario.source()).setScenarioText(scenario.text())
        .setScenarioSha256(scenario.sha256Hex()).addAllOverrides(overrides).setSeed(seed)
        .setTableNumber(number).addAllPhaseSeconds(options.durations().describe())
        .setBots(options.bots()).setStartWhenFull(options.startWhenFull())
        .setStartOnFirstJoin(options.startOnFirstJoin()).setDeadlinePolicy(options.deadlinePolicy())
        .addAllInitialState(SeatViews.indicators(game, game.initialState(), game.initialState(),
            SeatViews.EVERYONE))).build());
    Table table = new Table(id, number, code, game, scenario, seed, options, workers, timers, log,
        clock, overview);
    table.metrics(metrics);
    metrics.increment(org.veta.metrics.ServerMetrics.SESSIONS_TOTAL);
    byId.put(id, table);
    byCode.put(code, table);
    byNumber.put(number, table);
    table.lifecycle("opened", "", game.scenario().getTitle());
    LOG.info("table {} opened: {}, seed {}, join code {}, log {}", id, game.scenario().getId(), seed,
        code, log.path());
    return table;
  }

  /**
   * Resumes every session under the data directory that was not ended (the server stopped
   * without ending it): same state, phase and clock, seats kept for their people. A log damaged in
   * the middle, or one that does not replay to its recorded states, is left as it is and said so;
   * the others resume. Returns the tables resumed.
   */
  public List<Table> resumeAll(TableOptions defaults) {
    // The files are read below before any is reopened: the journal's records must be in them.
    logs.repairFromJournal();
    List<Table> resumed = new java.util.ArrayList<>();
    java.nio.file.Path dir = logs.directory();
    if (!java.nio.file.Files.isDirectory(dir)) {
      return resumed;
    }
    List<java.nio.file.Path> files;
    try (var listing = java.nio.file.Files.list(dir)) {
      files = listing.filter(f -> f.toString().endsWith(".vlog")).sorted().toList();
    } catch (IOException e) {
      LOG.error("cannot list the session logs in {}: {}", dir, e.toString());
      return resumed;
    }
    for (java.nio.file.Path file : files) {
      try {
        resume(file, defaults).ifPresent(resumed::add);
      } catch (IOException | RuntimeException e) {
        LOG.error("session {} cannot be resumed: {}", file.getFileName(), e.toString());
      }
    }
    return resumed;
  }

  private Optional<Table> resume(java.nio.file.Path file, TableOptions defaults) throws IOException {
    var contents = org.veta.log.LogReader.read(file);
    boolean finished = contents.records().stream().anyMatch(r -> r.hasLifecycle()
        && (r.getLifecycle().getEvent().equals("ended")
            || r.getLifecycle().getEvent().equals("log closed")));
    if (finished || contents.records().isEmpty() || !contents.records().get(0).hasHeader()) {
      return Optional.empty();
    }
    long sound = java.nio.file.Files.size(file);
    if (contents.damage().isPresent()) {
      var damage = contents.damage().get();
      if (damage.kind() == org.veta.log.LogReader.Damage.Kind.CORRUPT) {
        LOG.error("session {} stays stopped: {}", file.getFileName(), damage.describe());
        return Optional.empty();
      }
      LOG.warn("session {}: {}", file.getFileName(), damage.describe());
      sound = damage.offset();
    }
    LogHeader header = contents.records().get(0).getHeader();
    org.veta.protocol.scenario.Scenario scenario;
    try {
      scenario = org.veta.log.RecordedScenario.of(header);
    } catch (com.google.protobuf.TextFormat.ParseException
        | org.veta.scenario.ScenarioException e) {
      LOG.error("session {} stays stopped: its scenario cannot be read back: {}",
          file.getFileName(), e.getMessage());
      return Optional.empty();
    }
    LoadedScenario loaded = new LoadedScenario(scenario, header.getScenarioSource(),
        header.getScenarioText(), header.getScenarioSha256());
    TableOptions options = new TableOptions(header.getPhaseSecondsCount() == 0
        ? defaults.durations() : PhaseDurations.parse(String.join(",", header.getPhaseSecondsList())),
        header.getBots(), header.getStartWhenFull(), header.getStartOnFirstJoin(),
        header.getDeadlinePolicy());
    int number = header.getTableNumber() > 0 && !byNumber.containsKey(header.getTableNumber())
        ? header.getTableNumber() : counter.get() + 1;
    counter.accumulateAndGet(number, Math::max);
    long next = contents.records().get(contents.records().size() - 1).getIndex() + 1;
    SessionLog log = logs.reopen(file, sound, next);
    Table table = new Table(header.getTableId(), number, header.getJoinCode(),
        Game.compile(scenario), loaded, header.getSeed(), options, workers, timers, log, clock,
        overview);
    table.metrics(metrics);
    try {
      Resumption.replay(table, contents);
    } catch (Resumption.Diverged e) {
      LOG.error("session {} stays stopped: {}", file.getFileName(), e.getMessage());
      return Optional.empty();
    }
    byId.put(table.id(), table);
    byCode.put(table.joinCode(), table);
    byNumber.put(number, table);
    metrics.increment(org.veta.metrics.ServerMetrics.SESSIONS_TOTAL);
    LOG.info("table {} resumed from its log: {}, join code {}", table.id(), table.cycle().now(),
        table.joinCode());
    return Optional.of(table);
  }

  public Optional<Table> byJoinCode(String typed) {
    return Optional.ofNullable(byCode.get(JoinCodes.normalize(typed)));
  }

  public Optional<Table> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A table as a facilitator names it: its number, its id or its join code. */
  public Optional<Table> find(String name) {
    String typed = name.strip();
    if (typed.matches("\\d{1,6}")) {
      return Optional.ofNullable(byNumber.get(Integer.parseInt(typed)));
    }
    Table table = byId.get(typed);
    return table != null ? Optional.of(table) : byJoinCode(typed);
  }

  /** Who follows the tables' summaries (the facilitators' consoles). */
  public void watch(TableWatch overview) {
    this.watch = overview;
  }

  /** Every table, in the order they were opened. */
  public Collection<Table> tables() {
    return new java.util.TreeMap<>(byNumber).values();
  }

  /** Closes every table's log (games stop where they are), waiting at most the given time. */
  public void closeAll(java.time.Duration wait) {
    var closing = byId.values().stream().map(Table::stop).toList();
    try {
      java.util.concurrent.CompletableFuture.allOf(closing.toArray(new java.util.concurrent.CompletableFuture<?>[0]))
          .get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      LOG.warn("some table logs did not close cleanly: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
