package org.veta.client.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Ok;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Welcome;

/**
 * The floor the load tool measures against: a bare Netty server with veta's framing (varint32
 * length + protobuf) that decodes each ClientMessage and answers it at once on the event loop:
 * Hello with a Welcome, a JoinTable with a Joined, anything else with an Ok of the same request id.
 * No table, no session log, no fsync, no limits: what Netty, protobuf and the loopback cost.
 * Run as its own process ({@code main} prints {@code LISTENING <port>}), as the real server is.
 */
public final class EchoFloor {
  private EchoFloor() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("floor-accept", true));
    EventLoopGroup io = new NioEventLoopGroup(0, new DefaultThreadFactory("floor-io", true));
    Channel listening = new ServerBootstrap().group(boss, io)
        .channel(io.netty.channel.socket.nio.NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 4096)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(new ProtobufVarint32FrameDecoder())
                .addLast(new ProtobufDecoder(ClientMessage.getDefaultInstance()))
                .addLast(new ProtobufVarint32LengthFieldPrepender())
                .addLast(new ProtobufEncoder())
                .addLast(new Echo());
          }
        }).bind("127.0.0.1", port).sync().channel();
    System.out.println("LISTENING " + ((InetSocketAddress) listening.localAddress()).getPort());
    System.out.flush();
    // Until stdin closes or the process is killed.
    while (System.in.read() >= 0) {
      // nothing
    }
    listening.close().sync();
    boss.shutdownGracefully();
    io.shutdownGracefully();
  }

  private static final class Echo extends SimpleChannelInboundHandler<ClientMessage> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ClientMessage request) {
      ServerMessage.Builder answer = ServerMessage.newBuilder().setRequestId(request.getRequestId());
      if (request.hasHello()) {
        answer.setWelcome(Welcome.newBuilder().setProtocolVersion(1).setServer("echo-floor"));
      } else {
        answer.setOk(Ok.getDefaultInstance());
      }
      ctx.writeAndFlush(answer.build());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
