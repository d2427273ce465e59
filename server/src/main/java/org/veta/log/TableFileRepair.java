package org.veta.log;

import com.google.protobuf.ByteString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.protocol.log.LogRecord;

/**
 * Brings one table file up to date with the journal's records for it. The file's records before
 * the journal's first are durable (their segment was retired only after the file was forced);
 * from there on the file holds whatever the crash left of unforced writes (all of it after a
 * killed process, anything after a power cut), so the journal's copy wins: the file is cut back
 * to its last sound record and the journal's records follow it. Records already there and equal
 * are kept as they are.
 */
final class TableFileRepair {
  private static final Logger LOG = LoggerFactory.getLogger(TableFileRepair.class);

  /** A record of the journal for this file: its index, itself, and its exact bytes. */
  record Entry(long index, LogRecord record, ByteString bytes) {}

  /** Records appended, records found already there; ok false if the file was left as it was. */
  record Result(int appended, int present, boolean ok) {
    static final Result LEFT = new Result(0, 0, false);
  }

  private TableFileRepair() {}

  /** entries: this file's, in the journal's order (consecutive indexes). */
  static Result apply(Path file, List<Entry> entries) throws IOException {
    long first = entries.get(0).index();
    if (!Files.exists(file) || Files.size(file) == 0) {
      if (first != 0) {
        LOG.error("session file {}: it is {}, and the journal holds its records from {} on "
            + "only; not created", file.getFileName(), Files.exists(file) ? "empty" : "missing",
            first);
        return Result.LEFT;
      }
      // Created since the last retirement: its name or its bytes were never forced.
      try (OutputStream out = Files.newOutputStream(file)) {
        LogFormat.writeMagic(out);
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    LogReader.Contents contents = LogReader.read(file, bytes);
    if (contents.format() != LogFormat.VERSION) {
      LOG.error("session file {}: it has no checksums (format {}), so the journal's records "
          + "cannot be matched with it; left as it is", file.getFileName(), contents.format());
      return Result.LEFT;
    }
    // The sound part: whole records whose index is their place (zeros a crash left in an
    // unforced page read as an empty record with a valid checksum, and index 0).
    List<LogRecord> records = contents.records();
    long[] starts = new long[records.size() + 1];
    starts[0] = LogFormat.MAGIC.length;
    int sound = 0;
    while (sound < records.size() && records.get(sound).getIndex() == sound) {
      starts[sound + 1] = starts[sound] + LogFormat.framedSize(records.get(sound));
      sound++;
    }
    long cut = sound < records.size() ? starts[sound]
        : contents.damage().map(LogReader.Damage::offset).orElse((long) bytes.length);
    String why = sound < records.size() ? "the record after " + (sound - 1) + " has index "
        + records.get(sound).getIndex()
        : contents.damage().map(LogReader.Damage::describe).orElse("");
    if (first > sound) {
      LOG.error("session file {}: it holds records 0 to {}{}, the journal's begin at {}: records "
          + "{} to {} are in neither; the file is left as it is", file.getFileName(), sound - 1,
          why.isEmpty() ? "" : " (" + why + ")", first, sound, first - 1);
      return Result.LEFT;
    }
    int present = 0;
    for (Entry e : entries) {
      if (e.index() >= sound) {
        break;
      }
      if (!e.record().equals(records.get((int) e.index()))) {
        why = "record " + e.index() + " differs from the journal's";
        sound = (int) e.index();
        cut = starts[sound];
        break;
      }
      present++;
    }
    if (cut < bytes.length) {
      LOG.warn("session file {}: cut back from {} to {} bytes ({}); the journal's records follow",
          file.getFileName(), bytes.length, cut, why);
    }
    int appended = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(cut);
      channel.position(cut);
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
      for (Entry e : entries) {
        if (e.index() >= sound) {
          LogFormat.writeFrame(e.bytes().toByteArray(), out);
          appended++;
        }
      }
      out.flush();
      // Even with nothing appended: a killed process's writes may be in the page cache only,
      // and the journal that holds them is about to be deleted.
      channel.force(false);
    }
    return new Result(appended, present, true);
  }
}
