package org.veta.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * One file of the journal, {@code journal-NNNNNN.vjournal}: the magic {@code VETAJRN1}, then
 * JournalEntries in the log's framing. It also remembers which table files it fed, because the
 * segment may only be deleted once those files are forced: until then it is the only durable
 * copy of their newest records.
 */
final class JournalSegment {
  static final byte[] MAGIC = "VETAJRN1".getBytes(StandardCharsets.US_ASCII);
  static final String SUFFIX = ".vjournal";
  /** A segment that recovery could not replay whole is renamed so, and kept for a person. */
  static final String KEPT_SUFFIX = ".unreplayed";
  private static final Pattern NAME = Pattern.compile("journal-(\\d+)\\.vjournal(\\..*)?");

  private final long number;
  private final Path path;
  private final FileChannel channel;
  private final OutputStream out;
  private final CRC32C crc = new CRC32C();
  private long bytes;
  /** Logs written while this segment was current; only the journal thread adds. */
  private final Set<SessionLog> fed = Collections.newSetFromMap(new IdentityHashMap<>());

  private JournalSegment(long number, Path path, FileChannel channel) {
    this.number = number;
    this.path = path;
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024);
  }

  static String name(long number) {
    return String.format(java.util.Locale.ROOT, "journal-%06d%s", number, SUFFIX);
  }

  /** The number in a segment's name, kept ones included; empty for any other file. */
  static OptionalLong number(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** True for a segment recovery should replay (not one kept after a failed replay). */
  static boolean replayable(Path file) {
    return number(file).isPresent() && file.getFileName().toString().endsWith(SUFFIX);
  }

  /**
   * Creates the segment and makes its name durable: a force of the file alone does not keep a
   * new directory entry, and what is acknowledged from this segment must be found after a crash.
   */
  static JournalSegment create(Path directory, long number) throws IOException {
    Files.createDirectories(directory);
    Path path = directory.resolve(name(number));
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    JournalSegment segment = new JournalSegment(number, path, channel);
    segment.out.write(MAGIC);
    segment.bytes = MAGIC.length;
    forceDirectory(directory);
    return segment;
  }

  /** Forces a directory's entries (names created or removed in it). */
  static void forceDirectory(Path directory) throws IOException {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    }
  }

  /** Appends a JournalEntry {file, record}, framed, without building it first. */
  void append(byte[] file, byte[] record) throws IOException {
    bytes += LogFormat.writeJournalFrame(file, record, out, crc);
  }

  /** The group's entries reach the device: from here on they survive a crash. */
  void force() throws IOException {
    out.flush();
    channel.force(false);
  }

  void fed(SessionLog log) {
    fed.add(log);
  }

  /**
   * A record this segment holds could not be written to its table's file: the segment is then the
   * only copy of it on disk, and is never deleted (the next start replays it into the file).
   */
  void tableWriteFailed() {
    tableWriteFailed = true;
  }

  boolean holdsUnwrittenRecords() {
    return tableWriteFailed;
  }

  Set<SessionLog> fedLogs() {
    return fed;
  }

  private boolean tableWriteFailed;

  long bytes() {
    return bytes;
  }

  long number() {
    return number;
  }

  Path path() {
    return path;
  }

  void closeFile() throws IOException {
    out.close();
  }
}
