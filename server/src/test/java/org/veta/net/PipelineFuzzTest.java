package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ScenarioSource;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableView;
import org.veta.scenario.LoadedScenario;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;
import org.veta.session.TableOptions;

/**
 * Arbitrary bytes through a connection's real pipeline (frame decoder, protobuf, guard, connection,
 * the state handlers and a real table), as Jazzer makes them: no exception may escape the
 * pipeline, every answer must be a well-formed ServerMessage whose errors carry a code and a
 * sentence, no buffer may leak ({@link NettyLeakGuard}, after the class, with surefire's PARANOID
 * leak detection), and Ana, seated at another table of the same registry, must see nothing of it:
 * no message, the same view of her table, and answers as before.
 *
 * <p>The first byte of an input chooses where the bytes arrive: 0 on a new connection, 1 after a
 * Hello, 2 after a Hello and a JoinTable with the playground's code (the fuzzer cannot guess a
 * join code, so this hands it one: requests then reach a table and play its game). The second
 * byte splits the rest into two reads. The playground is opened anew once its game has ended.
 *
 * <p>Without JAZZER_FUZZ this runs as a JUnit test over the inputs in
 * src/test/resources/org/veta/net/PipelineFuzzTestInputs/anyBytesThroughThePipeline (each a
 * case; about 3 s for the class, most of it attaching Jazzer's agent), so CI replays them and
 * every finding kept there. Jazzer's bug-detector hooks stay off then (server/pom.xml), since
 * they would instrument every class the rest of the test JVM loads. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl server -am test -Dtest=PipelineFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes for 20 s ({@code -Dfuzz.seconds=600} for
 * longer; the jazzer-fuzz profile, on with JAZZER_FUZZ, turns the hooks on), at about 60 inputs a
 * second on two cores; new inputs that reach new code go to server/.cifuzz-corpus/ (ignored by
 * git), and an input that fails is written as crash-... to the inputs directory above, where it
 * is replayed from then on (give it a name that says what it does).
 *
 * <p>All of it runs on the test's thread: the tables execute their tasks inline and the phases
 * last an hour, so no timer thread ever touches an EmbeddedChannel.
 */
class PipelineFuzzTest {
  private static final PhaseDurations HOUR = PhaseDurations.parse(
      "briefing=3600,talks=3600,orders=3600,report=3600");

  @TempDir static Path data;
  private static Tables tables;
  private static LoadedScenario tutorial;
  private static ServerChannelInitializer pipeline;
  private static EmbeddedChannel ana;
  private static TableView anaSees;
  private static Table playground;
  private static long anaRequests = 10;

  @BeforeAll
  static void setUp() throws Exception {
    tables = new Tables(data);
    tutorial = new ScenarioSource(null).load("tutorial", List.of());
    pipeline = new ServerChannelInitializer(tables.registry, null, Duration.ofMinutes(5));
    Table home = openTable();
    playground = openTable();
    // Ana asks twice per input, thousands of times a second while fuzzing: at a person's pace she
    // would stay far under the limits, so her connection has none.
    NetLimits unlimited = NetLimits.DEFAULT.withRequests(Integer.MAX_VALUE, 1e12, Integer.MAX_VALUE);
    ana = new EmbeddedChannel(new ServerChannelInitializer(tables.registry, null,
        Duration.ofMinutes(5), unlimited, ServerTls.NONE));
    Wire.send(ana, Wire.hello(1, 1), Wire.join(2, home.joinCode(), "Ana", "mayor"));
    assertThat(Wire.answers(ana)).anySatisfy(m -> assertThat(m.getJoined().getSeat()).isEqualTo("mayor"));
    anaSees = anaAsks(getTable()).getTable();
    assertThat(anaSees.getPhase()).isEqualTo(Phase.LOBBY);
  }

  private static Table openTable() throws Exception {
    return tables.registry.open(tutorial, List.of(), 1, TableOptions.DEFAULT.withDurations(HOUR));
  }

  @AfterAll
  static void tearDown() throws Exception {
    if (ana != null) {
      ana.finishAndReleaseAll();
    }
    tables.close();
  }

  private static ClientMessage.Builder getTable() {
    return ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance());
  }

  /** Ana's one answer to a request, and nothing else she received meanwhile. */
  private static ServerMessage anaAsks(ClientMessage.Builder request) {
    long id = ++anaRequests;
    Wire.send(ana, request.setRequestId(id).build());
    List<ServerMessage> answers = Wire.answers(ana);
    assertThat(answers).as("what Ana received").hasSize(1);
    assertThat(answers.get(0).getRequestId()).isEqualTo(id);
    return answers.get(0);
  }

  @FuzzTest(maxDuration = "20s")
  void anyBytesThroughThePipeline(byte[] input) throws Exception {
    if (playground.ended().isDone()) {
      playground = openTable();
    }
    int mode = input.length > 0 ? (input[0] & 0xff) % 3 : 0;
    byte[] bytes = input.length > 2 ? Arrays.copyOfRange(input, 2, input.length) : new byte[0];
    int split = input.length > 1 ? (input[1] & 0xff) % (bytes.length + 1) : bytes.length;

    EmbeddedChannel channel = new EmbeddedChannel(pipeline);
    try {
      if (mode >= 1) {
        Wire.send(channel, Wire.hello(1, 1));
      }
      if (mode == 2) {
        Wire.send(channel, Wire.join(2, playground.joinCode(), "fuzz", ""));
      }
      channel.writeInbound(Wire.buf(Arrays.copyOfRange(bytes, 0, split)));
      if (channel.isOpen()) {
        // Unless the server has closed the connection over the first read.
        channel.writeInbound(Wire.buf(Arrays.copyOfRange(bytes, split, bytes.length)));
      }
      channel.runPendingTasks();
      channel.checkException();
      for (ServerMessage answer : Wire.answers(channel)) {
        if (answer.hasError()) {
          assertThat(answer.getError().getCode()).isNotIn(ErrorCode.ERROR_CODE_UNSPECIFIED,
              ErrorCode.UNRECOGNIZED);
          assertThat(answer.getError().getMessage()).isNotBlank();
        } else {
          assertThat(answer.getBodyCase()).isNotEqualTo(ServerMessage.BodyCase.BODY_NOT_SET);
        }
      }
    } finally {
      channel.finishAndReleaseAll();
    }
    channel.checkException();

    // Ana, at her own table: nothing arrived, and her table answers as before.
    assertThat(Wire.answers(ana)).as("what reached Ana").isEmpty();
    assertThat(anaAsks(getTable()).getTable()).isEqualTo(anaSees);
    assertThat(anaAsks(ClientMessage.newBuilder().setPing(
        org.veta.protocol.wire.Ping.newBuilder().setNonce(77))).getPong().getNonce()).isEqualTo(77);
  }
}
