package org.veta.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.protocol.wire.ErrorCode;

/**
 * The head of a TLS server's pipeline. It looks at a connection's first bytes: a TLS record, and
 * it puts the SslHandler in its place; anything else is a client speaking plain veta to a TLS
 * server, which gets one plain Error frame telling the person what to do, and is closed. After
 * the SslHandler, {@link Failures} turns a failed handshake or a broken record into one log line
 * and a close, instead of a protocol error nobody could read.
 */
final class TlsGate extends ByteToMessageDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(TlsGate.class);
  static final String PLAIN_REFUSED = "This server speaks TLS: connect with --tls and the "
      + "fingerprint the facilitator reads out (--fingerprint); closing the connection.";

  private final ServerTls tls;

  TlsGate(ServerTls tls) {
    this.tls = tls;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    // A TLS record header is 5 bytes; a veta frame is never shorter (length, tag, id, body tag).
    if (in.readableBytes() < 5) {
      return;
    }
    if (SslHandler.isEncrypted(in, false)) {
      ctx.pipeline().replace(this, HandlerNames.TLS, tls.newHandler(ctx.alloc()));
      ctx.pipeline().addAfter(HandlerNames.TLS, HandlerNames.TLS_FAILURES, new Failures());
      return;
    }
    in.skipBytes(in.readableBytes());
    LOG.info("{} speaks plain TCP to a TLS server; closing", ctx.channel().remoteAddress());
    ctx.channel().config().setAutoRead(false);
    ctx.writeAndFlush(Unpooled.wrappedBuffer(plainFrame()))
        .addListener(ChannelFutureListener.CLOSE);
  }

  private static byte[] plainFrame() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RequestGuard.error(0, ErrorCode.UNAUTHENTICATED, PLAIN_REFUSED).writeDelimitedTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Right after the SslHandler: TLS failures end the connection quietly. */
  static final class Failures extends ChannelInboundHandlerAdapter {
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
      if (event instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
        LOG.info("{}: the TLS handshake failed ({}); closing", ctx.channel().remoteAddress(),
            done.cause().getMessage());
        ctx.close();
      }
      ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      Throwable tlsCause = cause instanceof DecoderException && cause.getCause() != null
          ? cause.getCause() : cause;
      if (tlsCause instanceof SSLException || tlsCause instanceof NotSslRecordException) {
        LOG.info("{}: TLS failed ({}); closing", ctx.channel().remoteAddress(), tlsCause.getMessage());
        ctx.close();
        return;
      }
      ctx.fireExceptionCaught(cause);
    }
  }
}
