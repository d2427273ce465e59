package org.veta.net;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.protocol.wire.ErrorCode;

/**
 * The whole pipeline of a connection from an address that has too many open already: it answers
 * one Error (request id 0), reads nothing more, and closes. On a TLS server it answers once the
 * handshake is done, so that the client can read it.
 */
final class TooManyConnections extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(TooManyConnections.class);

  private final String address;
  private final int limit;
  private final boolean tls;

  TooManyConnections(String address, int limit, boolean tls) {
    this.address = address;
    this.limit = limit;
    this.tls = tls;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    LOG.info("{} has {} connections open already; refusing another", address, limit);
    if (!tls) {
      refuse(ctx);
    }
    ctx.fireChannelActive();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslHandshakeCompletionEvent done) {
      if (done.isSuccess()) {
        refuse(ctx);
      } else {
        ctx.close();
      }
    }
    ctx.fireUserEventTriggered(event);
  }

  private void refuse(ChannelHandlerContext ctx) {
    ctx.channel().config().setAutoRead(false);
    ctx.writeAndFlush(RequestGuard.error(0, ErrorCode.RATE_LIMITED, "Too many connections from "
        + "your network are open (" + limit + "); close one and try again, or ask the "
        + "facilitator to raise --max-connections-per-address."))
        .addListener(ChannelFutureListener.CLOSE);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ReferenceCountUtil.release(msg);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
