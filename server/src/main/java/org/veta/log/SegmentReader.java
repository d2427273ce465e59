package org.veta.log;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.veta.protocol.log.JournalEntry;

/**
 * Reads one journal segment as far as it is sound, judged as a session log is (see
 * {@link Frames}): a last entry cut short is a group whose force the crash interrupted, so none
 * of it was acknowledged, and it is dropped; damage before the end stops the reading there.
 */
final class SegmentReader {
  private SegmentReader() {}

  /** The entries read, in the order written, and what stopped the reading, if anything. */
  record Contents(Path file, List<JournalEntry> entries, Optional<LogReader.Damage> damage) {
    boolean corrupt() {
      return damage.isPresent() && damage.get().kind() == LogReader.Damage.Kind.CORRUPT;
    }
  }

  static Contents read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int magic = JournalSegment.MAGIC.length;
    if (bytes.length < magic && Arrays.equals(bytes, 0, bytes.length, JournalSegment.MAGIC, 0,
        bytes.length)) {
      return new Contents(file, List.of(), Optional.empty()); // created, nothing forced yet
    }
    if (!Arrays.equals(bytes, 0, magic, JournalSegment.MAGIC, 0, magic)) {
      return damaged(file, List.of(), LogReader.Damage.Kind.CORRUPT, 0, 0,
          "it does not begin with " + new String(JournalSegment.MAGIC,
              java.nio.charset.StandardCharsets.US_ASCII));
    }
    List<JournalEntry> entries = new ArrayList<>();
    int pos = magic;
    while (pos < bytes.length) {
      Frames.Next next = Frames.next(bytes, pos, true);
      if (next.flaw() != null) {
        return damaged(file, entries, next.flaw().kind(), next.flaw().start(), entries.size(),
            next.flaw().detail());
      }
      Frames.Frame frame = next.frame();
      try {
        entries.add(JournalEntry.parser().parseFrom(bytes, frame.bodyStart(), frame.length()));
      } catch (InvalidProtocolBufferException e) {
        return damaged(file, entries, LogReader.Damage.Kind.CORRUPT, frame.start(),
            entries.size(), "its bytes are not a journal entry");
      }
      pos = frame.end();
    }
    return new Contents(file, List.copyOf(entries), Optional.empty());
  }

  private static Contents damaged(Path file, List<JournalEntry> entries,
      LogReader.Damage.Kind kind, long offset, long entry, String detail) {
    return new Contents(file, List.copyOf(entries),
        Optional.of(new LogReader.Damage(kind, offset, entry, detail)));
  }
}
