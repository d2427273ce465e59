package org.veta.client.net;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import org.veta.protocol.wire.ServerMessage;

/**
 * The client pipeline: TLS if asked, frames in, protobuf, then the router; length prefix on the
 * way out.
 */
final class ClientChannelInitializer extends ChannelInitializer<SocketChannel> {
  private final GameClient client;
  private final SslContext tls;
  private final String host;
  private final int port;

  /** With a client SslContext for TLS (the host and port name the server to it), or null. */
  ClientChannelInitializer(GameClient client, SslContext tls, String host, int port) {
    this.client = client;
    this.tls = tls;
    this.host = host;
    this.port = port;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    if (tls != null) {
      pipeline.addLast(HandlerNames.TLS, tls.newHandler(channel.alloc(), host, port));
    }
    pipeline.addLast(HandlerNames.FRAME_DECODER,
        new org.veta.net.BoundedVarint32FrameDecoder(GameClient.MAX_FRAME_FROM_SERVER));
    pipeline.addLast(HandlerNames.PROTOBUF_DECODER, new ProtobufDecoder(ServerMessage.getDefaultInstance()));
    pipeline.addLast(HandlerNames.FRAME_ENCODER, new ProtobufVarint32LengthFieldPrepender());
    pipeline.addLast(HandlerNames.PROTOBUF_ENCODER, new ProtobufEncoder());
    pipeline.addLast(HandlerNames.IDLE, new IdleStateHandler(0, GameClient.PING_AFTER_IDLE_SECONDS, 0));
    pipeline.addLast(HandlerNames.SERVER_MESSAGES, new ServerMessageRouter(client));
  }
}
