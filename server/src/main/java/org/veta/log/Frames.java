package org.veta.log;

/**
 * Reads the framing the session logs and the journal share (see {@link LogFormat}): a varint32
 * length, that many bytes, and their CRC32C. One place decides what is a torn write (the bytes
 * end before the frame does: the last write was cut short) and what is damage (a length that is
 * not one, a checksum that does not match), so both files are judged alike after a crash.
 */
final class Frames {
  private Frames() {}

  /** One frame: its body is {@code bytes[bodyStart, bodyStart + length)}; the next starts at end. */
  record Frame(int start, int bodyStart, int length, int end) {}

  /** Why no whole frame starts at {@code start}. */
  record Flaw(LogReader.Damage.Kind kind, int start, String detail) {}

  /** Either the frame at a position or the flaw found there. */
  record Next(Frame frame, Flaw flaw) {
    static Next of(Frame frame) {
      return new Next(frame, null);
    }

    static Next flaw(LogReader.Damage.Kind kind, int start, String detail) {
      return new Next(null, new Flaw(kind, start, detail));
    }
  }

  /** The frame starting at {@code pos} ({@code pos < bytes.length}); checked: with a checksum. */
  static Next next(byte[] bytes, int pos, boolean checked) {
    int start = pos;
    // The length: a varint32 of at most 5 bytes.
    long length = 0;
    int shift = 0;
    boolean done = false;
    while (pos < bytes.length && shift < 35) {
      int b = bytes[pos++] & 0xff;
      length |= (long) (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) == 0) {
        done = true;
        break;
      }
    }
    if (!done) {
      return Next.flaw(pos >= bytes.length ? LogReader.Damage.Kind.TORN_TAIL
          : LogReader.Damage.Kind.CORRUPT, start, "its length cannot be read");
    }
    if (length > LogFormat.MAX_RECORD) {
      return Next.flaw(LogReader.Damage.Kind.CORRUPT, start, "a length of " + length + " bytes");
    }
    long end = pos + length + (checked ? 4 : 0);
    if (end > bytes.length) {
      return Next.flaw(LogReader.Damage.Kind.TORN_TAIL, start,
          "it needs " + (end - start) + " bytes, " + (bytes.length - start) + " are there");
    }
    int last = (int) end;
    if (checked) {
      int stored = ((bytes[last - 4] & 0xff) << 24) | ((bytes[last - 3] & 0xff) << 16)
          | ((bytes[last - 2] & 0xff) << 8) | (bytes[last - 1] & 0xff);
      if (stored != LogFormat.crc(bytes, pos, (int) length)) {
        return Next.flaw(LogReader.Damage.Kind.CORRUPT, start,
            "its checksum does not match its bytes");
      }
    }
    return Next.of(new Frame(start, pos, (int) length, last));
  }
}
