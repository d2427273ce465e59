package org.veta.client.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.log.LogFormat;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.wire.SeatMoves;
import org.veta.session.TableRegistry;

/**
 * `veta replay LOG --verify` on a real session and on copies of it changed one way each: its
 * summary line, VERIFIED, a DIVERGENCE where one round's orders were changed, another engine's
 * NOTE, DAMAGED logs (torn, corrupt) and a file that is no log, each with its exit code.
 */
class VerifyTest {
  @TempDir static Path shared;
  private static Path recorded;
  private static List<LogRecord> records;

  @TempDir Path dir;

  @BeforeAll
  static void record() throws Exception {
    recorded = RecordedSession.tutorial(shared);
    records = LogReader.read(recorded).records();
  }

  private static ReplayRun verify(Path log) {
    return ReplayRun.of("", "replay", log.toString(), "--verify");
  }

  @Test
  void aRealSessionVerifies() {
    ReplayRun run = verify(recorded);

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ReplayExitCodes.OK);
    assertThat(run.lines()).containsExactly(
        "LOG " + recorded + ": format 2, " + records.size() + " records, scenario tutorial (Tutorial: Valle Dorado"
            + " in four rounds), seed 3, engine " + TableRegistry.ENGINE_VERSION + ", 4 of 4 rounds resolved",
        "VERIFIED 4 rounds: every state matches the log");
  }

  @Test
  void changingOneRoundsOrdersDivergesInThatRound() throws Exception {
    int at = indexOfRound(2);
    LogRound round2 = records.get(at).getRound();
    LogRound.Builder changed = round2.toBuilder().clearOrders();
    for (SeatMoves s : round2.getOrdersList()) {
      changed.addOrders(s.getSeat().equals("federation")
          ? SeatMoves.newBuilder().setSeat("federation").addMoves("strike scale=1 days=30").build() : s);
    }
    Path log = ReplayScriptTest.write(dir.resolve("changed.vlog"), records, at,
        records.get(at).toBuilder().setRound(changed).build());

    ReplayRun run = verify(log);

    assertThat(run.exit()).as(run.out()).isEqualTo(ReplayExitCodes.DIVERGED).isEqualTo(1);
    assertThat(run.lines()).hasSize(3);
    assertThat(run.lines().get(1)).matches("DIVERGENCE round 2, seat federation, mechanism [^:]+: .+");
    assertThat(run.lines().get(2)).isEqualTo("MATCHED 1 round before it");
  }

  @Test
  void aLogFromAnotherEngineSaysSoAndStillVerifies() throws Exception {
    LogRecord header = records.get(0);
    Path log = ReplayScriptTest.write(dir.resolve("old.vlog"), records, 0, header.toBuilder()
        .setHeader(header.getHeader().toBuilder().setEngineVersion("veta-engine 0.0.9")).build());

    ReplayRun run = verify(log);

    assertThat(run.exit()).isZero();
    assertThat(run.lines().get(0)).contains("engine veta-engine 0.0.9");
    assertThat(run.lines()).contains("NOTE this log was written by veta-engine 0.0.9; this is "
        + TableRegistry.ENGINE_VERSION + ": a divergence may come from changes to the engine, not from the log",
        "VERIFIED 4 rounds: every state matches the log");
  }

  @Test
  void aTornLogVerifiesItsIntactPartThenSaysWhereItIsDamaged() throws Exception {
    byte[] bytes = Files.readAllBytes(recorded);
    int offset = offsetOf(indexOfRound(3));
    Path torn = Files.write(dir.resolve("torn.vlog"), Arrays.copyOf(bytes, offset + 12));

    ReplayRun run = verify(torn);

    assertThat(run.exit()).isEqualTo(ReplayExitCodes.DAMAGED);
    assertThat(run.lines().get(0)).contains("records (damaged)", "2 of 4 rounds resolved");
    assertThat(run.lines()).contains("VERIFIED 2 rounds: every state matches the log");
    assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo("DAMAGED the last record is cut short at byte "
        + offset + " (it needs " + recordSize(indexOfRound(3)) + " bytes, 12 are there); it was dropped, everything"
        + " before it is intact: only the " + indexOfRound(3) + " records before the damage were verified");
  }

  @Test
  void aCorruptRecordStopsTheReadingThereAndSaysWhich() throws Exception {
    byte[] bytes = Files.readAllBytes(recorded);
    int index = indexOfRound(4) + 2;
    int offset = offsetOf(index);
    bytes[offset + 6] ^= 0x5a;
    Path corrupt = Files.write(dir.resolve("corrupt.vlog"), bytes);

    ReplayRun run = verify(corrupt);

    assertThat(run.exit()).isEqualTo(ReplayExitCodes.DAMAGED);
    assertThat(run.lines()).contains("VERIFIED 4 rounds: every state matches the log");
    assertThat(run.lines().get(run.lines().size() - 1)).startsWith("DAMAGED record " + index
        + " is damaged at byte " + offset + " (");

    // The replay opens it all the same, and says so first.
    ReplayRun replay = ReplayRun.of("goto end\n", "replay", corrupt.toString(), "--script", "-");
    assertThat(replay.exit()).isZero();
    assertThat(replay.opening()).anyMatch(l -> l.startsWith("DAMAGED record " + index + " is damaged at byte " + offset));
  }

  @Test
  void aFileThatIsNoLogIsASentenceAndANonZeroExit() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "these are my notes, not a log\n");
    ReplayRun run = verify(text);
    assertThat(run.exit()).isEqualTo(ReplayExitCodes.NOT_A_LOG);
    assertThat(run.lines()).singleElement().asString().startsWith("NOT A LOG: " + text + " is not a veta session log");

    Path empty = Files.write(dir.resolve("empty.vlog"), new byte[0]);
    assertThat(verify(empty).exit()).isEqualTo(ReplayExitCodes.NOT_A_LOG);

    ReplayRun both = ReplayRun.of("", "replay", recorded.toString(), "--verify", "--as", "mayor");
    assertThat(both.exit()).isEqualTo(ReplayExitCodes.USAGE);
    assertThat(both.err()).contains("--verify takes no --as or --script");
  }

  private static int indexOfRound(int round) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).hasRound() && records.get(i).getRound().getRound() == round) {
        return i;
      }
    }
    throw new AssertionError("no round " + round);
  }

  /** Where record i starts in the file: after the magic and the records before it. */
  private static int offsetOf(int index) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogFormat.writeMagic(out);
    for (int i = 0; i < index; i++) {
      LogFormat.write(records.get(i), out);
    }
    return out.size();
  }

  private static int recordSize(int index) throws Exception {
    return LogFormat.write(records.get(index), new ByteArrayOutputStream());
  }
}
