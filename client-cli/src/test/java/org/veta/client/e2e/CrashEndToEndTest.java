package org.veta.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.load.ChildProcess;
import org.veta.client.net.GameClient;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.Talk;

/**
 * Nothing acknowledged is lost: a real server process is killed with SIGKILL at random moments,
 * ten times, while bot clients play two tables and note every request the server acknowledged;
 * each time the server is started again on the same data directory. At the end every
 * acknowledged request is in its table's log, every log re-executes to its recorded states, and
 * every client took its seat back by itself after each restart.
 */
class CrashEndToEndTest {
  private static final Duration LONG = Duration.ofSeconds(60);
  private static final int KILLS = 10;

  /** A server process of its own, whose stdout lines the test waits for. */
  private static ChildProcess server(List<String> args) throws IOException {
    return new ChildProcess(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
        "org.veta.app.VetaMain", args, ProcessBuilder.Redirect.DISCARD);
  }

  /** A network bot at one seat: it plays, talks, and notes what the server acknowledged. */
  private static final class Player implements AutoCloseable {
    final String seat;
    final GameClient client;
    final AtomicReference<Phase> phase = new AtomicReference<>(Phase.LOBBY);
    final AtomicInteger round = new AtomicInteger();
    final AtomicInteger backAtSeat = new AtomicInteger();
    /** Request ids the server answered (not refused) for the seat's SetOrders and Talk. */
    final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    final Random random;
    volatile boolean stop;
    private final Thread loop;

    Player(int port, String code, String seat, long seed) throws Exception {
      this.seat = seat;
      this.random = new Random(seed);
      this.client = new GameClient(this::event);
      client.connect("127.0.0.1", port).get(30, TimeUnit.SECONDS);
      ServerMessage joined = client.request(ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
          .setCode(code).setName("Bot " + seat).setSeat(seat))).get(30, TimeUnit.SECONDS);
      assertThat(joined.hasJoined()).as("%s", joined).isTrue();
      client.holdSeat(code, joined.getJoined().getSeatToken());
      loop = new Thread(this::play, "player-" + seat);
      loop.setDaemon(true);
      loop.start();
    }

    private void event(ServerMessage m) {
      if (m.hasPhaseChanged()) {
        phase.set(m.getPhaseChanged().getPhase());
        round.set(m.getPhaseChanged().getRound());
      }
      if (m.hasScorecard()) {
        phase.set(Phase.ENDED);
      }
      if (m.hasNotice() && m.getNotice().getText().startsWith("Back at your seat")) {
        backAtSeat.incrementAndGet();
      }
    }

    private void play() {
      int said = 0;
      while (!stop && phase.get() != Phase.ENDED) {
        try {
          Phase now = phase.get();
          if (now == Phase.ORDERS) {
            String move = List.of("organize", "strike scale=0.5 days=5", "forbear", "endorse")
                .get(random.nextInt(4));
            ask(ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addMoves(move)));
            ask(ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
          } else if (now == Phase.LOBBY) {
            ask(ClientMessage.newBuilder().setStart(org.veta.protocol.wire.StartGame.getDefaultInstance()));
          } else if (now == Phase.REPORT) {
            ask(ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(Channel.PUBLIC)
                .setText(seat + " says " + (++said))));
            ask(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
          } else {
            ask(ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
          }
          Thread.sleep(150); // a person's pace, not a flood
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // an answer that did not come: the request is sent again after the reconnect
        }
      }
    }

    private void ask(ClientMessage.Builder request) throws Exception {
      ServerMessage answer = client.request(request).get(60, TimeUnit.SECONDS);
      if (!answer.hasError() && (request.hasSetOrders() || request.hasTalk())) {
        acknowledged.add(answer.getRequestId());
      }
    }

    @Override
    public void close() {
      stop = true;
      loop.interrupt();
      client.close();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void everyAcknowledgedRequestSurvivesTenKills(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Path key = Files.writeString(dir.resolve("key"), "a-facilitator-key-for-the-crash-test\n");
    int port = freePort();
    List<String> serve = List.of("serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
        "--data", data.toString(), "--facilitator-key-file", key.toString(),
        "--phase-seconds", "briefing=5,talks=0,orders=5,report=5");
    List<String> first = new ArrayList<>(serve);
    first.addAll(List.of("--scenario", "peru", "--tables", "2", "--seed", "9"));
    ChildProcess server = server(first);
    server.await("LISTENING");
    String code1 = server.await("TABLE 1 ").split(" ")[2];
    String code2 = server.await("TABLE 2 ").split(" ")[2];
    List<Player> players = new ArrayList<>();
    Random moments = new Random(20261123);
    try {
      players.add(new Player(port, code1, "fedemin", 1));
      players.add(new Player(port, code1, "mdd_governor", 2));
      players.add(new Player(port, code2, "fedemin", 3));
      players.add(new Player(port, code2, "mdd_governor", 4));
      int restarts = 0;
      for (int kill = 1; kill <= KILLS; kill++) {
        // A random moment of play, then the process dies mid-whatever.
        Thread.sleep(400 + moments.nextInt(1200));
        server.kill();
        server = server(serve);
        server.await("LISTENING");
        restarts++;
        int expected = restarts;
        for (Player p : players) {
          if (p.phase.get() != Phase.ENDED) {
            waitUntil(() -> p.backAtSeat.get() >= expected || p.phase.get() == Phase.ENDED,
                p.seat + " back at its seat after restart " + expected);
          }
        }
      }
      // After the last restart every client whose game goes on holds its seat and is answered.
      for (Player p : players) {
        if (p.phase.get() == Phase.ENDED) {
          continue;
        }
        ServerMessage view = p.client.request(ClientMessage.newBuilder().setGetTable(
            org.veta.protocol.wire.GetTable.getDefaultInstance())).get(60, TimeUnit.SECONDS);
        assertThat(view.getTable().getYou().getSeat()).isEqualTo(p.seat);
      }
    } finally {
      players.forEach(Player::close);
      server.close();
    }

    // Every acknowledged SetOrders and Talk is in its table's log.
    List<LogRecord> inputs = new ArrayList<>();
    try (var logs = Files.list(data.resolve("sessions"))) {
      for (Path log : logs.toList()) {
        var contents = LogReader.read(log);
        contents.records().stream().filter(LogRecord::hasInput).forEach(inputs::add);
      }
    }
    int checked = 0;
    for (Player p : players) {
      assertThat(p.acknowledged).isNotEmpty();
      for (long id : p.acknowledged) {
        assertThat(inputs).as("%s request %d", p.seat, id).anyMatch(r ->
            r.getInput().getSeat().equals(p.seat)
                && r.getInput().getMessage().getRequestId() == id
                && (r.getInput().getMessage().hasSetOrders() || r.getInput().getMessage().hasTalk()));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(KILLS);
    assertThat(org.veta.replay.EverySessionVerifies.in(data)).isEqualTo(2);
  }

  private static void waitUntil(java.util.function.BooleanSupplier done, String what)
      throws InterruptedException {
    long end = System.nanoTime() + LONG.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not reached within " + LONG + ": " + what);
      }
      Thread.sleep(20);
    }
  }
}
