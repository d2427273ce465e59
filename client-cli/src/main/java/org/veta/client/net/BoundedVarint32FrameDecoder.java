package org.veta.client.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;

/**
 * Splits the stream into frames prefixed by a base-128 varint32 length, like Netty's
 * ProtobufVarint32FrameDecoder, but refuses frames longer than a maximum: that decoder would
 * otherwise buffer whatever length a peer announces. After a refusal the rest of the stream is
 * discarded, since there is no way to find the next frame boundary again.
 */
public final class BoundedVarint32FrameDecoder extends ByteToMessageDecoder {
  private final int maxFrameLength;
  private boolean failed;

  public BoundedVarint32FrameDecoder(int maxFrameLength) {
    if (maxFrameLength <= 0) {
      throw new IllegalArgumentException("maxFrameLength must be positive: " + maxFrameLength);
    }
    this.maxFrameLength = maxFrameLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    while (in.isReadable()) {
      in.markReaderIndex();
      long length = readVarint32(in);
      if (length == INCOMPLETE) {
        in.resetReaderIndex();
        return;
      }
      if (length > maxFrameLength) {
        fail(in);
        throw new FrameTooLargeException(length, maxFrameLength);
      }
      if (in.readableBytes() < length) {
        in.resetReaderIndex();
        return;
      }
      out.add(in.readRetainedSlice((int) length));
    }
  }

  private static final long INCOMPLETE = -1;

  /** The varint at the reader index as an unsigned value, or INCOMPLETE if more bytes are needed. */
  private long readVarint32(ByteBuf in) {
    long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!in.isReadable()) {
        return INCOMPLETE;
      }
      byte b = in.readByte();
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    fail(in);
    throw new CorruptedFrameException("frame length is not a varint32");
  }

  private void fail(ByteBuf in) {
    failed = true;
    in.skipBytes(in.readableBytes());
  }
}
