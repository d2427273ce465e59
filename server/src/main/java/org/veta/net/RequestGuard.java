package org.veta.net;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Error;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.ServerMessage;

/**
 * A connection's limits on what it sends, just before its requests reach the {@link Connection}:
 *
 * <ul>
 *   <li>a ceiling on requests of any kind (a token bucket); a request over it is answered
 *       RATE_LIMITED and goes no further, and a connection that keeps sending far over it (more
 *       refusals than the flood allowance) is answered once more and closed;
 *   <li>a slower allowance for talk and negotiation (Talk, Propose, Counter, Respond), which
 *       reach every reader and the session log; over it, RATE_LIMITED and the connection stays;
 *   <li>no joining while the connection's address has sent too many wrong join codes or
 *       facilitator keys lately ({@link AddressLimits}); it learns of a wrong one from the
 *       UNAUTHENTICATED answer going out;
 *   <li>a message of a kind this protocol version does not have (a body under an unknown field
 *       number) is a malformed frame: answered INVALID_ARGUMENT and the connection closed;
 *   <li>while the connection's answers are not being read (Netty calls it not writable), its
 *       requests are not read either, so a client cannot pile up the server's memory.
 * </ul>
 *
 * A facilitator's console (admitted with the key) is trusted and not rate-limited. It sees the
 * answers on their way out (ServerMessage, before encoding) to tell a Welcome and wrong codes.
 */
final class RequestGuard extends ChannelDuplexHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
  /** Requests awaiting an answer that may say the code was wrong; more are not watched. */
  private static final int MAX_WATCHED = 64;

  static final String TOO_FAST = "You are sending requests too fast; wait a second.";
  static final String TALK_TOO_FAST = "You are sending messages too fast; wait a few seconds.";
  static final String FLOOD = "You sent far too many requests too fast; closing the connection.";
  static final String UNKNOWN_KIND = "That request is of a kind protocol version 1 does not have; "
      + "closing the connection.";

  private final AddressLimits addresses;
  private final String address;
  private final TokenBucket requests;
  private final TokenBucket talk;
  private final TokenBucket refusals;
  private final Set<Long> watchedJoins = new HashSet<>();
  private final Set<Long> watchedKeys = new HashSet<>();
  private boolean greeted;
  private boolean facilitator;
  private boolean closing;
  private boolean warned;

  RequestGuard(AddressLimits addresses, String address, LongSupplier nanos) {
    NetLimits limits = addresses.limits();
    this.addresses = addresses;
    this.address = address;
    this.requests = new TokenBucket(limits.requestBurst(), limits.requestsPerSecond(), nanos);
    this.talk = new TokenBucket(limits.talkBurst(), limits.talkPerSecond(), nanos);
    this.refusals = new TokenBucket(limits.refusalsBeforeClose(), limits.requestsPerSecond(), nanos);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ClientMessage request)) {
      ctx.fireChannelRead(msg);
      return;
    }
    if (closing) {
      ReferenceCountUtil.release(msg);
      return;
    }
    long id = request.getRequestId();
    if (request.getBodyCase() == ClientMessage.BodyCase.BODY_NOT_SET
        && !request.getUnknownFields().asMap().isEmpty()) {
      LOG.info("{} sent a request of an unknown kind (fields {}); closing", ctx.channel().remoteAddress(),
          request.getUnknownFields().asMap().keySet());
      refuseAndClose(ctx, id, ErrorCode.INVALID_ARGUMENT, UNKNOWN_KIND);
      return;
    }
    if (!facilitator && !admitted(ctx, request)) {
      return;
    }
    ctx.fireChannelRead(msg);
  }

  /** Applies the limits of a participant's connection; false if the request was answered here. */
  private boolean admitted(ChannelHandlerContext ctx, ClientMessage request) {
    long id = request.getRequestId();
    if (!requests.tryTake()) {
      if (!refusals.tryTake()) {
        LOG.warn("{} keeps flooding past the request ceiling; closing", ctx.channel().remoteAddress());
        refuseAndClose(ctx, id, ErrorCode.RATE_LIMITED, FLOOD);
      } else {
        warnOnce(ctx, "requests");
        refuse(ctx, id, ErrorCode.RATE_LIMITED, TOO_FAST);
      }
      return false;
    }
    switch (request.getBodyCase()) {
      case TALK, PROPOSE, COUNTER, RESPOND -> {
        if (!talk.tryTake()) {
          warnOnce(ctx, "talk");
          refuse(ctx, id, ErrorCode.RATE_LIMITED, TALK_TOO_FAST);
          return false;
        }
      }
      case JOIN -> {
        if (tooManyWrong(ctx, id, addresses.joinCodes(), "join codes", false)) {
          return false;
        }
        if (greeted) {
          watch(watchedJoins, id);
        }
      }
      case HELLO -> {
        if (!request.getHello().getFacilitatorKey().isEmpty()) {
          if (tooManyWrong(ctx, id, addresses.facilitatorKeys(), "facilitator keys", true)) {
            return false;
          }
          watch(watchedKeys, id);
        }
      }
      default -> { }
    }
    return true;
  }

  private boolean tooManyWrong(ChannelHandlerContext ctx, long id, AddressLimits.Guesses guesses,
      String what, boolean close) {
    long wait = guesses.waitNanos(address);
    if (wait <= 0) {
      return false;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
    String sentence = "Too many wrong " + what + " came from your network; wait " + seconds
        + (seconds == 1 ? " second" : " seconds") + " and try again.";
    if (close) {
      refuseAndClose(ctx, id, ErrorCode.UNAUTHENTICATED, sentence);
    } else {
      refuse(ctx, id, ErrorCode.UNAUTHENTICATED, sentence);
    }
    return true;
  }

  private static void watch(Set<Long> watched, long id) {
    if (watched.size() < MAX_WATCHED) {
      watched.add(id);
    }
  }

  private void warnOnce(ChannelHandlerContext ctx, String what) {
    if (!warned) {
      warned = true;
      LOG.info("{} is over its limit of {}; refusing with RATE_LIMITED", ctx.channel().remoteAddress(), what);
    }
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    // Only a Welcome and the refusals concern the guard; a table's other answers are not read.
    ServerMessage answer = msg instanceof org.veta.session.WireMessage wire
        ? (wire.body() == ServerMessage.BodyCase.ERROR ? wire.message() : null)
        : msg instanceof ServerMessage m ? m : null;
    if (answer != null) {
      if (answer.hasWelcome()) {
        greeted = true;
        facilitator = answer.getWelcome().getFacilitator();
      }
      long id = answer.getRequestId();
      boolean wrong = answer.hasError() && answer.getError().getCode() == ErrorCode.UNAUTHENTICATED;
      if (id != 0 && watchedJoins.remove(id) && wrong) {
        addresses.joinCodes().wrong(address);
      }
      if (id != 0 && watchedKeys.remove(id) && wrong) {
        addresses.facilitatorKeys().wrong(address);
      }
    }
    ctx.write(msg, promise);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    // Stop reading requests while the answers pile up unread; read again once they drain.
    if (!closing) {
      ctx.channel().config().setAutoRead(ctx.channel().isWritable());
    }
    ctx.fireChannelWritabilityChanged();
  }

  private static void refuse(ChannelHandlerContext ctx, long id, ErrorCode code, String sentence) {
    ctx.writeAndFlush(error(id, code, sentence));
  }

  private void refuseAndClose(ChannelHandlerContext ctx, long id, ErrorCode code, String sentence) {
    closing = true;
    ctx.channel().config().setAutoRead(false);
    ctx.writeAndFlush(error(id, code, sentence)).addListener(ChannelFutureListener.CLOSE);
  }

  static ServerMessage error(long id, ErrorCode code, String sentence) {
    return ServerMessage.newBuilder().setRequestId(id)
        .setError(Error.newBuilder().setCode(code).setMessage(sentence)).build();
  }
}
