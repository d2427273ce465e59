package org.veta.client.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.veta.app.ScenarioSource;
import org.veta.log.SessionLogs;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Inject;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.Pace;
import org.veta.protocol.wire.PaceAction;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Propose;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.Respond;
import org.veta.protocol.wire.Response;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.Talk;
import org.veta.protocol.wire.TableSelector;
import org.veta.replay.EverySessionVerifies;
import org.veta.session.Member;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;
import org.veta.session.TableRegistry;

/**
 * A real session for the replay's tests: the tutorial (seed 3) played through the server's table
 * registry, no network, by two people (Ana at federation, Ben at government; the mayor is a bot)
 * and a facilitator. Every phase ends by everyone being ready or submitting, never by a deadline,
 * so it takes a second or two.
 *
 * <p>What happens, for the tests to look for: in round 1's talks Ana says "We want a fair tax" in
 * public, Ana and Ben talk in private ("Meet me halfway on the tax?" / "Only if you stop the
 * strike"), Ana proposes tax_rate=3 and Ben accepts (a private agreement); in round 1's orders
 * Ana orders lobby (refused) and a strike, Ben drafts tax_rate=3. In round 2's briefing the
 * facilitator Maria pauses and resumes the table, writes to federation alone ("Mind the clock")
 * and injects the mine accident. Ana organizes in round 2. Rounds 3 and 4 pass quietly.
 */
final class RecordedSession {
  static final String SECRET_FROM_ANA = "Meet me halfway on the tax?";
  static final String SECRET_FROM_BEN = "Only if you stop the strike";
  static final String PUBLIC_FROM_ANA = "We want a fair tax";
  static final String FACILITATOR = "facilitator Maria (127.0.0.1:40000)";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private RecordedSession() {}

  /** Plays the session into dir/data and returns its log, verified to re-execute. */
  static Path tutorial(Path dir) throws Exception {
    Path data = dir.resolve("data");
    SessionLogs logs = new SessionLogs(data);
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    Path log;
    try {
      TableRegistry registry = new TableRegistry(logs, timers, workers, Clock.systemUTC());
      Table table = registry.open(new ScenarioSource(null).load("tutorial", List.of()), List.of(), 3,
          TableOptions.DEFAULT.withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60"))
              .withBots("adaptive"));
      log = table.logFile();
      Person ana = new Person("127.0.0.1:40001");
      Person ben = new Person("127.0.0.1:40002");
      ana.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName("Ana").setSeat("federation")));
      ben.ask(table, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName("Ben").setSeat("government")));
      ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));

      // Round 1: talk, a deal, orders with a refusal.
      both(ana, ben, 1, Phase.BRIEFING);
      ready(table, ana, ben);
      both(ana, ben, 1, Phase.TALKS);
      ana.ask(table, talk(Channel.PUBLIC, "", PUBLIC_FROM_ANA));
      ana.ask(table, talk(Channel.PRIVATE, "government", SECRET_FROM_ANA));
      ben.ask(table, talk(Channel.PRIVATE, "federation", SECRET_FROM_BEN));
      ServerMessage proposal = ana.ask(table, ClientMessage.newBuilder().setPropose(
          Propose.newBuilder().addTo("government").setTerms("clause tax_rate=3")));
      ben.ask(table, ClientMessage.newBuilder().setRespond(Respond.newBuilder()
          .setProposal(proposal.getProposal().getId()).setResponse(Response.ACCEPT)));
      ready(table, ana, ben);
      both(ana, ben, 1, Phase.ORDERS);
      ana.ask(table, orders("lobby", "strike scale=1 days=10"));
      ben.ask(table, orders("draft clause=tax_rate value=3"));
      submit(table, ana, ben);
      both(ana, ben, 1, Phase.REPORT);
      ready(table, ana, ben);

      // Round 2: the facilitator steps in during the briefing.
      both(ana, ben, 2, Phase.BRIEFING);
      pace(table, PaceAction.PACE_PAUSE);
      pace(table, PaceAction.PACE_RESUME);
      table.control(FACILITATOR, ClientMessage.newBuilder().setNudge(Nudge.newBuilder()
          .setSeat("federation").setText("Mind the clock")).build()).get(30, TimeUnit.SECONDS);
      ScheduledEvent accident = table.game().scenario().getEventsList().stream()
          .filter(e -> e.getId().equals("mine_accident")).findFirst().orElseThrow();
      table.inject(FACILITATOR, ClientMessage.newBuilder().setInject(Inject.newBuilder()
          .setTables(TableSelector.newBuilder().addTables("1")).setEvent("mine_accident")).build(), accident)
          .get(30, TimeUnit.SECONDS);
      ready(table, ana, ben);
      both(ana, ben, 2, Phase.TALKS);
      ready(table, ana, ben);
      both(ana, ben, 2, Phase.ORDERS);
      ana.ask(table, orders("organize"));
      submit(table, ana, ben);
      both(ana, ben, 2, Phase.REPORT);
      ready(table, ana, ben);

      for (int round = 3; round <= 4; round++) {
        both(ana, ben, round, Phase.BRIEFING);
        ready(table, ana, ben);
        both(ana, ben, round, Phase.TALKS);
        ready(table, ana, ben);
        both(ana, ben, round, Phase.ORDERS);
        submit(table, ana, ben);
        both(ana, ben, round, Phase.REPORT);
        ready(table, ana, ben);
      }
      table.ended().get(30, TimeUnit.SECONDS);
    } finally {
      timers.shutdownNow();
      workers.shutdown();
      workers.awaitTermination(5, TimeUnit.SECONDS);
      logs.close();
    }
    if (EverySessionVerifies.in(data) != 1) {
      throw new AssertionError("expected one session log under " + data);
    }
    return log;
  }

  /** A copy of the log in its own directory, so a test's notes file is its own. */
  static Path copy(Path log, Path dir) throws Exception {
    Files.createDirectories(dir);
    return Files.copy(log, dir.resolve(log.getFileName()));
  }

  private static void both(Person a, Person b, int round, Phase phase) throws InterruptedException {
    a.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getRound() == round
        && m.getPhaseChanged().getPhase() == phase && !m.getPhaseChanged().getPaused());
    b.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getRound() == round
        && m.getPhaseChanged().getPhase() == phase && !m.getPhaseChanged().getPaused());
  }

  private static void ready(Table table, Person... people) throws InterruptedException {
    for (Person p : people) {
      p.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    }
  }

  private static void submit(Table table, Person... people) throws InterruptedException {
    for (Person p : people) {
      p.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
    }
  }

  private static void pace(Table table, PaceAction action) throws Exception {
    table.control(FACILITATOR, ClientMessage.newBuilder().setPace(Pace.newBuilder()
        .setTables(TableSelector.newBuilder().addTables("1")).setAction(action)).build())
        .get(30, TimeUnit.SECONDS);
  }

  private static ClientMessage.Builder talk(Channel channel, String to, String text) {
    return ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(channel).setTo(to).setText(text));
  }

  private static ClientMessage.Builder orders(String... moves) {
    return ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(List.of(moves)));
  }

  /** A participant without a network: what the table sends it is kept to wait on. */
  private static final class Person implements Member {
    private final String id;
    private final LinkedBlockingQueue<ServerMessage> inbox = new LinkedBlockingQueue<>();
    private final List<ServerMessage> seen = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    Person(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void send(ServerMessage message) {
      inbox.add(message);
    }

    ServerMessage ask(Table table, ClientMessage.Builder request) throws InterruptedException {
      long requestId = ids.incrementAndGet();
      table.submit(this, request.setRequestId(requestId).build());
      ServerMessage answer = await(m -> m.getRequestId() == requestId);
      if (answer.hasError() && !request.hasSetOrders()) {
        throw new AssertionError(id + " was refused " + request.getBodyCase() + ": " + answer.getError());
      }
      return answer;
    }

    ServerMessage await(Predicate<ServerMessage> wanted) throws InterruptedException {
      for (ServerMessage m : seen) {
        if (wanted.test(m)) {
          return m;
        }
      }
      long end = System.nanoTime() + WAIT.toNanos();
      while (true) {
        ServerMessage m = inbox.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (m == null) {
          throw new AssertionError(id + " timed out; received: " + seen);
        }
        seen.add(m);
        if (wanted.test(m)) {
          return m;
        }
      }
    }
  }
}
