package org.veta.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.veta.log.LogReader;
import org.veta.replay.SessionRecord;
import org.veta.replay.Verifier;

/**
 * What a facilitator waits for after a workshop: {@code veta replay LOG --verify} on a long
 * session's log, without the JVM's start. The log is played by the server's own code in the
 * trial's setup ({@link TalkativeSession}: 14 Peru rounds with a lot of public talk, over 5,000
 * records), so it has the records, sizes and checksums the server really writes.
 *
 * <p>{@code readLog} is the reading alone (the file's bytes, every record's CRC32C and parse);
 * {@code replayAndVerify} adds what {@code --verify} does after it: the scenario read back from
 * the header, compiled, and every round re-executed and its state digest compared. The two apart
 * say whether a slow verify is the log's size or the engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplayBenchmark {
  /** Below this the log is not the long session the figures are meant to be about. */
  static final int MIN_RECORDS = 5_000;

  private Path directory;
  private Path log;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    directory = Files.createTempDirectory("veta-replay-bench");
    try {
      log = TalkativeSession.play(directory);
      check();
    } catch (Exception | Error e) {
      // JMH does not tear down a trial whose setup failed.
      TalkativeSession.delete(directory);
      throw e;
    }
  }

  private void check() throws Exception {
    LogReader.Contents contents = LogReader.read(log);
    if (!contents.intact()) {
      throw new IllegalStateException("the played log is damaged: "
          + contents.damage().get().describe());
    }
    if (contents.records().size() < MIN_RECORDS) {
      throw new IllegalStateException("the played log has " + contents.records().size()
          + " records, fewer than the " + MIN_RECORDS + " this benchmark is about");
    }
    Verifier.Verdict verdict = Verifier.verify(SessionRecord.of(contents));
    if (!verdict.matches()) {
      throw new IllegalStateException("the played log does not verify: "
          + verdict.divergence().get().describe());
    }
    System.out.printf("played log: %d records, %d bytes, %d rounds verified (%s)%n",
        contents.records().size(), Files.size(log), verdict.roundsChecked(), log.getFileName());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    TalkativeSession.delete(directory);
  }

  @Benchmark
  public LogReader.Contents readLog() throws Exception {
    return LogReader.read(log);
  }

  @Benchmark
  public Verifier.Verdict replayAndVerify() throws Exception {
    return Verifier.verify(SessionRecord.of(LogReader.read(log)));
  }
}
