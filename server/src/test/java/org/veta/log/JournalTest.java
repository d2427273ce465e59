package org.veta.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogRecord;

/**
 * The shared journal: what it acknowledged survives a crash that takes the unforced tails of the
 * table files, its own damage is judged as a log's is, and it is deleted only once the files it
 * fed are forced.
 */
class JournalTest {
  private static final long BIG = SessionLogs.SEGMENT_BYTES;

  @TempDir Path data;
  private static final List<Class<?>> SPEAKERS =
      List.of(JournalRecovery.class, TableFileRepair.class, Journal.class, TableFileSync.class);
  private final ListAppender<ILoggingEvent> said = new ListAppender<>();

  @BeforeEach
  void listen() {
    said.start();
    for (Class<?> c : SPEAKERS) {
      Logger logger = (Logger) LoggerFactory.getLogger(c);
      logger.addAppender(said);
      logger.setLevel(Level.INFO);
    }
  }

  @AfterEach
  void stopListening() {
    for (Class<?> c : SPEAKERS) {
      Logger logger = (Logger) LoggerFactory.getLogger(c);
      logger.detachAppender(said);
      logger.setLevel(null);
    }
  }

  private static LogRecord header(String table) {
    return LogRecord.newBuilder().setHeader(LogHeader.newBuilder()
        .setFormatVersion(LogFormat.VERSION).setTableId(table)).build();
  }

  private static LogRecord.Builder event(String table, int n) {
    return LogRecord.newBuilder().setLifecycle(LogLifecycle.newBuilder().setEvent("event " + n)
        .setDetail(table + " " + "x".repeat(40 + n % 13)));
  }

  /** Opens tables t0.., appends rounds of records to each in turn, waits for every one. */
  private static Map<String, SessionLog> played(SessionLogs logs, int tables, int rounds)
      throws Exception {
    Map<String, SessionLog> opened = new LinkedHashMap<>();
    for (int t = 0; t < tables; t++) {
      opened.put("t" + t, logs.open("t" + t, header("t" + t)));
    }
    List<CompletableFuture<Void>> acknowledged = new ArrayList<>();
    for (int n = 1; n <= rounds; n++) {
      for (var log : opened.entrySet()) {
        acknowledged.add(log.getValue().append(event(log.getKey(), n)));
      }
    }
    CompletableFuture.allOf(acknowledged.toArray(new CompletableFuture<?>[0]))
        .get(20, TimeUnit.SECONDS);
    return opened;
  }

  private static Map<String, List<LogRecord>> contentsOf(Map<String, SessionLog> logs)
      throws IOException {
    Map<String, List<LogRecord>> contents = new LinkedHashMap<>();
    for (var log : logs.entrySet()) {
      contents.put(log.getKey(), LogReader.read(log.getValue().path()).records());
    }
    return contents;
  }

  private List<Path> segments(String suffix) throws IOException {
    Path journal = data.resolve("journal");
    if (!Files.isDirectory(journal)) {
      return List.of();
    }
    try (var files = Files.list(journal)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void cut(Path file, long length) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(length);
    }
  }

  private List<String> lines(Level level) {
    return said.list.stream().filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void everyAcknowledgedRecordIsBackAfterACrashTookTheFilesUnforcedTails() throws Exception {
    SessionLogs logs = new SessionLogs(data);
    Map<String, SessionLog> tables = played(logs, 4, 60);
    Map<String, List<LogRecord>> acknowledged = contentsOf(tables);
    assertThat(acknowledged.values()).allSatisfy(records -> assertThat(records).hasSize(61));
    logs.halt();
    // What a power cut may leave of writes nobody forced: a file cut mid-record, a file whose
    // name never reached the disk, an empty one, and one the cache had written out whole.
    Path torn = tables.get("t0").path();
    cut(torn, Files.size(torn) / 2 + 3);
    Files.delete(tables.get("t1").path());
    cut(tables.get("t2").path(), 0);
    assertThat(segments(".vjournal")).hasSize(1);

    new SessionLogs(data).repairFromJournal();

    for (var table : tables.entrySet()) {
      LogReader.Contents back = LogReader.read(table.getValue().path());
      assertThat(back.damage()).as(table.getKey()).isEmpty();
      assertThat(back.records()).as(table.getKey())
          .containsExactlyElementsOf(acknowledged.get(table.getKey()));
    }
    assertThat(segments("")).isEmpty();
    assertThat(lines(Level.INFO)).anySatisfy(line -> assertThat(line)
        .contains("244 records of 1 segments into 4 session files"));
  }

  @Test
  void recordsNobodyWaitsForReachTheirFileOnceTheJournalIsQuietAndSurviveACrashBefore()
      throws Exception {
    SessionLogs logs = new SessionLogs(data);
    SessionLog log = logs.open("t0", header("t0"));
    for (int n = 1; n <= 30; n++) {
      log.add(event("t0", n));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (log.readableIndex() < log.lastAppended() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(log.readableIndex()).as("flushed within the journal's interval")
        .isEqualTo(log.lastAppended()).isEqualTo(30);
    assertThat(LogReader.read(log.path()).records()).hasSize(31);

    for (int n = 31; n <= 40; n++) {
      log.add(event("t0", n));
    }
    CompletableFuture<Void> durable = new CompletableFuture<>();
    log.afterDurable(() -> durable.complete(null)); // as a table's answer waits
    durable.get(20, TimeUnit.SECONDS);
    logs.halt(); // killed: the last ten may be in no file, only in the journal
    new SessionLogs(data).repairFromJournal();
    assertThat(LogReader.read(log.path()).records()).extracting(LogRecord::getIndex)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(0, 40).boxed().toList());
  }

  @Test
  void whileOneTableKeepsTheJournalBusyEveryOtherTablesFileIsWrittenOutInTime() throws Exception {
    // Files are handed over a few per group once due: none may be left behind while the
    // journal never goes quiet (its idle path would flush them all).
    SessionLogs logs = new SessionLogs(data);
    SessionLog busy = logs.open("busy", header("busy"));
    List<SessionLog> quiet = new java.util.ArrayList<>();
    for (int t = 1; t <= 40; t++) {
      quiet.add(logs.open("q" + t, header("q" + t)));
    }
    // A record somebody waits for has every file flushed after its group: the events come after.
    busy.append(event("busy", 0)).get(20, TimeUnit.SECONDS);
    for (int t = 1; t <= 40; t++) {
      quiet.get(t - 1).add(event("q" + t, 1));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int n = 0;
    while (quiet.stream().anyMatch(l -> l.readableIndex() < 1) && System.nanoTime() < deadline) {
      CompletableFuture<Void> durable = new CompletableFuture<>();
      busy.add(event("busy", ++n));
      busy.afterDurable(() -> durable.complete(null)); // one group after another
      durable.get(20, TimeUnit.SECONDS);
    }
    assertThat(quiet).allSatisfy(l -> assertThat(l.readableIndex()).as(l.path().toString())
        .isEqualTo(1));
    for (SessionLog log : quiet) {
      assertThat(LogReader.read(log.path()).records()).hasSize(2);
    }
  }

  @Test
  void aTornLastJournalEntryIsDroppedWithAWarning() throws Exception {
    SessionLogs logs = new SessionLogs(data);
    Map<String, SessionLog> tables = played(logs, 1, 10);
    List<LogRecord> acknowledged = contentsOf(tables).get("t0");
    logs.halt();
    Path segment = segments(".vjournal").get(0);
    cut(segment, Files.size(segment) - 3);
    Path file = tables.get("t0").path();
    cut(file, LogFormat.MAGIC.length + LogFormat.framedSize(acknowledged.get(0)));

    new SessionLogs(data).repairFromJournal();

    LogReader.Contents back = LogReader.read(file);
    assertThat(back.damage()).isEmpty();
    assertThat(back.records()).containsExactlyElementsOf(acknowledged.subList(0, 10));
    assertThat(lines(Level.WARN)).anySatisfy(line -> assertThat(line).contains("cut short"));
    assertThat(segments("")).isEmpty();
  }

  @Test
  void aDamagedEntryInTheMiddleIsReportedWithItsOffsetAndDestroysNothing() throws Exception {
    SessionLogs logs = new SessionLogs(data);
    Map<String, SessionLog> tables = played(logs, 2, 30);
    Map<String, List<LogRecord>> acknowledged = contentsOf(tables);
    logs.halt();
    Path segment = segments(".vjournal").get(0);
    byte[] bytes = Files.readAllBytes(segment);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(segment, bytes);

    new SessionLogs(data).repairFromJournal();

    for (var table : tables.entrySet()) {
      LogReader.Contents back = LogReader.read(table.getValue().path());
      assertThat(back.damage()).isEmpty();
      assertThat(back.records()).containsExactlyElementsOf(acknowledged.get(table.getKey()));
    }
    assertThat(lines(Level.ERROR)).anySatisfy(line -> assertThat(line)
        .contains(segment.getFileName().toString()).containsPattern("at byte \\d+"));
    // Kept aside with its bytes, and not replayed again; the next journal is numbered after it.
    Path kept = segment.resolveSibling(segment.getFileName() + JournalSegment.KEPT_SUFFIX);
    assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);
    assertThat(segments(".vjournal")).isEmpty();
    try (SessionLogs again = new SessionLogs(data)) {
      again.open("t9", header("t9")).append(event("t9", 1)).get(10, TimeUnit.SECONDS);
      assertThat(segments(".vjournal")).extracting(p -> p.getFileName().toString())
          .containsExactly(JournalSegment.name(2));
    }
  }

  /** Forces like the device, and notes which file and which segments were there at the time. */
  private final class Recorded implements Journal.FileSync {
    final List<String> forced = new CopyOnWriteArrayList<>();
    final List<List<Path>> segmentsThen = new CopyOnWriteArrayList<>();
    volatile String failing = "";

    @Override
    public void force(Path file, FileChannel channel) throws IOException {
      if (file.getFileName().toString().equals(failing)) {
        throw new IOException("the device said no");
      }
      segmentsThen.add(segments(".vjournal"));
      channel.force(false);
      forced.add(file.getFileName().toString());
    }
  }

  @Test
  void aSegmentIsDeletedOnlyOnceTheFilesItFedAreForced() throws Exception {
    Recorded sync = new Recorded();
    SessionLogs logs = new SessionLogs(data, 2048, sync);
    SessionLog a = logs.open("a", header("a"));
    SessionLog b = logs.open("b", header("b"));
    for (int n = 1; n <= 40; n++) { // one record at a time: one group each, several segments
      a.append(event("a", n)).get(10, TimeUnit.SECONDS);
      b.append(event("b", n)).get(10, TimeUnit.SECONDS);
    }
    logs.synced().get(10, TimeUnit.SECONDS);
    assertThat(sync.forced).contains("a.vlog", "b.vlog");
    // The first forces retired the first segment, which was still there while they ran.
    assertThat(sync.segmentsThen.get(0)).extracting(p -> p.getFileName().toString())
        .contains(JournalSegment.name(1));
    List<Path> left = segments(".vjournal");
    assertThat(left).hasSizeLessThanOrEqualTo(1);
    assertThat(left).noneMatch(p -> p.getFileName().toString().equals(JournalSegment.name(1)));
    logs.close();
    assertThat(segments("")).isEmpty(); // a clean stop forces the rest and leaves no journal
  }

  @Test
  void aSegmentWhoseFilesCannotBeForcedIsKeptForTheNextStart() throws Exception {
    Recorded sync = new Recorded();
    sync.failing = "b.vlog";
    SessionLogs logs = new SessionLogs(data, 1024, sync);
    SessionLog a = logs.open("a", header("a"));
    SessionLog b = logs.open("b", header("b"));
    for (int n = 1; n <= 20; n++) {
      a.append(event("a", n)).get(10, TimeUnit.SECONDS);
      b.append(event("b", n)).get(10, TimeUnit.SECONDS);
    }
    logs.synced().get(10, TimeUnit.SECONDS);
    assertThat(segments(".vjournal")).extracting(p -> p.getFileName().toString())
        .contains(JournalSegment.name(1));
    assertThat(lines(Level.ERROR)).anySatisfy(line -> assertThat(line)
        .contains(JournalSegment.name(1)).contains("is kept"));
    logs.halt();
  }

  @Test
  void aFileLostBeyondWhatTheJournalHoldsIsReportedNotRecreated() throws Exception {
    SessionLogs logs = new SessionLogs(data, 1024, Journal.FileSync.DEVICE);
    SessionLog log = logs.open("gone", header("gone"));
    for (int n = 1; n <= 30; n++) {
      log.append(event("gone", n)).get(10, TimeUnit.SECONDS);
    }
    logs.synced().get(10, TimeUnit.SECONDS);
    logs.halt();
    assertThat(segments(".vjournal")).noneMatch(p -> p.getFileName().toString()
        .equals(JournalSegment.name(1))); // the header's segment was retired
    Files.delete(log.path()); // someone removed it; the journal holds only its newest records

    new SessionLogs(data).repairFromJournal();

    assertThat(log.path()).doesNotExist();
    assertThat(lines(Level.ERROR)).anySatisfy(line -> assertThat(line).contains("gone.vlog")
        .contains("missing"));
    assertThat(segments(JournalSegment.KEPT_SUFFIX)).isNotEmpty();
  }

  @Test
  void aClosedLogIsForcedAndCompleteWithoutTheJournal() throws Exception {
    Recorded sync = new Recorded();
    SessionLogs logs = new SessionLogs(data, BIG, sync);
    SessionLog log = logs.open("ended", header("ended"));
    for (int n = 1; n <= 10; n++) {
      log.append(event("ended", n));
    }
    log.close().get(10, TimeUnit.SECONDS);
    assertThat(sync.forced).containsExactly("ended.vlog");
    logs.halt();
    for (Path segment : segments("")) {
      Files.delete(segment);
    }
    LogReader.Contents contents = LogReader.read(log.path());
    assertThat(contents.damage()).isEmpty();
    assertThat(contents.records()).hasSize(12);
    assertThat(contents.records().get(11).getLifecycle().getEvent()).isEqualTo("log closed");
  }

  @Test
  void onTheCallingThreadEachRecordIsForcedInItsFileWithNoJournal() throws Exception {
    SessionLogs logs = SessionLogs.onCallingThread(data);
    SessionLog log = logs.open("alone", header("alone"));
    assertThat(log.append(event("alone", 1))).isDone();
    assertThat(log.durableIndex()).isEqualTo(1);
    assertThat(log.close()).isDone();
    logs.close();
    assertThat(data.resolve("journal")).doesNotExist();
    assertThat(LogReader.read(log.path()).records()).hasSize(3);
  }
}
