package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.veta.app.ScenarioSource;
import org.veta.log.SessionLogs;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.Talk;

/**
 * A server stops without ending its table (its registry is dropped, as a killed process would
 * leave it); a new one on the same data directory resumes the table from its log where it was.
 */
class ResumeTest extends RegistryFixture {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static ClientMessage.Builder join(String name, String seat) {
    return ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(name).setSeat(seat));
  }

  private static ClientMessage.Builder orders(String... moves) {
    return ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(List.of(moves)));
  }

  private static final ClientMessage.Builder VIEW =
      ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance());

  @Test
  void aTableStoppedMidGameResumesWithItsStateSeatsOrdersAndTalk() throws Exception {
    Table table = registry.open(new ScenarioSource(null).load("peru", List.of()), List.of(), 7,
        TableOptions.DEFAULT.withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    var anaSeat = ana.ask(table, join("Ana", "fedemin")).getJoined();
    ben.ask(table, join("Ben", "mdd_governor"));
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    for (int round = 1; round <= 2; round++) {
      int r = round;
      for (Phase phase : List.of(Phase.BRIEFING, Phase.TALKS)) {
        ana.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getRound() == r
            && m.getPhaseChanged().getPhase() == phase, WAIT);
        for (TestMember m : List.of(ana, ben)) {
          m.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
        }
      }
      ana.await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getRound() == r
          && m.getPhaseChanged().getPhase() == Phase.ORDERS, WAIT);
      if (round == 2) {
        break;
      }
      ana.ask(table, orders("strike scale=1 days=10"));
      ben.ask(table, orders("forbear"));
      for (TestMember m : List.of(ana, ben)) {
        m.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
      }
      ana.await(m -> m.hasReport() && m.getReport().getRound() == r, WAIT);
      for (TestMember m : List.of(ana, ben)) {
        m.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
      }
    }
    ana.ask(table, orders("organize"));
    var before = ana.ask(table, VIEW.clone()).getTable();
    assertThat(before.getRound()).isEqualTo(2);
    assertThat(before.getPhase()).isEqualTo(Phase.ORDERS);

    // The process dies: nothing more is written, and nobody ends the table.
    timers.shutdownNow();
    logs.close();

    SessionLogs again = new SessionLogs(data);
    var timers2 = Executors.newSingleThreadScheduledExecutor();
    try {
      TableRegistry restarted = new TableRegistry(again, timers2, workers, Clock.systemUTC());
      List<Table> resumed = restarted.resumeAll(TableOptions.DEFAULT);
      assertThat(resumed).singleElement().satisfies(t -> {
        assertThat(t.id()).isEqualTo(table.id());
        assertThat(t.joinCode()).isEqualTo(table.joinCode());
        assertThat(t.number()).isEqualTo(table.number());
      });
      Table back = resumed.get(0);
      TestMember anaAgain = new TestMember("ana again");
      var rejoined = anaAgain.ask(back, ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
          .setSeatToken(anaSeat.getSeatToken()))).getJoined();
      assertThat(rejoined.getSeat()).isEqualTo("fedemin");
      var view = rejoined.getTable();
      assertThat(view.getRound()).isEqualTo(2);
      assertThat(view.getPhase()).isEqualTo(Phase.ORDERS);
      assertThat(view.getYou().getOrdersList()).containsExactly("organize");
      assertThat(view.getIndicatorsList()).containsExactlyElementsOf(before.getIndicatorsList());
      assertThat(view.getDeadlineUnixMs()).isPositive();
      assertThat(view.getSeatsList()).filteredOn(s -> s.getId().equals("mdd_governor"))
          .singleElement().satisfies(s -> assertThat(s.getDropped()).isTrue());
      // Someone else's token, or none, opens nothing; the game goes on to the next round.
      assertThat(new TestMember("eve").ask(back, join("Eve", "mdd_governor")).getError().getCode())
          .isEqualTo(org.veta.protocol.wire.ErrorCode.CONFLICT);
      anaAgain.ask(back, ClientMessage.newBuilder().setTalk(Talk.newBuilder()
          .setChannel(org.veta.protocol.wire.Channel.PRIVATE).setTo("mdd_governor").setText("back")));
      back.stop().get();
    } finally {
      timers2.shutdownNow();
      again.close();
    }
  }

  /** Two tables in their first briefing, then the process dies; returns them. */
  private List<Table> twoTablesThenStop() throws Exception {
    List<Table> opened = new java.util.ArrayList<>();
    for (int n = 0; n < 2; n++) {
      Table t = registry.open(new ScenarioSource(null).load("tutorial", List.of()), List.of(), 3 + n,
          TableOptions.DEFAULT.withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
      TestMember ana = new TestMember("ana" + n);
      ana.ask(t, join("Ana", "federation"));
      ana.ask(t, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
      ana.ask(t, ClientMessage.newBuilder().setTalk(Talk.newBuilder()
          .setChannel(org.veta.protocol.wire.Channel.PUBLIC).setText("before the stop " + n)));
      opened.add(t);
    }
    timers.shutdownNow();
    logs.close();
    return opened;
  }

  private List<Table> restart() {
    SessionLogs again = new SessionLogs(data);
    var timers2 = Executors.newSingleThreadScheduledExecutor();
    try {
      return new TableRegistry(again, timers2, workers, Clock.systemUTC())
          .resumeAll(TableOptions.DEFAULT);
    } finally {
      timers2.shutdownNow();
      again.close();
    }
  }

  @Test
  void aTornLastRecordIsDroppedAndTheSessionResumes() throws Exception {
    List<Table> tables = twoTablesThenStop();
    java.nio.file.Path file = tables.get(0).logFile();
    long size = java.nio.file.Files.size(file);
    // A write cut short at the crash: half a record of garbage at the end.
    java.nio.file.Files.write(file, new byte[] {(byte) 0x90, 0x03, 1, 2, 3},
        java.nio.file.StandardOpenOption.APPEND);
    List<Table> resumed = restart();
    assertThat(resumed).extracting(Table::id).containsExactlyInAnyOrder(tables.get(0).id(),
        tables.get(1).id());
    // The file was cut back to its last whole record before the resumed session went on.
    var contents = org.veta.log.LogReader.read(file);
    assertThat(contents.damage()).isEmpty();
    assertThat(java.nio.file.Files.size(file)).isGreaterThanOrEqualTo(size);
  }

  @Test
  void aRecordDamagedInTheMiddleStopsOnlyItsSession() throws Exception {
    List<Table> tables = twoTablesThenStop();
    java.nio.file.Path file = tables.get(0).logFile();
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x40;
    java.nio.file.Files.write(file, bytes);
    var damage = org.veta.log.LogReader.read(file).damage();
    assertThat(damage).hasValueSatisfying(d ->
        assertThat(d.kind()).isEqualTo(org.veta.log.LogReader.Damage.Kind.CORRUPT));
    List<Table> resumed = restart();
    assertThat(resumed).extracting(Table::id).containsExactly(tables.get(1).id());
    // The damaged log is left exactly as it was, for someone to look at.
    assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(bytes);
    // (Its session is not verified at the end of this test: it is damaged on purpose.)
    java.nio.file.Files.move(file, file.resolveSibling("damaged.txt"));
  }
}
