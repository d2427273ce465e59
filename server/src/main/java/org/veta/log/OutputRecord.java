package org.veta.log;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A LogRecord holding a LogOutput, written around a ServerMessage that is serialized already:
 * the bytes are those {@code LogRecord.toByteArray()} gives for the same record (fields in number
 * order, defaults left out), but the message is copied in rather than encoded again, once for
 * every seat that reads it. A property test holds the two to the same bytes.
 */
final class OutputRecord {
  private static final int INDEX = 1;
  private static final int TIME_MS = 2;
  private static final int OUTPUT = 12;
  private static final int OUTPUT_SEAT = 1;
  private static final int OUTPUT_MESSAGE = 2;

  private OutputRecord() {}

  /** The serialized LogRecord {index, time_ms, output {seat, message}}. */
  static byte[] encode(long index, long timeMs, String seat, byte[] message) {
    int output = (seat.isEmpty() ? 0 : CodedOutputStream.computeStringSize(OUTPUT_SEAT, seat))
        + CodedOutputStream.computeTagSize(OUTPUT_MESSAGE)
        + CodedOutputStream.computeUInt32SizeNoTag(message.length) + message.length;
    int size = (index == 0 ? 0 : CodedOutputStream.computeUInt64Size(INDEX, index))
        + (timeMs == 0 ? 0 : CodedOutputStream.computeInt64Size(TIME_MS, timeMs))
        + CodedOutputStream.computeTagSize(OUTPUT) + CodedOutputStream.computeUInt32SizeNoTag(output)
        + output;
    byte[] bytes = new byte[size];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    try {
      if (index != 0) {
        out.writeUInt64(INDEX, index);
      }
      if (timeMs != 0) {
        out.writeInt64(TIME_MS, timeMs);
      }
      out.writeTag(OUTPUT, WireFormat.WIRETYPE_LENGTH_DELIMITED);
      out.writeUInt32NoTag(output);
      if (!seat.isEmpty()) {
        out.writeString(OUTPUT_SEAT, seat);
      }
      out.writeTag(OUTPUT_MESSAGE, WireFormat.WIRETYPE_LENGTH_DELIMITED);
      out.writeUInt32NoTag(message.length);
      out.writeRawBytes(message);
      out.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new UncheckedIOException("a log record did not fit the size worked out for it", e);
    }
    return bytes;
  }
}
