package org.veta.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogRecord;

/** The log's checksums tell a torn last record from damage in the middle. */
class LogReaderTest {
  @TempDir Path dir;

  static List<LogRecord> sample(int n) {
    List<LogRecord> records = new ArrayList<>();
    records.add(LogRecord.newBuilder().setIndex(0).setHeader(LogHeader.newBuilder()
        .setFormatVersion(LogFormat.VERSION).setTableId("t")).build());
    for (int i = 1; i < n; i++) {
      records.add(LogRecord.newBuilder().setIndex(i).setTimeMs(1000 + i).setLifecycle(
          LogLifecycle.newBuilder().setEvent("event " + i).setDetail("x".repeat(i * 7))).build());
    }
    return records;
  }

  static byte[] written(List<LogRecord> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogFormat.writeMagic(out);
    for (LogRecord r : records) {
      LogFormat.write(r, out);
    }
    return out.toByteArray();
  }

  @Test
  void aLogWrittenByTheServerReadsBackWhole() throws Exception {
    Path file;
    try (SessionLogs logs = new SessionLogs(dir)) {
      SessionLog log = logs.open("table-1", sample(1).get(0));
      for (LogRecord r : sample(20).subList(1, 20)) {
        log.append(r.toBuilder());
      }
      log.close().get(10, TimeUnit.SECONDS);
      file = log.path();
    }
    LogReader.Contents contents = LogReader.read(file);
    assertThat(contents.intact()).isTrue();
    assertThat(contents.format()).isEqualTo(2);
    assertThat(contents.records()).hasSize(21); // and the closing record
    assertThat(contents.records().get(0).getHeader().getTableId()).isEqualTo("t");
    assertThat(contents.records()).extracting(LogRecord::getIndex)
        .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 21).boxed().toList());
  }

  @Test
  void oneAlteredByteIsFoundWithItsRecordAndOffset() throws Exception {
    List<LogRecord> records = sample(10);
    byte[] bytes = written(records);
    // The 6th record starts after the magic and five framed records.
    int start = LogFormat.MAGIC.length;
    for (int i = 0; i < 5; i++) {
      start += framedSize(records.get(i));
    }
    final int offset = start;
    bytes[offset + 3] ^= 0x20;
    LogReader.Contents contents = LogReader.read(dir.resolve("x.vlog"), bytes);
    assertThat(contents.damage()).hasValueSatisfying(d -> {
      assertThat(d.kind()).isEqualTo(LogReader.Damage.Kind.CORRUPT);
      assertThat(d.index()).isEqualTo(5);
      assertThat(d.offset()).isEqualTo(offset);
      assertThat(d.describe()).contains("record 5").contains("byte " + offset);
    });
    assertThat(contents.records()).containsExactlyElementsOf(records.subList(0, 5));
  }

  @Test
  void aTruncatedLastRecordIsDroppedAndEverythingBeforeItKept() throws Exception {
    List<LogRecord> records = sample(8);
    byte[] bytes = written(records);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
    LogReader.Contents contents = LogReader.read(dir.resolve("x.vlog"), cut);
    assertThat(contents.damage()).hasValueSatisfying(d ->
        assertThat(d.kind()).isEqualTo(LogReader.Damage.Kind.TORN_TAIL));
    assertThat(contents.records()).containsExactlyElementsOf(records.subList(0, 7));
  }

  @Test
  void aFormatOneLogWithoutChecksumsStillOpens() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (LogRecord r : sample(5)) {
      r.writeDelimitedTo(out);
    }
    Path file = dir.resolve("old.vlog");
    Files.write(file, out.toByteArray());
    LogReader.Contents contents = LogReader.read(file);
    assertThat(contents.format()).isEqualTo(1);
    assertThat(contents.intact()).isTrue();
    assertThat(contents.records()).containsExactlyElementsOf(sample(5));
  }

  @Property(tries = 200)
  void wherever_a_log_is_cut_the_reader_keeps_a_prefix_and_says_so(
      @ForAll @IntRange(min = 0, max = 2000) int cutAt) throws Exception {
    List<LogRecord> records = sample(12);
    byte[] bytes = written(records);
    int at = Math.min(cutAt, bytes.length);
    LogReader.Contents contents = LogReader.read(Path.of("cut.vlog"),
        java.util.Arrays.copyOf(bytes, at));
    assertThat(contents.records().size()).isLessThanOrEqualTo(records.size());
    assertThat(contents.records()).isEqualTo(records.subList(0, contents.records().size()));
    assertThat(contents.intact()).isEqualTo(at == bytes.length
        || at <= LogFormat.MAGIC.length && at == 0 || isRecordBoundary(records, at));
  }

  private static boolean isRecordBoundary(List<LogRecord> records, int at) {
    int offset = LogFormat.MAGIC.length;
    if (at == offset) {
      return true;
    }
    for (LogRecord r : records) {
      offset += framedSize(r);
      if (offset == at) {
        return true;
      }
    }
    return false;
  }

  private static int framedSize(LogRecord r) {
    int size = r.getSerializedSize();
    return com.google.protobuf.CodedOutputStream.computeUInt32SizeNoTag(size) + size + 4;
  }
}
