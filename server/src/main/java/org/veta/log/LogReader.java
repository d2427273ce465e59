package org.veta.log;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.veta.protocol.log.LogRecord;

/**
 * Reads a session log of either format (see {@link LogFormat}) as far as it is sound. A last record
 * cut short (the server stopped mid-write) is dropped and reported as {@link Damage.Kind#TORN_TAIL};
 * a record whose checksum or bytes are wrong stops the reading there, reported as
 * {@link Damage.Kind#CORRUPT} with its byte offset and index; every record before either is kept.
 * Never throws for bad content, only for a file that cannot be read at all.
 */
public final class LogReader {
  private LogReader() {}

  /** What was wrong with a log, and where. */
  public record Damage(Kind kind, long offset, long index, String detail) {
    public enum Kind { TORN_TAIL, CORRUPT }

    /** One sentence for a person: where and what. */
    public String describe() {
      return (kind == Kind.TORN_TAIL ? "the last record is cut short" : "record " + index
          + " is damaged") + " at byte " + offset + " (" + detail + ")"
          + (kind == Kind.TORN_TAIL ? "; it was dropped, everything before it is intact"
          : "; the records before it are intact, the rest is not read");
    }
  }

  /** The records read, the format, and the damage that stopped the reading, if any. */
  public record Contents(Path file, int format, List<LogRecord> records, Optional<Damage> damage) {
    public boolean intact() {
      return damage.isEmpty();
    }
  }

  public static Contents read(Path file) throws IOException {
    return read(file, Files.readAllBytes(file));
  }

  /** Reads a log held in memory (a download); file only names it. */
  public static Contents read(Path file, byte[] bytes) {
    boolean checked = bytes.length >= LogFormat.MAGIC.length
        && Arrays.equals(bytes, 0, LogFormat.MAGIC.length, LogFormat.MAGIC, 0, LogFormat.MAGIC.length);
    int pos = checked ? LogFormat.MAGIC.length : 0;
    List<LogRecord> records = new ArrayList<>();
    while (pos < bytes.length) {
      long index = records.size();
      Frames.Next next = Frames.next(bytes, pos, checked);
      if (next.flaw() != null) {
        return damaged(file, checked, records, next.flaw().kind(), next.flaw().start(), index,
            next.flaw().detail());
      }
      Frames.Frame frame = next.frame();
      try {
        records.add(LogRecord.parser().parseFrom(bytes, frame.bodyStart(), frame.length()));
      } catch (InvalidProtocolBufferException e) {
        return damaged(file, checked, records, Damage.Kind.CORRUPT, frame.start(), index,
            "its bytes are not a log record");
      }
      pos = frame.end();
    }
    return new Contents(file, checked ? LogFormat.VERSION : 1, List.copyOf(records), Optional.empty());
  }

  private static Contents damaged(Path file, boolean checked, List<LogRecord> records,
      Damage.Kind kind, long offset, long index, String detail) {
    return new Contents(file, checked ? LogFormat.VERSION : 1, List.copyOf(records),
        Optional.of(new Damage(kind, offset, index, detail)));
  }
}
