package org.veta.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the byte stream into frames of a varint32 length followed by that many bytes, like
 * Netty's ProtobufVarint32FrameDecoder but with a maximum: a client cannot make the server buffer
 * an unbounded message. An oversized or malformed length is refused with a {@link FrameRefused}
 * as soon as the length is read (without waiting for the body), and everything after it is
 * discarded: after a bad length there is no way to find the next frame.
 */
public final class BoundedVarint32FrameDecoder extends ByteToMessageDecoder {
  private final int maxFrameLength;
  private boolean refused;

  /** The protocol's framing both ways: the server caps clients' frames, the client the server's. */
  public BoundedVarint32FrameDecoder(int maxFrameLength) {
    if (maxFrameLength <= 0) {
      throw new IllegalArgumentException("maxFrameLength must be positive: " + maxFrameLength);
    }
    this.maxFrameLength = maxFrameLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (refused) {
      in.skipBytes(in.readableBytes());
      return;
    }
    int start = in.readerIndex();
    long length = readLength(in);
    if (length == INCOMPLETE) {
      in.readerIndex(start);
      return;
    }
    if (length == MALFORMED || length > maxFrameLength) {
      refused = true;
      in.skipBytes(in.readableBytes());
      throw new FrameRefused(length == MALFORMED
          ? "That message's length is not a valid varint32; closing the connection."
          : "A message of " + length + " bytes is over the limit of " + maxFrameLength
              + " bytes; closing the connection.");
    }
    if (in.readableBytes() < length) {
      in.readerIndex(start);
      return;
    }
    out.add(in.readRetainedSlice((int) length));
  }

  private static final long INCOMPLETE = -1;
  private static final long MALFORMED = -2;

  /** A base-128 varint of at most 5 bytes whose value fits in 31 bits. */
  private static long readLength(ByteBuf in) {
    long value = 0;
    for (int i = 0; i < 5; i++) {
      if (!in.isReadable()) {
        return INCOMPLETE;
      }
      byte b = in.readByte();
      value |= (long) (b & 0x7f) << (7 * i);
      if (b >= 0) {
        return value > Integer.MAX_VALUE ? MALFORMED : value;
      }
    }
    return MALFORMED;
  }
}
