package org.veta.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.log.SessionLog;
import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogOutput;
import org.veta.concurrent.SerialExecutor;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.OmniView;
import org.veta.protocol.wire.TableOutcome;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableView;
import org.veta.scenario.LoadedScenario;
import org.veta.simulation.BotAssignment;

/**
 * One table: a game of one scenario, its seats, the people and bots in them, and its rounds.
 *
 * <p>Everything a table does runs on its own serial executor, in the order requests arrive, on a
 * worker pool shared with other tables: Netty's I/O threads only hand requests over, and timers only
 * post tasks. So the table's state needs no locks, and one table's engine work never holds up
 * another's network. Every request, answer and event is written to the table's session log.
 */
public final class Table {
  private static final Logger LOG = LoggerFactory.getLogger(Table.class);

  private final String id;
  private final int number;
  private final String joinCode;
  /** The scenario compiled, with the events a facilitator injected; replaced on the executor. */
  private Game game;
  private final LoadedScenario scenario;
  private final long seed;
  private final TableOptions options;
  private final BotAssignment bots;
  private final SerialExecutor executor;
  private final SessionLog log;
  private final Clock clock;
  private final Map<String, SeatSlot> seats = new LinkedHashMap<>();
  private final Map<Member, SeatSlot> members = new LinkedHashMap<>();
  private final RoundCycle cycle;
  private final Requests requests;
  private final Talks talks;
  private final Deals deals;
  private final Watchers watchers;
  private final Controls controls;
  private final Grace grace;
  /**
   * Counts the summaries built, on the table's executor: a facilitator keeps the newest. It starts
   * from the clock (in thousandths of a millisecond) so that it still grows across a restart, when
   * a facilitator's console reconnects holding the revisions of before.
   */
  private long summaryRevision;
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private long seq;
  private org.veta.metrics.ServerMetrics metrics = org.veta.metrics.ServerMetrics.detached();
  /** How long requests wait for this table's thread: read on every request, so looked up once. */
  private volatile org.veta.metrics.LatencyHistogram queueWait =
      metrics.histogram(org.veta.metrics.ServerMetrics.TABLE_QUEUE);
  /** When the round being resolved entered RESOLUTION (System.nanoTime); 0 = none. */
  private long resolving;

  Table(String id, int number, String joinCode, Game game, LoadedScenario scenario, long seed,
      TableOptions options, Executor workers, ScheduledExecutorService timers, SessionLog log,
      Clock clock, TableWatch watch) {
    this.id = id;
    this.number = number;
    this.joinCode = joinCode;
    this.game = game;
    this.scenario = scenario;
    this.seed = seed;
    this.options = options;
    this.bots = BotAssignment.parse(options.bots()).checkedAgainst(game);
    this.executor = new SerialExecutor(workers);
    this.log = log;
    this.clock = clock;
    this.summaryRevision = Math.multiplyExact(Math.max(0, clock.millis()), 1000L);
    for (SeatInfo seat : game.seats()) {
      seats.put(seat.id(), new SeatSlot(seat));
    }
    this.cycle = new RoundCycle(this, timers);
    this.requests = new Requests(this);
    this.talks = new Talks(this);
    this.deals = new Deals(this);
    this.watchers = new Watchers(this, watch);
    this.controls = new Controls(this);
    this.grace = new Grace(this, timers);
  }

  public String id() {
    return id;
  }

  /** The table's number on its server: 1, 2, ... in the order tables were opened. */
  public int number() {
    return number;
  }

  public String joinCode() {
    return joinCode;
  }

  /** The game as played at this table; call on the table's executor once the game runs. */
  public Game game() {
    return game;
  }

  void game(Game amended) {
    this.game = amended;
  }

  public String scenarioId() {
    return game.scenario().getId();
  }

  public String title() {
    return game.scenario().getTitle();
  }

  public Path logFile() {
    return log.path();
  }

  public LoadedScenario scenario() {
    return scenario;
  }

  /** Completes when the last round has been reported and the scorecard sent. */
  public CompletableFuture<Void> ended() {
    return ended;
  }

  /** Hands a request to the table; it is answered through the member, in arrival order. */
  public void submit(Member from, ClientMessage request) {
    long handed = System.nanoTime();
    executor.execute(() -> {
      queueWait.recordNanos(System.nanoTime() - handed);
      inTable(() -> requests.handle(from, request));
    });
  }

  /** The member's connection is gone: during the game its seat is kept for them. */
  public void disconnected(Member member) {
    executor.execute(() -> inTable(() -> requests.dropped(member)));
  }

  /** Posts a facilitator's announcement to everyone at the table. */
  public void announce(String text) {
    executor.execute(() -> inTable(() -> talks.announce(text)));
  }

  /** Starts the game now: empty seats are taken by bots. */
  public void start() {
    executor.execute(() -> inTable(cycle::startGame));
  }

  // ------------------------------------------------------------ the facilitator

  /**
   * A facilitator's operation on this table (Pace, SetTimer, SetDeadlinePolicy, Nudge,
   * SeatCommand), logged as an input of {@code who}; completes with what it did.
   */
  public CompletableFuture<TableOutcome> control(String who, ClientMessage operation) {
    return onTable(() -> controls.apply(who, operation, null));
  }

  /** Logs something a facilitator did that changes nothing at the table (a watch, a download). */
  public void facilitatorDid(String who, ClientMessage request) {
    executor.execute(() -> inTable(() -> logFacilitator(who, request, null)));
  }

  /** Puts an event, already checked against the scenario, into this table's game. */
  public CompletableFuture<TableOutcome> inject(String who, ClientMessage operation,
      org.veta.protocol.scenario.ScheduledEvent event) {
    return onTable(() -> controls.apply(who, operation, event));
  }

  /** Where the table is, for the facilitator's overview. */
  public CompletableFuture<TableSummary> summary() {
    return onTable(() -> Summaries.summary(this));
  }

  /** The omniscient view; from now on the table's events go to the watcher too. */
  public CompletableFuture<OmniView> watch(Member watcher) {
    return onTable(() -> watchers.add(watcher));
  }

  public void unwatch(Member watcher) {
    executor.execute(() -> inTable(() -> watchers.remove(watcher)));
  }

  /** The table's line in a cohort comparison. */
  public CompletableFuture<CohortTable> cohortEntry() {
    return onTable(() -> Summaries.cohort(this));
  }

  private <T> CompletableFuture<T> onTable(java.util.function.Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    executor.execute(() -> inTable(() -> {
      try {
        result.complete(task.get());
      } catch (RuntimeException e) {
        LOG.warn("a facilitator operation failed at table {}", id, e);
        result.completeExceptionally(e);
      }
    }));
    return result;
  }

  /** Stops the table where it is and closes its log; the future completes once it is written. */
  public CompletableFuture<Void> stop() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    executor.execute(() -> inTable(() -> {
      cycle.stop();
      closeLog().whenComplete((ok, error) -> done.complete(null));
    }));
    return done;
  }

  /** Runs a task on the table's executor (for timers and tests). */
  void later(Runnable task) {
    executor.execute(() -> inTable(task));
  }

  private void inTable(Runnable task) {
    MDC.put("table", id);
    try {
      task.run();
    } finally {
      MDC.remove("table");
    }
  }

  // ------------------------------------------------------------ state shared with the cycle

  long seed() {
    return seed;
  }

  TableOptions options() {
    return options;
  }

  BotAssignment bots() {
    return bots;
  }

  Clock clock() {
    return clock;
  }

  Map<String, SeatSlot> seats() {
    return seats;
  }

  Map<Member, SeatSlot> members() {
    return members;
  }

  RoundCycle cycle() {
    return cycle;
  }

  Talks talks() {
    return talks;
  }

  Deals deals() {
    return deals;
  }

  Phase phase() {
    return cycle.phase();
  }

  void finished() {
    // An ended game's events are all in its log, which a seat coming back reads; a server that
    // runs a course for days should not hold a history for every game it has played.
    forget(0);
    ended.complete(null);
  }

  /** The scenario lets the facilitator read private talk and proposals (the players are told). */
  boolean facilitatorReadsPrivate() {
    return game.scenario().getFacilitatorReadsPrivate();
  }

  Watchers watchers() {
    return watchers;
  }

  /** Phase, seats, submissions or clock changed: facilitators' overviews follow. */
  void changed() {
    watchers.changed();
  }

  // ------------------------------------------------------------ messages out, and the log

  void logInput(Member from, ClientMessage message) {
    SeatSlot slot = members.get(from);
    if (message.hasJoin() && !message.getJoin().getSeatToken().isEmpty()
        && !message.getJoin().getSeatToken().startsWith(SeatTokens.FINGERPRINT)) {
      // The token opens a seat: the log keeps its fingerprint, which a resumed table accepts.
      message = message.toBuilder().setJoin(message.getJoin().toBuilder().setSeatToken(
          SeatTokens.FINGERPRINT + SeatTokens.fingerprint(message.getJoin().getSeatToken())))
          .build();
    }
    record(LogRecord.newBuilder().setInput(LogInput.newBuilder().setMember(from.id())
        .setSeat(slot == null ? "" : slot.seat.id()).setMessage(message)));
  }

  void logFacilitator(String who, ClientMessage message, org.veta.protocol.scenario.ScheduledEvent placed) {
    LogInput.Builder input = LogInput.newBuilder().setMember(who).setFacilitator(true)
        .setMessage(message);
    if (placed != null) {
      input.setInjected(placed);
    }
    record(LogRecord.newBuilder().setInput(input));
  }

  void lifecycle(String event, String seat, String detail) {
    record(LogRecord.newBuilder().setLifecycle(LogLifecycle.newBuilder().setEvent(event)
        .setSeat(seat).setDetail(detail)));
  }

  void logRecord(LogRecord.Builder record) {
    if (record.hasRound() && resolving != 0) {
      // The cycle logs the round once resolved: the engine's time for it, on this thread.
      metrics.histogram(org.veta.metrics.ServerMetrics.ENGINE_ROUND)
          .recordNanos(System.nanoTime() - resolving);
      metrics.increment(org.veta.metrics.ServerMetrics.ROUNDS);
      resolving = 0;
    }
    record(record);
  }

  /** The server's metrics, given by the registry once the table is made. */
  void metrics(org.veta.metrics.ServerMetrics serverMetrics) {
    this.metrics = serverMetrics;
    this.queueWait = serverMetrics.histogram(org.veta.metrics.ServerMetrics.TABLE_QUEUE);
  }

  CompletableFuture<Void> closeLog() {
    return recovering ? CompletableFuture.completedFuture(null) : log.close();
  }

  /**
   * While a table is rebuilt from its log after a restart, it replays what the log recorded: it
   * writes nothing (the records are there) and sends nothing (nobody is connected yet).
   */
  private boolean recovering;

  void recovering(boolean on) {
    recovering = on;
  }

  boolean recovering() {
    return recovering;
  }

  private void record(LogRecord.Builder record) {
    if (!recovering) {
      log.add(record);
    }
  }

  /** Logs a message sent to a seat ("" = everyone) with the bytes it goes out as. */
  private void recordOutput(String seat, WireMessage message) {
    if (!recovering) {
      log.appendOutput(seat, message.bytes());
    }
  }

  Requests requests() {
    return requests;
  }

  Grace grace() {
    return grace;
  }

  long nextSummaryRevision() {
    return ++summaryRevision;
  }

  Controls controls() {
    return controls;
  }

  /** Answers one request of one member; a seat keeps its recent answers for a retried request. */
  void reply(Member to, long requestId, ServerMessage.Builder body) {
    ServerMessage message = body.setRequestId(requestId).build();
    WireMessage wire = WireMessage.of(message);
    SeatSlot slot = members.get(to);
    boolean read = aRead(message);
    if (message.hasJoined() && !message.getJoined().getSeatToken().isEmpty()) {
      // The token opens the seat: the log keeps only its fingerprint.
      ServerMessage logged = message.toBuilder().setJoined(message.getJoined().toBuilder()
          .clearSeatToken()).build();
      lifecycle("seat token", message.getJoined().getSeat(),
          SeatTokens.fingerprint(message.getJoined().getSeatToken()));
      slot = seats.get(message.getJoined().getSeat());
      record(LogRecord.newBuilder().setOutput(LogOutput.newBuilder()
          .setSeat(slot == null ? "" : slot.seat.id()).setMessage(logged)));
    } else if (read) {
      record(LogRecord.newBuilder().setOutput(LogOutput.newBuilder()
          .setSeat(slot == null ? "" : slot.seat.id())
          .setOmitted(message.getBodyCase().name().toLowerCase(java.util.Locale.ROOT))
          .setMessage(message.toBuilder().clearBody())));
    } else {
      recordOutput(slot == null ? "" : slot.seat.id(), wire);
    }
    // A Join is never answered from the kept answers (Requests.join takes every Join, a retried
    // one too), and its answer carries the whole table view: kept, it grew each seat's ring to
    // 17 KB, 136 MB of the heap at 8,000 seats.
    if (slot != null && slot.member == to && !read && !message.hasJoined()) {
      slot.keepAnswer(requestId, wire.bytes());
    }
    deliver(to, wire);
  }

  /**
   * Answers a read with a message assembled as bytes (an inbox): logged without its body, like
   * every read's answer, and not kept for a retry.
   */
  void replyRead(Member to, ServerMessage.BodyCase body, WireMessage answer) {
    SeatSlot slot = members.get(to);
    record(LogRecord.newBuilder().setOutput(LogOutput.newBuilder()
        .setSeat(slot == null ? "" : slot.seat.id())
        .setOmitted(body.name().toLowerCase(java.util.Locale.ROOT))
        .setMessage(ServerMessage.newBuilder().setRequestId(answer.requestId()))));
    deliver(to, answer);
  }

  /**
   * An answer to a request that only reads (the table, the moves, the inbox, a report, the
   * proposals): not kept for a retry, since reading again answers as well, and these are the
   * large answers (a TableView is kilobytes). Nor are they logged whole: see LogOutput.omitted.
   */
  private static boolean aRead(ServerMessage answer) {
    return answer.hasTable() || answer.hasMoves() || answer.hasInbox() || answer.hasReport()
        || answer.hasProposals();
  }

  /** A message for one member that is no table event (no sequence number): logged and sent. */
  void tell(Member to, String seat, ServerMessage.Builder body) {
    WireMessage message = WireMessage.of(body.setRequestId(0).setSeq(0).build());
    recordOutput(seat, message);
    deliver(to, message);
  }

  void error(Member to, long requestId, ErrorCode code, String sentence) {
    reply(to, requestId, ServerMessage.newBuilder().setError(
        org.veta.protocol.wire.Error.newBuilder().setCode(code).setMessage(sentence)));
  }

  /** An event for everyone at the table, with the table's next sequence number. */
  void broadcast(ServerMessage.Builder body) {
    if (!recovering && body.hasPhaseChanged() && body.getPhaseChanged().getPhase() == Phase.RESOLUTION) {
      resolving = System.nanoTime();
    }
    ServerMessage message = body.setRequestId(0).setSeq(++seq).build();
    WireMessage wire = WireMessage.of(message);
    recordOutput("", wire);
    remember("", message.getSeq(), wire.bytes());
    for (Member m : members.keySet()) {
      deliver(m, wire);
    }
    watchers.send(message);
  }

  /**
   * One event whose content each seat sees in its own view (a round's report), one number;
   * watching facilitators see the omniscient view. Every seat's view is kept, connected or not,
   * so a seat whose person comes back gets what it missed.
   */
  void broadcastPerSeat(Function<SeatSlot, ServerMessage.Builder> view,
      java.util.function.Supplier<ServerMessage.Builder> omniscient) {
    broadcastTo(slot -> true, view, omniscient);
  }

  /**
   * An event for those who may see it (a private message): it takes the table's next sequence
   * number, so others see a gap where an event was not theirs to read.
   */
  void broadcastTo(java.util.function.Predicate<SeatSlot> readers, ServerMessage.Builder body,
      boolean facilitatorMayRead) {
    // One message for all its readers, serialized once: each reader's log record, the history
    // and every reader's socket share its bytes.
    ServerMessage message = body.setRequestId(0).setSeq(++seq).build();
    if (facilitatorMayRead && watchers.any()) {
      watchers.send(message);
    }
    WireMessage wire = WireMessage.of(message);
    for (SeatSlot slot : seats.values()) {
      if (readers.test(slot)) {
        recordOutput(slot.seat.id(), wire);
        remember(slot.seat.id(), message.getSeq(), wire.bytes());
        if (slot.member != null) {
          deliver(slot.member, wire);
        }
      }
    }
  }

  /**
   * As above, each reader seeing the event in its own view (its utility for a proposal); watching
   * facilitators see the omniscient view, or nothing when it is null (private, and the scenario
   * does not let the facilitator read it).
   */
  void broadcastTo(java.util.function.Predicate<SeatSlot> readers,
      Function<SeatSlot, ServerMessage.Builder> view,
      java.util.function.Supplier<ServerMessage.Builder> omniscient) {
    long number = ++seq;
    if (omniscient != null && watchers.any()) {
      watchers.send(omniscient.get().setRequestId(0).setSeq(number).build());
    }
    for (SeatSlot slot : seats.values()) {
      if (readers.test(slot)) {
        WireMessage message = WireMessage.of(view.apply(slot).setRequestId(0).setSeq(number)
            .build());
        recordOutput(slot.seat.id(), message);
        remember(slot.seat.id(), number, message.bytes());
        if (slot.member != null) {
          deliver(slot.member, message);
        }
      }
    }
  }

  /**
   * The bytes of recent events a table keeps in memory for seats that come back: the last round's
   * reports and what followed. A thousand tables keeping whole games filled a 1 GiB heap in ten
   * minutes, and at 128 KiB the thousand rings were a fifth of the live heap; older events are
   * read back from the session log, which holds every one of them.
   */
  static final int HISTORY_BYTES = 64 * 1024;

  /**
   * Recent events as they were sent, serialized: key, the sequence number; mark, the index of the
   * log record that holds it; label, the seat it went to ("" = everyone).
   */
  private final RecentBytes history = new RecentBytes(HISTORY_BYTES + HISTORY_BYTES / 8, 256);
  /** The last sequence number no longer in memory (0: none forgotten). */
  private long forgottenUpTo;

  /** Keeps an event, serialized (its copies to several seats share the bytes). */
  private void remember(String seat, long number, byte[] bytes) {
    long logIndex = recovering ? -1 : log.lastAppended();
    forget(HISTORY_BYTES - bytes.length); // room first, so that the ring need not grow for it
    history.add(number, logIndex, seat, bytes);
  }

  /** Lets the oldest events go until the history holds at most this many bytes (keeps one). */
  private void forget(long keepBytes) {
    // Only what is on disk and in the table's file is forgotten, so a read of the log finds it.
    long durable = recovering ? Long.MAX_VALUE : log.readableIndex();
    while (history.bytes() > keepBytes && history.size() > 1 && history.mark(0) <= durable) {
      forgottenUpTo = Math.max(forgottenUpTo, history.key(0));
      history.removeOldest();
    }
  }

  /**
   * Sends again every event of the seat after the given number, in order: older ones from the
   * session log (a read of the file on the table's thread, rare: a seat back after a long break),
   * recent ones from memory.
   */
  void replay(Member to, SeatSlot slot, long after) {
    long fromMemory = after;
    if (after < forgottenUpTo) {
      for (ServerMessage old : loggedEvents(slot.seat.id(), after, forgottenUpTo)) {
        deliver(to, old);
      }
      // Copies of one event to several seats are forgotten one by one: a number the log gave
      // may still be in memory for another seat.
      fromMemory = forgottenUpTo;
    }
    for (int i = 0; i < history.size(); i++) {
      String seat = history.label(i);
      if (history.key(i) > fromMemory && (seat.isEmpty() || seat.equals(slot.seat.id()))) {
        deliver(to, kept(history.copy(i)));
      }
    }
  }

  private static ServerMessage kept(byte[] bytes) {
    try {
      return ServerMessage.parseFrom(bytes);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException("an event kept by this table does not read back", e);
    }
  }

  /** The events of a seat numbered after {@code after} and up to {@code upTo}, from the log. */
  private java.util.List<ServerMessage> loggedEvents(String seat, long after, long upTo) {
    java.util.List<ServerMessage> events = new java.util.ArrayList<>();
    try {
      for (LogRecord record : org.veta.log.LogReader.read(log.path()).records()) {
        if (!record.hasOutput()) {
          continue;
        }
        ServerMessage m = record.getOutput().getMessage();
        String to = record.getOutput().getSeat();
        if (m.getRequestId() == 0 && m.getSeq() > after && m.getSeq() <= upTo
            && (to.isEmpty() || to.equals(seat))) {
          events.add(m);
        }
      }
    } catch (java.io.IOException e) {
      LOG.error("table {}: cannot read its log to send seat {} the events after {}: {}; it gets "
          + "the recent ones only", id, seat, after, e.toString());
    }
    return events;
  }

  /**
   * Sends once every record logged so far is on disk: an answer acknowledges a request, and an
   * event tells of a change; neither may reach anyone before it would survive a crash.
   */
  void deliver(Member to, ServerMessage message) {
    deliver(to, WireMessage.of(message));
  }

  /** As above, for a message serialized once for all its readers. */
  void deliver(Member to, WireMessage message) {
    if (!recovering) {
      // Serialized here, on the table's thread: what is held back is sent by the journal's one
      // thread, which must not spend its time encoding table views.
      message.bytes();
      log.afterDurable(() -> to.send(message));
    }
  }

  long lastSeq() {
    return seq;
  }

  TableView view(SeatSlot slot) {
    return cycle.view(slot);
  }

  void info(String format, Object... args) {
    LOG.info(format, args);
  }
}
