package org.veta.log;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.veta.protocol.log.LogRecord;

/**
 * The session log's bytes. Format 2 (written since the facilitator's console): the 8-byte magic
 * {@code VETALOG2}, then records, each a varint32 length, that many bytes of one LogRecord, and the
 * CRC32C of those bytes as 4 bytes big-endian; the first record is the header. Format 1 (the first
 * sessions) has no magic and no checksums: varint-delimited LogRecords only. Readers take both.
 *
 * <p>The checksum is what lets a reader tell a torn write (the last record cut short: drop it,
 * keep the rest) from damage in the middle (stop there and say where).
 */
public final class LogFormat {
  public static final int VERSION = 2;
  static final byte[] MAGIC = "VETALOG2".getBytes(StandardCharsets.US_ASCII);
  /** No record is near this; a larger length means the bytes are not a length at all. */
  static final int MAX_RECORD = 64 * 1024 * 1024;

  private LogFormat() {}

  public static void writeMagic(OutputStream out) throws IOException {
    out.write(MAGIC);
  }

  /** Writes one framed record; returns the bytes written. */
  public static int write(LogRecord record, OutputStream out) throws IOException {
    return writeFrame(record.toByteArray(), out);
  }

  /**
   * Writes bytes framed as a record is (length, bytes, CRC32C): a serialized LogRecord for a
   * session log, a JournalEntry for the journal. Returns the bytes written.
   */
  static int writeFrame(byte[] body, OutputStream out) throws IOException {
    byte[] head = new byte[5 + 4];
    int n = putVarint32(head, 0, body.length);
    out.write(head, 0, n);
    out.write(body);
    putInt(head, 0, crc(body, 0, body.length));
    out.write(head, 0, 4);
    return n + body.length + 4;
  }

  /**
   * Writes a JournalEntry {@code {file, record}} framed as {@link #writeFrame} would frame its
   * serialized bytes, from its two parts: the record, already serialized for its table's file,
   * is not copied into an entry first. Returns the bytes written.
   */
  static int writeJournalFrame(byte[] file, byte[] record, OutputStream out, CRC32C crc)
      throws IOException {
    // JournalEntry: field 1 (file) and field 2 (record), both length-delimited.
    byte[] head = new byte[1 + 5 + file.length + 1 + 5];
    int n = 0;
    if (file.length > 0) { // as protobuf leaves out an empty string
      head[n++] = (byte) ((1 << 3) | 2);
      n = putVarint32(head, n, file.length);
      System.arraycopy(file, 0, head, n, file.length);
      n += file.length;
    }
    head[n++] = (byte) ((2 << 3) | 2);
    n = putVarint32(head, n, record.length);
    int entry = n + record.length;
    byte[] length = new byte[5 + 4];
    int lengthBytes = putVarint32(length, 0, entry);
    out.write(length, 0, lengthBytes);
    out.write(head, 0, n);
    out.write(record);
    crc.reset();
    crc.update(head, 0, n);
    crc.update(record, 0, record.length);
    putInt(length, 0, (int) crc.getValue());
    out.write(length, 0, 4);
    return lengthBytes + entry + 4;
  }

  private static int putVarint32(byte[] into, int at, int value) {
    while ((value & ~0x7F) != 0) {
      into[at++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    into[at++] = (byte) value;
    return at;
  }

  private static void putInt(byte[] into, int at, int value) {
    into[at] = (byte) (value >>> 24);
    into[at + 1] = (byte) (value >>> 16);
    into[at + 2] = (byte) (value >>> 8);
    into[at + 3] = (byte) value;
  }

  /** The bytes a record takes in a file, framing included. */
  static int framedSize(LogRecord record) {
    int size = record.getSerializedSize();
    return CodedOutputStream.computeUInt32SizeNoTag(size) + size + 4;
  }

  static int crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
