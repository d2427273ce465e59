package org.veta.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.engine.Game;
import org.veta.engine.RoundResolver;
import org.veta.engine.RoundResult;
import org.veta.engine.state.PolicyState;
import org.veta.engine.TestGames;
import org.veta.log.LogFormat;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Shock;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.ServerMessage;
import org.veta.app.ScenarioSource;
import org.veta.session.TableRegistry;

/** Re-executing a log: the recorded digests match, and a changed input is found where it acts. */
class VerifierTest {
  @TempDir Path dir;

  /** A log of the Peru historical path, with an injected accident in round 2. */
  private List<LogRecord> session(String engineVersion) throws Exception {
    var loaded = new ScenarioSource(null).load("peru", List.of());
    Game game = Game.compile(loaded.scenario());
    List<LogRecord> records = new java.util.ArrayList<>();
    records.add(LogRecord.newBuilder().setHeader(LogHeader.newBuilder().setFormatVersion(2)
        .setEngineVersion(engineVersion).setScenarioText(loaded.text()).setSeed(42)).build());
    PolicyState state = game.initialState();
    for (int round = 1; round <= 4; round++) {
      LogRound.Builder logged = LogRound.newBuilder().setRound(round);
      if (round == 2) {
        ScheduledEvent accident = ScheduledEvent.newBuilder().setId("mine_accident+1").setRound(2)
            .setTitle("Mine collapse").addShocks(Shock.newBuilder()
                .setTarget("region.madre_de_dios.conflict").setDelta(0.2)).build();
        game = game.withEvent(accident);
        logged.addInjected(accident);
      }
      var orders = org.veta.engine.move.Orders.builder();
      for (var seat : game.seats()) {
        var moves = game.history(round, seat.id());
        orders.set(seat.id(), moves);
        logged.addOrders(SeatMoves.newBuilder().setSeat(seat.id())
            .addAllMoves(moves.stream().map(m -> m.text()).toList()));
      }
      RoundResult result = RoundResolver.resolve(game, state, orders.build(), 42);
      state = result.after();
      records.add(LogRecord.newBuilder().setRound(logged.setStateDigest(state.digest())).build());
      var report = org.veta.protocol.wire.RoundReport.newBuilder().setRound(round);
      for (var e : result.effects()) {
        report.addEffects(org.veta.protocol.wire.EffectView.newBuilder()
            .setMechanism(e.mechanism().label()).setSeat(e.cause().seat())
            .setTarget(e.target().key()).setAfter(e.after()));
      }
      records.add(LogRecord.newBuilder().setOutput(org.veta.protocol.log.LogOutput.newBuilder()
          .setMessage(ServerMessage.newBuilder().setReport(report))).build());
    }
    return records;
  }

  private Path write(List<LogRecord> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogFormat.writeMagic(out);
    for (LogRecord r : records) {
      LogFormat.write(r, out);
    }
    Path file = Files.createTempFile(dir, "session", ".vlog");
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  void aRecordedSessionReExecutesToEveryDigest() throws Exception {
    var verdict = Verifier.verify(SessionRecord.open(write(session(TableRegistry.ENGINE_VERSION))));
    assertThat(verdict.matches()).isTrue();
    assertThat(verdict.roundsChecked()).isEqualTo(4);
    assertThat(verdict.otherEngine()).isEmpty();
  }

  @Test
  void aChangedMoveIsFoundInItsRoundWithItsSeatAndMechanism() throws Exception {
    List<LogRecord> records = new java.util.ArrayList<>(session(TableRegistry.ENGINE_VERSION));
    // Round 3's record (header, then a round and a report per round): fedemin strikes instead.
    int at = 1 + 2 * 2;
    LogRound round3 = records.get(at).getRound();
    LogRound.Builder changed = round3.toBuilder().clearOrders();
    for (SeatMoves s : round3.getOrdersList()) {
      changed.addOrders(s.getSeat().equals("fedemin")
          ? SeatMoves.newBuilder().setSeat("fedemin").addMoves("strike scale=1 days=30").build() : s);
    }
    records.set(at, records.get(at).toBuilder().setRound(changed).build());
    var verdict = Verifier.verify(SessionRecord.open(write(records)));
    assertThat(verdict.roundsChecked()).isEqualTo(2);
    assertThat(verdict.divergence()).hasValueSatisfying(d -> {
      assertThat(d.round()).isEqualTo(3);
      assertThat(d.seat()).isNotEmpty();
      assertThat(d.mechanism()).isNotEmpty();
      assertThat(d.describe()).startsWith("round 3, seat ");
    });
  }

  @Test
  void aLogFromAnotherEngineSaysSo() throws Exception {
    var verdict = Verifier.verify(SessionRecord.open(write(session("veta-engine 0.0.1"))));
    assertThat(verdict.otherEngine()).contains("veta-engine 0.0.1");
  }

  @Test
  void aFileThatIsNoLogIsRefusedWithASentence() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "these are my notes, not a log\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SessionRecord.open(file))
        .isInstanceOf(SessionRecord.BadLog.class).hasMessageContaining("not a veta session log");
  }
}
