package org.veta.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.veta.bot.BotView;
import org.veta.engine.Game;
import org.veta.engine.RoundResolver;
import org.veta.engine.RoundResult;
import org.veta.engine.SeededRandom;
import org.veta.engine.move.Move;
import org.veta.engine.move.Orders;
import org.veta.engine.stage.StageReached;
import org.veta.engine.stage.StageTracker;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.SeatsChanged;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableView;

/**
 * A table's rounds: LOBBY, then per round BRIEFING, TALKS (skipped while it has no length),
 * ORDERS, RESOLUTION and REPORT, then ENDED with the scorecard. Deadlines are the server's: a timer
 * posts the phase's end to the table's executor, and a stale timer (the phase already ended early)
 * is ignored by its token. Runs only on the table's executor.
 */
final class RoundCycle {
  private final Table table;
  private final ScheduledExecutorService timers;
  private final StageTracker stages;
  private final List<RoundResult> results = new ArrayList<>();
  /** The latest round's shared report and the result it was built from (see sharedPart). */
  private RoundReport shared;
  private RoundResult sharedFor;
  private Phase phase = Phase.LOBBY;
  private int round;
  private long deadlineMs;
  /** Phase lengths: the table's options, as the facilitator has changed them since. */
  private PhaseDurations durations;
  private org.veta.protocol.wire.DeadlinePolicy policy;
  private boolean paused;
  private long remainingMs;
  /** Events injected for a round that has not resolved yet, with the round they fall in. */
  private final List<org.veta.protocol.scenario.ScheduledEvent> injected = new ArrayList<>();
  private long token;
  private ScheduledFuture<?> timer;
  private PolicyState state;
  private PolicyState previous;
  private final IndicatorCache indicators;
  private Orders lastOrders = Orders.NONE;
  private final java.util.Map<Integer, List<org.veta.negotiation.Breach>> breachesByRound =
      new java.util.HashMap<>();

  RoundCycle(Table table, ScheduledExecutorService timers) {
    this.table = table;
    this.timers = timers;
    this.stages = new StageTracker(table.game());
    this.state = table.game().initialState();
    this.previous = state;
    this.indicators = new IndicatorCache(table.game());
    this.durations = table.options().durations();
    this.policy = table.options().deadlinePolicy() != org.veta.protocol.wire.DeadlinePolicy
        .DEADLINE_POLICY_UNSPECIFIED ? table.options().deadlinePolicy()
        : table.game().scenario().getMissedDeadline()
            == org.veta.protocol.scenario.MissedDeadline.MISSED_DEADLINE_BOT
            ? org.veta.protocol.wire.DeadlinePolicy.BOT : org.veta.protocol.wire.DeadlinePolicy.HOLD;
  }

  /** The game as the table plays it now: the scenario with any injected events. */
  private Game game() {
    return table.game();
  }

  Phase phase() {
    return phase;
  }

  /** The indicators of the state now, as this seat (or {@link SeatViews#EVERYONE}) sees them. */
  List<org.veta.protocol.wire.Indicator> indicators(String seat) {
    return indicators.of(state, previous, seat);
  }

  PolicyState state() {
    return state;
  }

  PolicyState previous() {
    return previous;
  }

  int round() {
    return round;
  }

  /** Where the game is, in words: "now it is BRIEFING of round 3". */
  String now() {
    return phase == Phase.LOBBY ? "the game has not started" : phase == Phase.ENDED
        ? "the game has ended" : "now it is " + phase + " of round " + round;
  }

  void startGame() {
    if (phase != Phase.LOBBY) {
      return;
    }
    for (SeatSlot slot : table.seats().values()) {
      if (slot.free()) {
        slot.botStrategy = table.bots().strategyFor(slot.seat).name();
      }
    }
    table.lifecycle("started", "", "seed " + table.seed());
    table.info("table started: {} people, {} bots", people(), table.seats().size() - people());
    seatsChanged();
    beginRound(1);
  }

  void afterJoin() {
    if (phase != Phase.LOBBY) {
      return;
    }
    boolean full = table.seats().values().stream().allMatch(SeatSlot::person);
    if (table.options().startOnFirstJoin() || (table.options().startWhenFull() && full)) {
      startGame();
    }
  }

  void seatFreed(SeatSlot slot) {
    if (phase != Phase.LOBBY && phase != Phase.ENDED) {
      slot.botStrategy = table.bots().strategyFor(slot.seat).name();
      if (phase == Phase.ORDERS && !slot.submitted) {
        botOrders(slot, slot.botStrategy);
      }
    }
    seatsChanged();
    checkEarlyEnd();
  }

  void seatsChanged() {
    SeatsChanged.Builder seats = SeatsChanged.newBuilder();
    table.seats().values().forEach(s -> seats.addSeats(SeatViews.seat(s)));
    table.broadcast(ServerMessage.newBuilder().setSeatsChanged(seats));
    table.changed();
  }

  private long people() {
    return table.seats().values().stream().filter(SeatSlot::person).count();
  }

  private void beginRound(int number) {
    round = number;
    for (SeatSlot slot : table.seats().values()) {
      slot.orders.clear();
      slot.submitted = false;
    }
    enter(Phase.BRIEFING, durations.briefing());
  }

  private void enter(Phase next, Duration length) {
    if (phase == Phase.TALKS || phase == Phase.ORDERS) {
      table.deals().phaseEnded();
    }
    phase = next;
    if (next != Phase.REPORT) {
      // Kept while the round's report is read: 10 KB a table, 10 MB at a thousand tables.
      shared = null;
      sharedFor = null;
    }
    paused = false;
    remainingMs = 0;
    long mine = ++token;
    cancelTimer();
    table.seats().values().forEach(s -> s.ready = false);
    boolean timed = length.compareTo(Duration.ZERO) > 0 && next != Phase.RESOLUTION
        && next != Phase.ENDED;
    deadlineMs = timed ? table.clock().millis() + length.toMillis() : 0;
    table.broadcast(ServerMessage.newBuilder().setPhaseChanged(PhaseChanged.newBuilder()
        .setRound(round).setPhase(next).setDeadlineUnixMs(deadlineMs)));
    if (next == Phase.TALKS) {
      table.deals().botOffers();
    }
    if (next == Phase.ORDERS) {
      table.seats().values().stream().filter(SeatSlot::bot).forEach(s -> botOrders(s, s.botStrategy));
    }
    table.changed();
    if (table.recovering()) {
      // Rebuilt from the log: the log says when each phase ended.
      return;
    }
    if (timed && !schedule(mine, length.toMillis())) {
      return;
    }
    if (!timed && next != Phase.ENDED) {
      table.later(() -> {
        if (token == mine) {
          advance();
        }
      });
    } else {
      checkEarlyEnd();
    }
  }

  /** Schedules the end of the phase; false if the server is stopping. */
  private boolean schedule(long mine, long millis) {
    try {
      timer = timers.schedule(() -> table.later(() -> {
        if (token == mine) {
          advance();
        }
      }), millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // The server is shutting down: the table stops where it is; its log is already written.
      table.info("timers stopped; table {} pauses in {} of round {}", table.id(), phase, round);
      return false;
    }
  }

  private void cancelTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  /**
   * Ends the phase early once every person at the table is done with it. Not while paused (the
   * facilitator is talking to the room), and not while a seat's person has dropped out: the table
   * then keeps to its deadlines, so that a room whose Wi-Fi fails does not race to the end.
   */
  void checkEarlyEnd() {
    if (table.recovering() || paused
        || table.seats().values().stream().anyMatch(SeatSlot::dropped)) {
      return;
    }
    boolean done = switch (phase) {
      case BRIEFING, TALKS, REPORT -> table.seats().values().stream()
          .filter(SeatSlot::person).allMatch(s -> s.ready);
      case ORDERS -> table.seats().values().stream().filter(SeatSlot::person)
          .allMatch(s -> s.submitted);
      default -> false;
    };
    if (done) {
      long mine = token;
      table.later(() -> {
        if (token == mine) {
          advance();
        }
      });
    }
  }

  private void advance() {
    var d = durations;
    switch (phase) {
      case BRIEFING -> {
        if (d.talks().isZero()) {
          enter(Phase.ORDERS, d.orders());
        } else {
          enter(Phase.TALKS, d.talks());
        }
      }
      case TALKS -> enter(Phase.ORDERS, d.orders());
      case ORDERS -> resolve();
      case REPORT -> {
        if (round < game().rounds()) {
          beginRound(round + 1);
        } else {
          end();
        }
      }
      default -> { }
    }
  }

  private void botOrders(SeatSlot slot, String strategyName) {
    var strategy = org.veta.bot.Strategies.byName(strategyName).orElseThrow();
    BotView view = new BotView(game(), state, slot.seat,
        SeededRandom.stream(table.seed(), round, "bot:" + slot.seat.id()), lastOrders);
    slot.orders.clear();
    // A bot keeps the word its agreements gave: the moves that carry them out come first, then
    // its strategy's, as many as the round allows and the rules accept.
    List<Move> agreed = table.deals().agreedMoves(slot);
    List<Move> wanted = new ArrayList<>(agreed);
    wanted.addAll(strategy.choose(view).stream().filter(m -> !(m instanceof Move.Hold)).toList());
    for (Move move : wanted) {
      if (org.veta.engine.move.MoveRules.check(game(), state, slot.seat, move, slot.orders).isEmpty()) {
        List<Move> tentative = new ArrayList<>(slot.orders);
        tentative.add(move);
        // The agreed moves stand; a move of the strategy that would break a promise is left out.
        if (agreed.contains(move) || !table.deals().wouldBreak(slot, tentative)) {
          slot.orders.add(move);
        }
      }
    }
    slot.submitted = true;
  }

  private void resolve() {
    phase = Phase.RESOLUTION;
    table.broadcast(ServerMessage.newBuilder().setPhaseChanged(PhaseChanged.newBuilder()
        .setRound(round).setPhase(Phase.RESOLUTION)));
    Orders.Builder orders = Orders.builder();
    LogRound.Builder logged = LogRound.newBuilder().setRound(round);
    for (SeatSlot slot : table.seats().values()) {
      String botPlayed = slot.bot() ? slot.botStrategy : "";
      if (!slot.bot() && !slot.submitted && slot.orders.isEmpty()
          && policy == org.veta.protocol.wire.DeadlinePolicy.BOT) {
        // Nobody gave this seat orders by the deadline: by the table's policy a bot plays it for
        // this round only.
        botPlayed = table.bots().strategyFor(slot.seat).name();
        botOrders(slot, botPlayed);
      }
      List<Move> moves = slot.orders.isEmpty() ? List.of(new Move.Hold()) : List.copyOf(slot.orders);
      orders.set(slot.seat.id(), moves);
      logged.addOrders(SeatMoves.newBuilder().setSeat(slot.seat.id())
          .addAllMoves(moves.stream().map(Move::text).toList()));
      if (!botPlayed.isEmpty()) {
        logged.addBots(slot.seat.id() + "=" + botPlayed);
      }
    }
    for (var event : injected) {
      if (event.getRound() == round) {
        logged.addInjected(event);
      }
    }
    injected.removeIf(e -> e.getRound() <= round);
    lastOrders = orders.build();
    List<org.veta.negotiation.Breach> breaches = new ArrayList<>();
    var sanctions = table.deals().breaches(state, lastOrders, round, breaches);
    long started = System.nanoTime();
    RoundResult result = RoundResolver.resolve(game(), state, lastOrders, table.seed(), sanctions);
    long micros = (System.nanoTime() - started) / 1000;
    stages.observe(result);
    results.add(result);
    previous = state;
    state = result.after();
    breaches.forEach(b -> logged.addBreaches(Deals.view(b)));
    for (var sanction : sanctions) {
      logged.addSanctions(org.veta.protocol.log.LogSanction.newBuilder().setSeat(sanction.seat())
          .setMove(sanction.move()).setTarget(sanction.target().key()).setDelta(sanction.delta())
          .setReason(sanction.reason()));
    }
    shared = SeatViews.shared(game(), result, stages.reached());
    sharedFor = result;
    RoundReport everything = shared.toBuilder()
        .addAllRefusals(SeatViews.refusals(result, SeatViews.EVERYONE)).build();
    logged.addAllState(indicators(SeatViews.EVERYONE))
        .addAllEffects(everything.getEffectsList()).addAllNotes(everything.getNotesList())
        .addAllRefusals(everything.getRefusalsList()).addAllStages(everything.getStagesList())
        .addAllScores(Summaries.scores(table));
    table.logRecord(LogRecord.newBuilder().setRound(logged.setStateDigest(state.digest())));
    table.info("round {} resolved in {} µs: {} effects, {} refusals", round, micros,
        result.effects().size(), result.refusals().size());
    enter(Phase.REPORT, durations.report());
    breachesByRound.put(round, List.copyOf(breaches));
    table.broadcastPerSeat(slot -> ServerMessage.newBuilder().setReport(reportFor(result, slot)),
        () -> ServerMessage.newBuilder().setReport(reportFor(result, null)));
  }

  private void end() {
    Scorecard.Builder card = SeatViews.scorecard(game(), state, table.seats().values()).toBuilder();
    stages.reached().forEach(s -> card.addStages(SeatViews.stage(s)));
    enter(Phase.ENDED, Duration.ZERO);
    table.broadcast(ServerMessage.newBuilder().setScorecard(card));
    table.lifecycle("ended", "", "state " + state.digest());
    table.info("table ended after {} rounds", round);
    table.closeLog().whenComplete((ok, error) -> table.finished());
  }

  // ------------------------------------------------------------ resuming after a restart

  /** The log says the phase ended here: move on as the table did (from the lobby: start). */
  void recoverStep() {
    if (phase == Phase.LOBBY) {
      startGame();
    } else {
      advance();
    }
  }

  /**
   * After the log is replayed: the clock goes on with what was left when the server stopped (at
   * least the given grace, so people have time to come back), or stays paused.
   */
  void resumeClock(PhaseChanged last, long stoppedAtMs, Duration grace) {
    if (!clocked()) {
      return;
    }
    if (last != null && last.getPaused()) {
      paused = true;
      remainingMs = last.getRemainingMs();
      deadlineMs = 0;
      table.changed();
      return;
    }
    long left = last == null || last.getDeadlineUnixMs() == 0 ? durations.of(phase).toMillis()
        : last.getDeadlineUnixMs() - stoppedAtMs;
    restart(Math.max(grace.toMillis(), left));
  }

  /** The server is stopping: no more timers or phase changes for this table. */
  void stop() {
    token++;
    cancelTimer();
  }

  // ------------------------------------------------------------ the facilitator's pacing

  boolean paused() {
    return paused;
  }

  long deadlineMs() {
    return deadlineMs;
  }

  long remainingMs() {
    return paused ? remainingMs : Math.max(0, deadlineMs - table.clock().millis());
  }

  PhaseDurations durations() {
    return durations;
  }

  org.veta.protocol.wire.DeadlinePolicy policy() {
    return policy;
  }

  void policy(org.veta.protocol.wire.DeadlinePolicy policy) {
    this.policy = policy;
    table.changed();
  }

  /** Whether the phase runs on a clock the facilitator can stop, move or extend. */
  private boolean clocked() {
    return phase == Phase.BRIEFING || phase == Phase.TALKS || phase == Phase.ORDERS
        || phase == Phase.REPORT;
  }

  /** Stops the clock; the phase does not end until resumed or advanced. Empty if done. */
  Optional<String> pause() {
    if (!clocked()) {
      return Optional.of("there is no clock to stop; " + now());
    }
    if (paused) {
      return Optional.of("it is already paused");
    }
    token++;
    cancelTimer();
    remainingMs = Math.max(0, deadlineMs - table.clock().millis());
    deadlineMs = 0;
    paused = true;
    clockChanged();
    return Optional.empty();
  }

  Optional<String> resume() {
    if (!paused) {
      return Optional.of("it is not paused");
    }
    paused = false;
    restart(remainingMs);
    checkEarlyEnd();
    return Optional.empty();
  }

  /** Ends the current phase now (from the lobby: starts the game). */
  Optional<String> advanceNow() {
    if (phase == Phase.LOBBY) {
      startGame();
      return Optional.empty();
    }
    if (!clocked()) {
      return Optional.of("there is no phase to end; " + now());
    }
    paused = false;
    token++;
    cancelTimer();
    advance();
    return Optional.empty();
  }

  /** Ends the game where it is, with the scorecard of the state reached. */
  Optional<String> endNow() {
    if (phase == Phase.ENDED) {
      return Optional.of("the game has already ended");
    }
    token++;
    cancelTimer();
    paused = false;
    end();
    return Optional.empty();
  }

  /**
   * A phase's length from now on. If it is the current phase, its clock restarts with that length
   * ("orders: two minutes" means two minutes from now); a zero length then ends it.
   */
  Optional<String> length(Phase which, Duration length) {
    durations = durations.with(which, length);
    if (which == phase && clocked()) {
      if (length.isZero()) {
        advanceNow();
      } else if (paused) {
        remainingMs = length.toMillis();
        clockChanged();
      } else {
        restart(length.toMillis());
      }
    } else {
      table.changed();
    }
    return Optional.empty();
  }

  /** More time for the current phase. */
  Optional<String> extend(Duration more) {
    if (!clocked()) {
      return Optional.of("there is no deadline to extend; " + now());
    }
    if (paused) {
      remainingMs += more.toMillis();
      clockChanged();
    } else {
      restart(Math.max(0, deadlineMs - table.clock().millis()) + more.toMillis());
    }
    return Optional.empty();
  }

  private void restart(long millis) {
    long mine = ++token;
    cancelTimer();
    deadlineMs = table.clock().millis() + millis;
    clockChanged();
    schedule(mine, millis);
  }

  /** Tells everyone the clock changed: the same round and phase, a new deadline or a pause. */
  private void clockChanged() {
    table.broadcast(ServerMessage.newBuilder().setPhaseChanged(PhaseChanged.newBuilder()
        .setRound(round).setPhase(phase).setDeadlineUnixMs(deadlineMs).setPaused(paused)
        .setRemainingMs(paused ? remainingMs : 0)));
    table.changed();
  }

  /**
   * The round an event injected now falls in: the one being played, or the next one once this
   * round is resolved. Empty when no round is left.
   */
  Optional<Integer> injectionRound() {
    if (phase == Phase.ENDED) {
      return Optional.empty();
    }
    int target = phase == Phase.LOBBY ? 1 : phase == Phase.REPORT ? round + 1 : round;
    return target > game().rounds() ? Optional.empty() : Optional.of(target);
  }

  /** Remembers an event put into the table's game, for the round's log record. */
  void injected(org.veta.protocol.scenario.ScheduledEvent event) {
    injected.add(event);
  }

  StageTracker stages() {
    return stages;
  }

  List<RoundResult> results() {
    return results;
  }

  Optional<RoundReport> report(int number, SeatSlot slot) {
    int wanted = number == 0 ? results.size() : number;
    if (wanted < 1 || wanted > results.size()) {
      return Optional.empty();
    }
    return Optional.of(reportFor(results.get(wanted - 1), slot));
  }

  /**
   * A round's report as one seat sees it, with the broken promises it may read about; for the
   * facilitator (slot null), everyone's refusals and every breach.
   */
  private RoundReport reportFor(RoundResult result, SeatSlot slot) {
    RoundReport.Builder report = sharedPart(result).toBuilder()
        .addAllRefusals(SeatViews.refusals(result,
            slot == null ? SeatViews.EVERYONE : slot.seat.id()));
    for (var breach : breachesByRound.getOrDefault(result.round(), List.of())) {
      if (slot == null ? breach.isPublic() || table.facilitatorReadsPrivate()
          : table.deals().mayRead(slot, breach)) {
        report.addBreaches(Deals.view(breach));
      }
    }
    return report.build();
  }

  /**
   * The part of a round's report all its readers share. The latest round's is built once, when it
   * is resolved, and kept for the REPORT phase: at the end of a round every seat is sent the
   * report and most then ask for it again, and building it (each effect's reason, values in their
   * units) was a quarter of the server's work while the tables changed phase. Later, and for
   * older rounds, it is built when asked for (rare). The stages of a round are all reached when it
   * is resolved, so the part never changes.
   */
  private RoundReport sharedPart(RoundResult result) {
    if (result != sharedFor) {
      return SeatViews.shared(game(), result, stages.reached());
    }
    return shared;
  }

  List<StageReached> stagesReached() {
    return stages.reached();
  }

  TableView view(SeatSlot slot) {
    return head(slot).toBuilder().addAllIndicators(indicators(viewer(slot)))
        .mergeFrom(tail(slot)).build();
  }

  /**
   * The answer to GetTable as bytes: the view's fields before its indicators, the seat's
   * indicators as the cache keeps them serialized (most of a view's bytes, and the same until the
   * state changes), then the fields after them. The bytes of {@link #view} in its answer.
   */
  byte[] viewAnswer(long requestId, SeatSlot slot) {
    return AssembledAnswer.of(requestId, ServerMessage.TABLE_FIELD_NUMBER,
        head(slot).toByteArray(), indicators.section(state, previous, viewer(slot)),
        tail(slot).toByteArray());
  }

  private static String viewer(SeatSlot slot) {
    return slot == null ? SeatViews.EVERYONE : slot.seat.id();
  }

  /** The view's fields numbered before its indicators (TableView field 10). */
  private TableView head(SeatSlot slot) {
    Game game = game();
    TableView.Builder view = TableView.newBuilder().setTableId(table.id())
        .setScenarioId(game.scenario().getId()).setTitle(game.scenario().getTitle())
        .setRound(round).setRounds(game.rounds()).setPhase(phase).setDeadlineUnixMs(deadlineMs)
        .setPeriod(round == 0 ? "" : SeatViews.period(game, round));
    table.seats().values().forEach(s -> view.addSeats(SeatViews.seat(s)));
    return view.build();
  }

  /** The view's fields numbered after its indicators. */
  private TableView tail(SeatSlot slot) {
    Game game = game();
    TableView.Builder view = TableView.newBuilder().setPaused(paused)
        .setRemainingMs(paused ? remainingMs : 0).setLastSeq(table.lastSeq());
    if (slot != null) {
      view.setYou(SeatViews.withTrust(SeatViews.you(game, state, slot), slot,
          table.seats().values(), table.deals().trust()));
    }
    for (Game.ScheduledMove event : game.eventsIn(Math.max(1, round))) {
      String news = event.event().getNews();
      view.addNews(event.event().getTitle() + (news.isBlank() ? "" : ": " + news));
    }
    return view.build();
  }
}
