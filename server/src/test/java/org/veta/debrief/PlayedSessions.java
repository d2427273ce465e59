package org.veta.debrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.veta.app.ScenarioSource;
import org.veta.log.SessionLogs;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.Inject;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Leave;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Propose;
import org.veta.protocol.wire.Respond;
import org.veta.protocol.wire.Response;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Talk;
import org.veta.protocol.wire.TableSelector;
import org.veta.replay.EverySessionVerifies;
import org.veta.session.Member;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import org.veta.session.TableRegistry;

/**
 * Real session logs for the debrief and export tests, played once per test JVM (about 3 s): three
 * whole Peru tables (seeds 3, 4, 5, with different bots) and one tutorial table. Two people sit at
 * each Peru table: Ana Quispe holds FEDEMIN to the end, says who she is in public and negotiates
 * (see {@link Person}); Bruno Mamani takes the governor's seat and leaves once the game starts. A
 * facilitator, Maria Condori, injects the gold crash before round 1 and nudges FEDEMIN. Talks last
 * 50 ms and orders end at a 50 ms deadline (a bot plays a seat whose person did not submit), so
 * the game runs at once, and the bots make and answer proposals. Every log must re-execute.
 */
public final class PlayedSessions {
  public static final String ANA = "Ana Quispe";
  public static final String BRUNO = "Bruno Mamani";
  public static final String MARIA = "Maria Condori";
  /** How the server names a facilitator in a table's log. */
  private static final String FACILITATOR = "facilitator " + MARIA + " (127.0.0.1:40404)";
  private static final PhaseDurations QUICK =
      PhaseDurations.parse("briefing=0,talks=0.05,orders=0.05,report=0");

  /** The bots of each Peru table: adaptive bots make offers once a roundtable is open. */
  static final List<String> PERU_BOTS = List.of("adaptive",
      "executive=adaptive,mines_ministry=adaptive,historical", "hardline");

  private static PlayedSessions played;

  public final Path directory;
  public final List<Path> peru;
  public final Path tutorial;

  private PlayedSessions(Path directory, List<Path> peru, Path tutorial) {
    this.directory = directory;
    this.peru = peru;
    this.tutorial = tutorial;
  }

  /** The logs, played on first use. */
  public static synchronized PlayedSessions get() {
    if (played == null) {
      try {
        played = play();
      } catch (Exception e) {
        throw new IllegalStateException("the fixture sessions could not be played: " + e, e);
      }
    }
    return played;
  }

  private static PlayedSessions play() throws Exception {
    Path data = Files.createTempDirectory("veta-debrief-fixture");
    // Shared by every test of the JVM, so removed when it exits rather than after one test.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(data)));
    SessionLogs logs = new SessionLogs(data);
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    TableRegistry registry = new TableRegistry(logs, timers, workers, Clock.systemUTC());
    ScenarioSource source = new ScenarioSource(null);
    List<Table> tables = new ArrayList<>();
    try {
      for (int i = 0; i < PERU_BOTS.size(); i++) {
        Table table = registry.open(source.load("peru", List.of()), List.of(), 3 + i,
            TableOptions.DEFAULT.withDurations(QUICK).withDeadlinePolicy(DeadlinePolicy.BOT)
                .withBots(PERU_BOTS.get(i)));
        Person ana = new Person("ana", table);
        Person bruno = new Person("bruno", table);
        ana.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(ANA)
            .setSeat("fedemin")));
        bruno.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(BRUNO)
            .setSeat("mdd_governor")));
        ana.ask(table, ClientMessage.newBuilder().setTalk(Talk.newBuilder()
            .setChannel(Channel.PUBLIC).setText("Buenos días, soy " + ANA + ", de FEDEMIN.")));
        ScheduledEvent crash = table.game().scenario().getEventsList().stream()
            .filter(e -> e.getId().equals("gold_crash")).findFirst().orElseThrow();
        table.inject(FACILITATOR, ClientMessage.newBuilder().setInject(Inject.newBuilder()
            .setTables(TableSelector.newBuilder().addTables(table.id())).setEvent("gold_crash"))
            .build(), crash).get(10, TimeUnit.SECONDS);
        table.control(FACILITATOR, ClientMessage.newBuilder().setNudge(Nudge.newBuilder()
            .setTable(table.id()).setSeat("fedemin").setText("Ana, think of the 2014 election."))
            .build()).get(10, TimeUnit.SECONDS);
        ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
        bruno.ask(table, ClientMessage.newBuilder().setLeave(Leave.getDefaultInstance()));
        tables.add(table);
      }
      Table tutorial = registry.open(source.load("tutorial", List.of()), List.of(), 9,
          TableOptions.DEFAULT.withDurations(QUICK));
      tutorial.start();
      tables.add(tutorial);
      for (Table table : tables) {
        table.ended().get(30, TimeUnit.SECONDS);
      }
    } finally {
      timers.shutdownNow();
      workers.shutdown();
      workers.awaitTermination(5, TimeUnit.SECONDS);
      logs.close();
    }
    EverySessionVerifies.in(data);
    List<Path> peru = tables.subList(0, 3).stream().map(Table::logFile).toList();
    return new PlayedSessions(data, peru, tables.get(3).logFile());
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is no reason to fail the build.
    }
  }

  /** A copy of a log, to damage or rename without touching the shared one. */
  public static Path copy(Path log, Path dir) {
    try {
      return Files.copy(log, dir.resolve(log.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A person at a table: sends requests with fresh ids and waits for their answers. Ana (at
   * FEDEMIN) also acts on what the table sends her, from the table's own thread: she accepts every
   * proposal made to her, offers the executive a promise not to strike in the talks of round 4,
   * and breaks it in round 5; otherwise a bot plays her orders at the deadline.
   */
  private static final class Person implements Member {
    private final String id;
    private final Table table;
    private final LinkedBlockingQueue<ServerMessage> inbox = new LinkedBlockingQueue<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong asked = new AtomicLong(1);

    Person(String id, Table table) {
      this.id = id;
      this.table = table;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void send(ServerMessage message) {
      if (message.getRequestId() == 0 && id.equals("ana")) {
        react(message);
      }
      inbox.add(message);
    }

    private void react(ServerMessage m) {
      if (m.hasProposalChanged() && m.getProposalChanged().getStatus().equals("OPEN")
          && m.getProposalChanged().getToList().contains("fedemin")) {
        act(ClientMessage.newBuilder().setRespond(Respond.newBuilder()
            .setProposal(m.getProposalChanged().getId()).setResponse(Response.ACCEPT)));
      } else if (m.hasPhaseChanged() && !m.getPhaseChanged().getPaused()) {
        int round = m.getPhaseChanged().getRound();
        if (m.getPhaseChanged().getPhase() == Phase.TALKS && round == 4) {
          act(ClientMessage.newBuilder().setPropose(Propose.newBuilder().addTo("executive")
              .setTerms("commit fedemin no_strike 2; say \"No strike while we talk\"")));
        } else if (m.getPhaseChanged().getPhase() == Phase.ORDERS && round == 5) {
          act(ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder()
              .addMoves("strike scale=1 days=14")));
          act(ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
        }
      }
    }

    private void act(ClientMessage.Builder request) {
      table.submit(this, request.setRequestId(ids.incrementAndGet()).build());
    }

    ServerMessage ask(Table table, ClientMessage.Builder request) throws InterruptedException {
      long requestId = asked.incrementAndGet();
      table.submit(this, request.setRequestId(requestId).build());
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        ServerMessage m = inbox.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (m == null) {
          throw new IllegalStateException("no answer to " + request);
        }
        if (m.getRequestId() == requestId) {
          if (m.hasError()) {
            throw new IllegalStateException(request + " refused: " + m.getError().getMessage());
          }
          return m;
        }
      }
    }
  }
}
