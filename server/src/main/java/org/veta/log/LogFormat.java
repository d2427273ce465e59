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
    byte[] length = new byte[CodedOutputStream.computeUInt32SizeNoTag(body.length)];
    CodedOutputStream coded = CodedOutputStream.newInstance(length);
    coded.writeUInt32NoTag(body.length);
    coded.flush();
    out.write(length);
    out.write(body);
    int crc = crc(body, 0, body.length);
    out.write(new byte[] {(byte) (crc >>> 24), (byte) (crc >>> 16), (byte) (crc >>> 8), (byte) crc});
    return length.length + body.length + 4;
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
