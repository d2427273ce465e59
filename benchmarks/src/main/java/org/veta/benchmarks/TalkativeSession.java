package org.veta.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.veta.app.ScenarioSource;
import org.veta.log.SessionLogs;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Talk;
import org.veta.session.Member;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import org.veta.session.TableRegistry;

/**
 * One whole Peru session played by the server's own code (registry, table, session log, bots),
 * the way the debrief tests play theirs, but long: the benchmarks of the log and the wire need a
 * real log of workshop size, not a hand-built one whose records could drift from what the server
 * writes. Ana Quispe holds FEDEMIN; at each round's talks she reads the table (a GetTable, whose
 * answer is the kilobytes-large TableView) and says {@link #TALKS_PER_ROUND} things in public.
 * She then says she is ready, which ends the talks: the server sends her nothing before the
 * records ahead of it are on disk, so with talks timed at 50 ms her PhaseChanged could arrive
 * after the talks had ended (and her messages be refused) whenever an fsync is slow; ending them
 * herself gives the same records on any disk. The 60 s on the talks is only a ceiling.
 * Historical bots play every other seat, and hers at the 50 ms orders deadline, so the 14
 * rounds play in seconds.
 *
 * <p>A public talk makes 8 records: Ana's input, the Ok answering it, and the message in each of
 * the six seats' views. Talk is what a long workshop's log is mostly made of.
 */
final class TalkativeSession {
  /**
   * The last TableView answer Ana was sent: the log keeps a read's answer without its body (see
   * LogOutput.omitted), so the codec benchmark takes it from here.
   */
  private static volatile ServerMessage lastTableAnswer;

  static ServerMessage lastTableAnswer() {
    if (lastTableAnswer == null) {
      throw new IllegalStateException("the played session sent no TableView answer");
    }
    return lastTableAnswer;
  }

  static final int TALKS_PER_ROUND = 60;
  static final String ANA = "Ana Quispe";

  private static final PhaseDurations QUICK =
      PhaseDurations.parse("briefing=0,talks=60,orders=0.05,report=0");

  /** What FEDEMIN says at a roundtable, in the scenario's words; cycled through, round by round. */
  private static final List<String> LINES = List.of(
      "FEDEMIN speaks for the miners of Madre de Dios: we want to formalize, not to hide.",
      "Ten steps to formalize is ten chances for a clerk in Lima to say no. Five is enough.",
      "Each interdiction costs the state US$300,000 and sends our people into the forest.",
      "The tax on small-scale gold should be zero until a miner has finished formalizing.",
      "Open the mining corridor: the concession area for small miners is far too small.",
      "A credit and training fund would bring more miners in than any decree ever has.",
      "We accept monitoring, but monitoring by people who know the rivers, not by the army.",
      "Delegate formalization to the regions, as Decree 1293 does; Lima does not know La Pampa.",
      "If the executive sends interdictions again, FEDEMIN will strike, and business will close with us.",
      "Governor, your voters are our members. What will you feed them later on?",
      "Fewer than one per cent of us have formalized. That is a failure of the process, not of the miners.",
      "We will not strike while the roundtable sits and the ministry keeps its word.",
      "The gold price fell by a third; a miner who pays tax at five per cent now works for nothing.",
      "Mercury is a problem we want solved too: give us the credit to buy retorts.",
      "La Libertad lives from its farms; Madre de Dios lives from gold. One law cannot treat both alike.",
      "Let small miners partner with private companies, and the state will see the gold it now misses.",
      "Our leader will stand for governor. Then the region will speak for the miners in Lima.",
      "Ministry: what is your draft of the steps to formalize? Show us before the next round.",
      "A strike of 23 days cost everyone. We would rather negotiate, if the centre negotiates.",
      "The regional government refrained from acting. It had no means, and it knew we are its people.");

  private TalkativeSession() {}

  /**
   * Plays the session into a log in {@code directory} and returns the log's path once the game
   * has ended and the log is closed. Throws if the game does not end or Ana is refused anything:
   * a log with refusals in it would not be the session this class describes.
   */
  static Path play(Path directory) throws Exception {
    SessionLogs logs = new SessionLogs(directory);
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    Table table;
    Participant ana;
    try {
      TableRegistry registry = new TableRegistry(logs, timers, workers, Clock.systemUTC());
      table = registry.open(new ScenarioSource(null).load("peru", List.of()), List.of(), 7,
          TableOptions.DEFAULT.withDurations(QUICK).withDeadlinePolicy(DeadlinePolicy.BOT)
              .withBots("historical"));
      ana = new Participant("ana", table);
      ana.ask(ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(ANA)
          .setSeat("fedemin")));
      ana.ask(ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
      table.ended().get(120, TimeUnit.SECONDS);
    } finally {
      // Nothing of the server may keep running once the benchmark measures.
      timers.shutdownNow();
      workers.shutdown();
      workers.awaitTermination(10, TimeUnit.SECONDS);
      logs.close();
    }
    if (ana.refused.get() > 0) {
      throw new IllegalStateException(ana.refused.get() + " of Ana's requests were refused, the "
          + "first: " + ana.firstRefusal.get());
    }
    return table.logFile();
  }

  static void delete(Path directory) throws IOException {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (var files = Files.walk(directory)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /**
   * Ana at the table: asks and waits for the answer to join and to start, then acts on the
   * events the table sends her, from the thread that delivers them (sends are held until the
   * records before them are on disk, so that is one of the log's writers).
   */
  private static final class Participant implements Member {
    private final String id;
    private final Table table;
    private final AtomicLong ids = new AtomicLong();
    private final LinkedBlockingQueue<ServerMessage> answers = new LinkedBlockingQueue<>();
    private volatile long awaited;
    private final AtomicInteger said = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicReference<String> firstRefusal = new AtomicReference<>();

    Participant(String id, Table table) {
      this.id = id;
      this.table = table;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void send(ServerMessage m) {
      if (m.hasTable()) {
        lastTableAnswer = m;
      }
      if (m.hasError()) {
        refused.incrementAndGet();
        firstRefusal.compareAndSet(null, m.getError().getMessage());
      }
      if (m.getRequestId() != 0 && m.getRequestId() == awaited) {
        answers.add(m);
      } else if (m.getRequestId() == 0 && m.hasPhaseChanged() && !m.getPhaseChanged().getPaused()
          && m.getPhaseChanged().getPhase() == Phase.TALKS) {
        submit(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()));
        for (int i = 0; i < TALKS_PER_ROUND; i++) {
          submit(ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(Channel.PUBLIC)
              .setText(LINES.get(said.getAndIncrement() % LINES.size()))));
        }
        submit(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
      }
    }

    private long submit(ClientMessage.Builder request) {
      long requestId = ids.incrementAndGet();
      table.submit(this, request.setRequestId(requestId).build());
      return requestId;
    }

    void ask(ClientMessage.Builder request) throws InterruptedException {
      awaited = ids.get() + 1;
      long requestId = submit(request);
      ServerMessage answer = answers.poll(30, TimeUnit.SECONDS);
      if (answer == null || answer.getRequestId() != requestId) {
        throw new IllegalStateException("no answer to " + request);
      }
      if (answer.hasError()) {
        throw new IllegalStateException(request + " refused: " + answer.getError().getMessage());
      }
    }
  }
}
