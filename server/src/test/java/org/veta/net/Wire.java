package org.veta.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Hello;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Ping;
import org.veta.protocol.wire.ServerMessage;

/** Bytes on the wire for EmbeddedChannel tests: frames in, decoded answers out (released). */
final class Wire {
  private Wire() {}

  static byte[] frame(ClientMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      message.writeDelimitedTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ByteBuf buf(byte[]... parts) {
    return Unpooled.wrappedBuffer(parts);
  }

  static ClientMessage hello(long id, int... versions) {
    Hello.Builder hello = Hello.newBuilder().setClient("wire-test");
    for (int v : versions) {
      hello.addProtocolVersions(v);
    }
    return ClientMessage.newBuilder().setRequestId(id).setHello(hello).build();
  }

  static ClientMessage ping(long id, long nonce) {
    return ClientMessage.newBuilder().setRequestId(id).setPing(Ping.newBuilder().setNonce(nonce)).build();
  }

  static ClientMessage join(long id, String code, String name, String seat) {
    return ClientMessage.newBuilder().setRequestId(id).setJoin(JoinTable.newBuilder()
        .setCode(code).setName(name).setSeat(seat)).build();
  }

  /** Writes frames of these messages, one buffer each. */
  static void send(EmbeddedChannel channel, ClientMessage... messages) {
    for (ClientMessage m : messages) {
      channel.writeInbound(buf(frame(m)));
    }
  }

  /** Every message the server has written so far, parsed; each buffer is released. */
  static List<ServerMessage> answers(EmbeddedChannel channel) {
    List<ServerMessage> out = new ArrayList<>();
    ByteBuf buf;
    while ((buf = channel.readOutbound()) != null) {
      try {
        while (buf.isReadable()) {
          int length = readVarint(buf);
          byte[] body = new byte[length];
          buf.readBytes(body);
          out.add(ServerMessage.parseFrom(body));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        buf.release();
      }
    }
    return out;
  }

  private static int readVarint(ByteBuf buf) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = buf.readByte();
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
