package org.veta.net;

import com.google.protobuf.CodedOutputStream;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.WireMessage;

/**
 * What the server writes, as frames: a varint32 length, then the ServerMessage. A table's
 * {@link WireMessage} is already serialized, and its bytes go out as they are, to every reader;
 * a ServerMessage the connection answers itself (a Welcome, a refusal) is serialized here. One
 * buffer per frame, with the length in it, where the length prepender made a second one.
 */
@ChannelHandler.Sharable
final class ServerFrameEncoder extends MessageToByteEncoder<Object> {
  static final ServerFrameEncoder INSTANCE = new ServerFrameEncoder();

  private ServerFrameEncoder() {
    super(Object.class);
  }

  @Override
  public boolean acceptOutboundMessage(Object msg) {
    return msg instanceof WireMessage || msg instanceof ServerMessage;
  }

  @Override
  protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Object msg, boolean preferDirect) {
    int body = size(msg);
    int frame = CodedOutputStream.computeUInt32SizeNoTag(body) + body;
    return preferDirect ? ctx.alloc().ioBuffer(frame) : ctx.alloc().heapBuffer(frame);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
    byte[] body = msg instanceof WireMessage wire ? wire.bytes()
        : ((ServerMessage) msg).toByteArray();
    writeVarint32(out, body.length);
    out.writeBytes(body);
  }

  /** The serialized size of a message on its way out; protobuf keeps what it works out. */
  static int size(Object msg) {
    return msg instanceof WireMessage wire ? wire.bytes().length
        : ((ServerMessage) msg).getSerializedSize();
  }

  private static void writeVarint32(ByteBuf out, int value) {
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }
}
