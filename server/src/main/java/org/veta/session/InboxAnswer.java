package org.veta.session;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The answer to GetInbox, {@code ServerMessage {request_id, inbox {messages..., earlier_not_kept}}},
 * assembled from the talk messages a table keeps serialized: an inbox holds up to 256 of them, and
 * encoding each again (string by string) for every inbox asked for was a tenth of a loaded
 * server's CPU. The bytes are those protobuf gives for the same message; a property test holds
 * them to it.
 */
final class InboxAnswer {
  private static final int INBOX = 19;
  private static final int MESSAGES = 1;
  private static final int EARLIER_NOT_KEPT = 2;

  private InboxAnswer() {}

  /**
   * @param kept the table's talk, serialized
   * @param which the entries of kept this seat may read, oldest first: the first count of them
   */
  static byte[] encode(long requestId, RecentBytes kept, int[] which, int count,
      int earlierNotKept) {
    int inbox = 0;
    for (int i = 0; i < count; i++) {
      int length = kept.length(which[i]);
      inbox += CodedOutputStream.computeTagSize(MESSAGES)
          + CodedOutputStream.computeUInt32SizeNoTag(length) + length;
    }
    if (earlierNotKept != 0) {
      inbox += CodedOutputStream.computeUInt32Size(EARLIER_NOT_KEPT, earlierNotKept);
    }
    int size = AssembledAnswer.headerSize(requestId, INBOX, inbox) + inbox;
    byte[] bytes = new byte[size];
    try {
      // Each message's tag and length go through protobuf's writer; its bytes are copied
      // straight from the ring after them.
      int at = AssembledAnswer.writeHeader(bytes, requestId, INBOX, inbox);
      for (int i = 0; i < count; i++) {
        int length = kept.length(which[i]);
        CodedOutputStream head = CodedOutputStream.newInstance(bytes, at, bytes.length - at);
        head.writeTag(MESSAGES, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        head.writeUInt32NoTag(length);
        at = bytes.length - head.spaceLeft();
        kept.copyInto(which[i], bytes, at);
        at += length;
      }
      if (earlierNotKept != 0) {
        CodedOutputStream tail = CodedOutputStream.newInstance(bytes, at, bytes.length - at);
        tail.writeUInt32(EARLIER_NOT_KEPT, earlierNotKept);
        at = bytes.length - tail.spaceLeft();
      }
      if (at != size) {
        throw new IOException("wrote " + at + " of " + size + " bytes");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("an inbox did not fit the size worked out for it", e);
    }
    return bytes;
  }
}
