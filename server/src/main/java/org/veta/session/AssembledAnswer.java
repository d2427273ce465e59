package org.veta.session;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A ServerMessage answering a request, {@code {request_id, <body field>: body}}, written around a
 * body whose bytes a table assembles from parts it keeps serialized (an inbox from kept talk, a
 * table view from its seat's indicators). What protobuf writes for the same message: defaults
 * left out, fields in number order.
 */
final class AssembledAnswer {
  private static final int REQUEST_ID = 1;

  private AssembledAnswer() {}

  /** The bytes of the message before its body's own bytes. */
  static int headerSize(long requestId, int bodyField, int bodyLength) {
    return (requestId == 0 ? 0 : CodedOutputStream.computeUInt64Size(REQUEST_ID, requestId))
        + CodedOutputStream.computeTagSize(bodyField)
        + CodedOutputStream.computeUInt32SizeNoTag(bodyLength);
  }

  /** Writes the header at the start of into; returns where the body begins. */
  static int writeHeader(byte[] into, long requestId, int bodyField, int bodyLength) {
    CodedOutputStream out = CodedOutputStream.newInstance(into);
    try {
      if (requestId != 0) {
        out.writeUInt64(REQUEST_ID, requestId);
      }
      out.writeTag(bodyField, WireFormat.WIRETYPE_LENGTH_DELIMITED);
      out.writeUInt32NoTag(bodyLength);
    } catch (IOException e) {
      throw new UncheckedIOException("an answer's header did not fit", e);
    }
    return into.length - out.spaceLeft();
  }

  /** The whole answer, its body the parts one after another. */
  static byte[] of(long requestId, int bodyField, byte[]... parts) {
    int body = 0;
    for (byte[] part : parts) {
      body += part.length;
    }
    byte[] bytes = new byte[headerSize(requestId, bodyField, body) + body];
    int at = writeHeader(bytes, requestId, bodyField, body);
    for (byte[] part : parts) {
      System.arraycopy(part, 0, bytes, at, part.length);
      at += part.length;
    }
    return bytes;
  }
}
