package org.veta.client.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import org.veta.protocol.wire.ServerMessage;

/** Hands decoded messages to the GameClient; pings when we have been quiet; closes on errors. */
final class ServerMessageRouter extends SimpleChannelInboundHandler<ServerMessage> {
  private final GameClient client;

  ServerMessageRouter(GameClient client) {
    this.client = client;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, ServerMessage message) {
    client.onMessage(message);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent idle && idle.state() == IdleState.WRITER_IDLE) {
      client.onWriterIdle();
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // Nothing sensible follows a bad frame or a broken socket: remember why, then hang up.
    client.onFailure(cause);
    ctx.close();
  }
}
