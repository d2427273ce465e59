package org.veta.client.bots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.veta.bot.Strategies;
import org.veta.bot.Strategy;
import org.veta.client.net.ClientThreads;
import org.veta.client.net.ClientTls;
import org.veta.client.net.GameClient;
import org.veta.engine.Game;
import org.veta.engine.move.Orders;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetInbox;
import org.veta.protocol.wire.GetProposals;
import org.veta.protocol.wire.GetReport;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.ListMoves;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.Propose;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.Respond;
import org.veta.protocol.wire.Response;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.TableView;
import org.veta.protocol.wire.Talk;

/**
 * A bot at one seat over the real protocol: a {@link GameClient} that joins, keeps its seat with
 * its token if the connection drops, and plays every phase until the game ends: ready in the
 * briefing and the report, orders chosen by the engine's strategies ({@link BotBrain}) and
 * submitted, talk now and then, proposals made, and proposals addressed to it answered (accepted
 * when the terms are worth at least the draft as it is to this seat).
 *
 * <p>With {@link Options#hurry} (as `veta bots`), the bot says ready and submits as soon as it
 * has thought, so the table moves on as fast as its people. Without it (the load tool), it gives
 * its orders but leaves the pace to the table's clocks, and sends what {@link #act} is asked for.
 *
 * <p>Everything the bot decides runs on its own serial executor, so its state needs no locks;
 * answers and events arrive from the client's thread and are posted there.
 */
public final class NetworkBot implements AutoCloseable {
  /**
   * @param strategy the engine's strategy name (historical, hardline, conciliatory, random, adaptive)
   * @param hurry ready and submit at once (a player's pace), or leave the pace to the clocks
   * @param thinkMs how long the bot waits after a phase starts before it acts, at most (and never
   *     past four fifths of the phase's time left)
   * @param talkChance the chance it says something in a phase where talk is open
   * @param proposeChance the chance it makes a proposal in the talks or the orders
   * @param seed its own random stream (what it says, when, its fallback moves)
   */
  public record Options(String strategy, boolean hurry, long thinkMs, double talkChance,
      double proposeChance, long seed) {
    public Options {
      if (Strategies.byName(strategy).isEmpty()) {
        throw new IllegalArgumentException("unknown bot strategy '" + strategy + "'; strategies: "
            + String.join(", ", Strategies.names()));
      }
    }

    public static Options player(String strategy, long seed) {
      return new Options(strategy, true, 300, 0.3, 0.15, seed);
    }

    public Options withSeed(long s) {
      return new Options(strategy, hurry, thinkMs, talkChance, proposeChance, s);
    }
  }

  /** What a bot saw, for the load tool's figures; called on the bot's executor, must not block. */
  public interface Observer {
    /** A request is about to go out. */
    default void sent(ClientMessage.BodyCase kind) {}

    /** A request's answer (or Error) came, nanos after it was sent. */
    default void answered(ClientMessage.BodyCase kind, long nanos, ServerMessage answer) {}

    /** A request got no answer: the connection closed. */
    default void lost(ClientMessage.BodyCase kind, Throwable why) {}

    /** An event (request id 0), with System.nanoTime() when it was handed to the bot. */
    default void event(ServerMessage event, long receivedNanos) {}
  }

  /** The longest a bot takes to answer a proposal addressed to it. */
  static final long ANSWER_THINK_MS = 3_000;

  /** Talk texts the load tool writes carry "probe:NANOS" (its System.nanoTime when sent). */
  public static final String PROBE = "probe:";

  private static final String[] LINES = {"We should talk about the tax rate.",
      "The federation will not accept this.", "Let us keep the roads open.",
      "What do you offer for the formalization permits?", "We are listening.",
      "The region needs an agreement before the election."};

  private final GameClient client;
  private final Executor actions;
  private final ScheduledExecutorService timer;
  private final Options options;
  private final Observer observer;
  private final Strategy strategy;
  private final Random random;
  private final CompletableFuture<Scorecard> ended = new CompletableFuture<>();
  private volatile String seat = "";
  private volatile String code = "";
  // On the actions executor only:
  private Phase phase = Phase.LOBBY;
  private int round;
  private boolean paused;
  private TableView view;
  /** The moves of the last report (not the report: 8,000 bots holding theirs kept 80 MB). */
  private org.veta.engine.move.Orders lastOrders = org.veta.engine.move.Orders.NONE;
  private Optional<Game> game = Optional.empty();
  private List<String> plannedOrders = List.of();
  private int plannedFor = -1;
  private int phaseToken;
  private volatile boolean closed;

  private NetworkBot(ClientThreads threads, ScheduledExecutorService timer, Options options,
      Observer observer) {
    this.timer = timer;
    this.options = options;
    this.observer = observer;
    this.strategy = Strategies.byName(options.strategy()).orElseThrow();
    this.random = new Random(options.seed());
    this.client = new GameClient(threads, this::onEvent, answer -> { });
    // On event loops the client's own thread is the serial one; otherwise a queue of the pool.
    this.actions = threads.onEventLoops() ? client.inbound() : threads.serial();
  }

  /**
   * Connects, joins the table with this code (seat "" = the first free one) under the name, and
   * holds the seat; completes with the bot once it is seated, or fails with the server's refusal.
   */
  public static CompletableFuture<NetworkBot> join(ClientThreads threads,
      ScheduledExecutorService timer, String host, int port, ClientTls tls, String code,
      String seat, String name, Options options, Observer observer) {
    NetworkBot bot = new NetworkBot(threads, timer, options, observer);
    return bot.client.connect(host, port, tls)
        .thenCompose(welcome -> bot.client.request(ClientMessage.newBuilder().setJoin(
            JoinTable.newBuilder().setCode(code).setName(name).setSeat(seat))))
        .thenApply(answer -> {
          if (!answer.hasJoined()) {
            bot.close();
            throw new org.veta.client.net.ServerRefusedException(answer.hasError()
                ? answer.getError() : org.veta.protocol.wire.Error.newBuilder()
                    .setMessage("the server answered " + answer.getBodyCase()).build());
          }
          bot.code = code;
          bot.seat = answer.getJoined().getSeat();
          bot.client.holdSeat(code, answer.getJoined().getSeatToken());
          TableView joined = answer.getJoined().getTable();
          bot.actions.execute(() -> bot.seated(joined));
          return bot;
        })
        .whenComplete((ok, error) -> {
          if (error != null) {
            bot.close();
          }
        });
  }

  public String seat() {
    return seat;
  }

  public String code() {
    return code;
  }

  /** Completes with the scorecard when the game ends (or exceptionally if the bot gave up). */
  public CompletableFuture<Scorecard> ended() {
    return ended;
  }

  public GameClient client() {
    return client;
  }

  /** Asks the table to start now (empty seats are played by the server's bots). */
  public CompletableFuture<ServerMessage> start() {
    return ask(ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
  }

  // ------------------------------------------------------------ events

  private void onEvent(ServerMessage message) {
    long received = System.nanoTime();
    observer.event(message, received);
    actions.execute(() -> handle(message));
  }

  private void seated(TableView table) {
    view = BotBrain.kept(table);
    game = BotBrain.game(table.getScenarioId());
    if (table.getPhase() != Phase.LOBBY) {
      enter((int) table.getRound(), table.getPhase(), table.getPaused(), table.getDeadlineUnixMs());
    }
  }

  private void handle(ServerMessage m) {
    if (closed) {
      return;
    }
    if (m.hasPhaseChanged()) {
      PhaseChanged p = m.getPhaseChanged();
      if (p.getPhase() != phase || p.getRound() != round || p.getPaused() != paused) {
        enter((int) p.getRound(), p.getPhase(), p.getPaused(), p.getDeadlineUnixMs());
      }
    } else if (m.hasReport()) {
      lastOrders = BotBrain.lastOrders(m.getReport());
    } else if (m.hasScorecard()) {
      phase = Phase.ENDED;
      ended.complete(m.getScorecard());
    } else if (m.hasProposalChanged()) {
      consider(m.getProposalChanged());
    } else if (m.hasProposal()) {
      consider(m.getProposal());
    } else if (m.hasSeatMoved()) {
      if (m.getSeatMoved().getSeat().isEmpty()) {
        ended.completeExceptionally(new IllegalStateException("the facilitator removed " + seat));
      } else {
        seat = m.getSeatMoved().getSeat();
      }
    }
  }

  private void enter(int newRound, Phase newPhase, boolean isPaused, long deadlineUnixMs) {
    boolean fresh = newPhase != phase || newRound != round;
    round = newRound;
    phase = newPhase;
    paused = isPaused;
    if (!fresh || paused) {
      return;
    }
    int mine = ++phaseToken;
    if (phase == Phase.ENDED) {
      return;
    }
    long think = options.thinkMs() <= 0 ? 0 : 1 + (long) (random.nextDouble() * thinkLimit(deadlineUnixMs));
    later(think, () -> {
      if (mine != phaseToken || paused || closed) {
        return;
      }
      play();
    });
  }

  /**
   * At most thinkMs, and never past four fifths of what is left of the phase: a bot, like a
   * person, acts before the clock runs out. Drawn uniformly below it, so that a thousand tables
   * changing phase together do not bring every bot's move in the same instant.
   */
  private long thinkLimit(long deadlineUnixMs) {
    long limit = options.thinkMs();
    if (deadlineUnixMs > 0) {
      long left = deadlineUnixMs - System.currentTimeMillis();
      limit = Math.min(limit, Math.max(1, left * 4 / 5));
    }
    return Math.max(1, limit);
  }

  /** What a bot does once per phase, after thinking. */
  private void play() {
    switch (phase) {
      case BRIEFING -> {
        if (options.hurry()) {
          ask(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
        }
      }
      case TALKS -> {
        maybeTalk(Channel.PUBLIC);
        maybePropose();
        if (options.hurry()) {
          ask(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
        }
      }
      case ORDERS -> {
        maybePropose();
        int mine = phaseToken;
        refreshAndOrder(mine, options.hurry());
      }
      case REPORT -> {
        maybeTalk(Channel.PUBLIC);
        if (options.hurry()) {
          ask(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
        }
      }
      default -> { }
    }
  }

  /** Reads the table, chooses, orders, and submits if asked. */
  private void refreshAndOrder(int mine, boolean submit) {
    ask(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance())).thenAccept(answer ->
        actions.execute(() -> {
          if (answer.hasTable()) {
            view = BotBrain.kept(answer.getTable());
          }
          if (mine != phaseToken || phase != Phase.ORDERS) {
            return;
          }
          plan().thenAccept(moves -> actions.execute(() -> {
            if (mine != phaseToken || phase != Phase.ORDERS) {
              return;
            }
            CompletableFuture<ServerMessage> given = setOrders(moves);
            if (submit) {
              given.thenRun(() -> ask(ClientMessage.newBuilder().setSubmit(
                  Submit.getDefaultInstance())));
            }
          }));
        }));
  }

  /** This round's orders: the strategy's, or one move from ListMoves; chosen once a round. */
  private CompletableFuture<List<String>> plan() {
    if (plannedFor == round) {
      return CompletableFuture.completedFuture(plannedOrders);
    }
    List<String> chosen = view == null ? List.of() : BotBrain.choose(game, strategy, view,
        lastOrders, options.seed());
    int planned = round;
    if (!chosen.isEmpty()) {
      plannedOrders = chosen;
      plannedFor = planned;
      return CompletableFuture.completedFuture(chosen);
    }
    return ask(ClientMessage.newBuilder().setListMoves(ListMoves.getDefaultInstance()))
        .thenApply(answer -> {
          List<String> fallback = BotBrain.fallback(answer.hasMoves() ? answer.getMoves() : null,
              random);
          actions.execute(() -> {
            plannedOrders = fallback;
            plannedFor = planned;
          });
          return fallback;
        });
  }

  private CompletableFuture<ServerMessage> setOrders(List<String> moves) {
    return ask(ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(moves)));
  }

  private void maybeTalk(Channel channel) {
    if (random.nextDouble() < options.talkChance()) {
      talk(channel);
    }
  }

  private CompletableFuture<ServerMessage> talk(Channel channel) {
    Talk.Builder talk = Talk.newBuilder().setChannel(channel)
        .setText(LINES[random.nextInt(LINES.length)] + " " + PROBE + System.nanoTime());
    if (channel == Channel.PRIVATE) {
      String other = otherSeat();
      if (other == null) {
        talk.setChannel(Channel.PUBLIC);
      } else {
        talk.setTo(other);
      }
    }
    return ask(ClientMessage.newBuilder().setTalk(talk));
  }

  private void maybePropose() {
    if (random.nextDouble() < options.proposeChance()) {
      propose();
    }
  }

  /** Offers another seat the draft's value for one clause, as it stands. */
  private CompletableFuture<ServerMessage> propose() {
    String other = otherSeat();
    Indicator clause = clause();
    if (other == null || clause == null) {
      return ask(ClientMessage.newBuilder().setGetProposals(GetProposals.getDefaultInstance()));
    }
    String id = clause.getKey().substring("clause.".length());
    String value = org.veta.engine.move.MoveSyntax.plain(Math.round(clause.getValue() * 10) / 10.0);
    return ask(ClientMessage.newBuilder().setPropose(Propose.newBuilder().addTo(other)
        .setTerms("clause " + id + "=" + value)));
  }

  private String otherSeat() {
    if (view == null) {
      return null;
    }
    List<String> others = new ArrayList<>();
    for (SeatView s : view.getSeatsList()) {
      if (!s.getId().equals(seat)) {
        others.add(s.getId());
      }
    }
    return others.isEmpty() ? null : others.get(random.nextInt(others.size()));
  }

  private Indicator clause() {
    if (view == null) {
      return null;
    }
    List<Indicator> clauses = view.getIndicatorsList().stream()
        .filter(i -> i.getKey().startsWith("clause.")).toList();
    return clauses.isEmpty() ? null : clauses.get(random.nextInt(clauses.size()));
  }

  /** A proposal addressed to this seat and open: accepted if it is worth the draft as it is. */
  private void consider(ProposalView p) {
    if (!"OPEN".equals(p.getStatus()) || !p.getToList().contains(seat)
        || p.getAcceptedByList().contains(seat)) {
      return;
    }
    Response response = p.getYourUtility() >= p.getYourUtilityNow() ? Response.ACCEPT
        : Response.REJECT;
    // A proposal is answered within seconds, however long the bot may think about its orders.
    long most = Math.min(options.thinkMs(), ANSWER_THINK_MS);
    long think = most <= 0 ? 0 : random.nextInt((int) Math.max(1, most));
    later(think, () -> ask(ClientMessage.newBuilder().setRespond(Respond.newBuilder()
        .setProposal(p.getId()).setResponse(response))));
  }

  // ------------------------------------------------------------ the load tool's traffic

  /**
   * Sends one request that suits the phase, as a player at a keyboard might, for the load tool's
   * open-loop rate: orders (again) in the orders phase, talk where it is open (only if
   * {@code mayTalk}: the caller keeps talk and negotiation under the server's per-connection
   * allowance), proposals, and reads (the table, the inbox, the report, proposals) otherwise.
   * Every one is logged and fsynced by the server before it is answered.
   */
  public void act(boolean mayTalk) {
    actions.execute(() -> {
      if (closed || view == null) {
        return;
      }
      double dice = random.nextDouble();
      switch (phase) {
        case LOBBY -> {
          if (mayTalk) {
            talk(Channel.PUBLIC);
          } else {
            read(dice);
          }
        }
        case TALKS -> {
          if (mayTalk && dice < 0.5) {
            talk(Channel.PUBLIC);
          } else if (mayTalk && dice < 0.75) {
            propose();
          } else {
            read(dice);
          }
        }
        case ORDERS -> {
          if (!mayTalk || dice < 0.6) {
            int mine = phaseToken;
            plan().thenAccept(moves -> actions.execute(() -> {
              if (mine == phaseToken && phase == Phase.ORDERS) {
                setOrders(moves);
              }
            }));
          } else if (dice < 0.8) {
            talk(Channel.PRIVATE);
          } else {
            propose();
          }
        }
        case REPORT -> {
          if (mayTalk && dice < 0.5) {
            talk(Channel.PUBLIC);
          } else {
            ask(ClientMessage.newBuilder().setGetReport(GetReport.getDefaultInstance()));
          }
        }
        default -> read(dice);
      }
    });
  }

  private void read(double dice) {
    if (dice < 0.5) {
      ask(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()));
    } else {
      ask(ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()));
    }
  }

  // ------------------------------------------------------------ plumbing

  private CompletableFuture<ServerMessage> ask(ClientMessage.Builder request) {
    ClientMessage.BodyCase kind = request.getBodyCase();
    observer.sent(kind);
    long sent = System.nanoTime();
    return client.request(request).whenComplete((answer, error) -> {
      if (error != null) {
        observer.lost(kind, error);
      } else {
        observer.answered(kind, System.nanoTime() - sent, answer);
      }
    });
  }

  private void later(long millis, Runnable task) {
    if (millis <= 0) {
      actions.execute(task);
      return;
    }
    try {
      timer.schedule(() -> actions.execute(task), millis, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // the process is stopping
    }
  }

  @Override
  public void close() {
    closed = true;
    client.close();
    ended.completeExceptionally(new IllegalStateException("closed"));
  }
}
