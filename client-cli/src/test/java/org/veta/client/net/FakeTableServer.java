package org.veta.client.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;

/**
 * A stand-in for the veta server in tests: a real Netty server on a free loopback port that
 * answers each request with whatever the test's responder returns (answers and events alike,
 * in that order). Every request received is also queued for the test to inspect.
 */
public final class FakeTableServer implements AutoCloseable {
  /** Given the connection and a request, the messages to send back; may also close the channel. */
  public interface Responder extends BiFunction<Channel, ClientMessage, List<ServerMessage>> {}

  private final EventLoopGroup group = new NioEventLoopGroup(1);
  private final Channel serverChannel;
  private final BlockingQueue<ClientMessage> received = new LinkedBlockingQueue<>();
  private volatile Channel connection;

  public FakeTableServer(Responder responder) throws InterruptedException {
    serverChannel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            connection = ch;
            ch.pipeline().addLast(new ProtobufVarint32FrameDecoder(),
                new ProtobufDecoder(ClientMessage.getDefaultInstance()),
                new ProtobufVarint32LengthFieldPrepender(), new ProtobufEncoder(),
                new SimpleChannelInboundHandler<ClientMessage>() {
                  @Override
                  protected void channelRead0(ChannelHandlerContext ctx, ClientMessage request) {
                    received.add(request);
                    for (ServerMessage message : responder.apply(ctx.channel(), request)) {
                      ctx.write(message);
                    }
                    ctx.flush();
                  }
                });
          }
        })
        .bind("127.0.0.1", 0).sync().channel();
  }

  public int port() {
    return ((java.net.InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  public BlockingQueue<ClientMessage> received() {
    return received;
  }

  /** Sends a message to the connected client from outside a request (an unprompted event). */
  public void push(ServerMessage message) {
    connection.writeAndFlush(message);
  }

  public void hangUp() {
    connection.close().syncUninterruptibly();
  }

  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }
}
