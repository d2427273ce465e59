package org.veta.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.facilitation.FacilitatorDesk;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.WireMessage;
import org.veta.session.Member;
import org.veta.session.TableRegistry;

/**
 * One participant's connection, and their {@link Member} at a table. Requests are checked here
 * (a request id, a body) and handed to the handler of the connection's state: handshake, lobby,
 * seated. The state changes only on the event loop.
 *
 * <p>Tables send from their own executors. Answers that may change the state (a Joined, an Error)
 * are delivered by one task on the event loop that first shows them to the state and then writes
 * them, so the state has changed before the client can read the answer and send its next
 * request. Everything else is written with channel.write, which queues onto the same event loop,
 * so a member's messages keep the table's order, and flushed once per burst.
 */
final class Connection extends ChannelInboundHandlerAdapter implements Member {
  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

  private final TableRegistry tables;
  private final FacilitatorDesk desk;
  private Channel channel;
  private String id = "?";
  private SessionHandler state;
  private boolean closing;
  /** Set once the connection is closed for falling behind; any thread. */
  private volatile boolean overrun;
  /** What tables sent and the event loop has not written yet. */
  private final java.util.Queue<WireMessage> outbound =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  /** Their serialized size: a connection that falls behind counts them too. */
  private final java.util.concurrent.atomic.AtomicLong outboundBytes =
      new java.util.concurrent.atomic.AtomicLong();
  /** A flush task is queued on the event loop; set by table threads, cleared on the loop. */
  private final java.util.concurrent.atomic.AtomicBoolean flushQueued =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * How far behind (bytes queued beyond the low water mark) a connection may fall before it is
   * closed: some hundreds of table views, far more than a client that is reading ever has.
   */
  static final long MAX_BEHIND_BYTES = 4L * 1024 * 1024;

  Connection(TableRegistry tables, FacilitatorDesk desk) {
    this.tables = tables;
    this.desk = desk;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    id = describe(channel);
    state = new HandshakeHandler(this, tables, desk);
  }

  private static String describe(Channel channel) {
    if (channel.remoteAddress() instanceof InetSocketAddress a) {
      return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
    return String.valueOf(channel.remoteAddress());
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    LOG.info("{} connected", id);
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    LOG.info("{} closed ({})", id, state.describe());
    state.disconnected();
    ctx.fireChannelInactive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (closing) {
        return;
      }
      if (!(msg instanceof ClientMessage request)) {
        LOG.warn("{}: unexpected {} in the pipeline", id, msg.getClass().getSimpleName());
        return;
      }
      if (request.getRequestId() == 0) {
        refuse(0, ErrorCode.INVALID_ARGUMENT, "Every request needs a request_id of 1 or more.");
      } else if (request.getBodyCase() == ClientMessage.BodyCase.BODY_NOT_SET) {
        refuse(request.getRequestId(), ErrorCode.INVALID_ARGUMENT,
            "That request is empty, or of a kind this server does not know.");
      } else if (FacilitatorHandler.isFacilitatorOperation(request) && state.greeted()
          && !state.facilitator()) {
        refuse(request.getRequestId(), ErrorCode.PERMISSION_DENIED, "Only the facilitator may do "
            + "that; a facilitator's console connects with the server's facilitator key.");
      } else {
        state.handle(request);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
      LOG.info("{} sent nothing for too long; closing", id);
      ctx.close();
      return;
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    // The guard stops reading requests while the writes pile up; send() closes a connection
    // that falls more than MAX_BEHIND_BYTES behind.
    LOG.debug("{} is {}writable", id, ctx.channel().isWritable() ? "" : "not ");
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (closing) {
      // Already answered and closing: the rest of a bad buffer must not cost a log line per frame.
      return;
    }
    if (cause instanceof FrameRefused refused) {
      LOG.info("{} sent a frame we refuse: {}", id, refused.getMessage());
      refuseAndClose(0, ErrorCode.INVALID_ARGUMENT, refused.getMessage());
    } else if (cause instanceof DecoderException) {
      LOG.info("{} sent a message that is not a ClientMessage; closing", id);
      refuseAndClose(0, ErrorCode.INVALID_ARGUMENT,
          "That message could not be read as a veta ClientMessage; closing the connection.");
    } else if (cause instanceof IOException) {
      LOG.debug("{}: {}", id, cause.toString());
      ctx.close();
    } else {
      LOG.warn("{}: unexpected failure; closing", id, cause);
      ctx.close();
    }
  }

  // ------------------------------------------------------------ for the state handlers

  void become(SessionHandler next) {
    LOG.debug("{}: {} -> {}", id, state.describe(), next.describe());
    state = next;
  }

  void reply(long requestId, ServerMessage.Builder body) {
    channel.writeAndFlush(body.setRequestId(requestId).build());
  }

  void refuse(long requestId, ErrorCode code, String sentence) {
    reply(requestId, ServerMessage.newBuilder().setError(
        org.veta.protocol.wire.Error.newBuilder().setCode(code).setMessage(sentence)));
  }

  /** Answers with an error and closes once it is written; reads nothing more meanwhile. */
  void refuseAndClose(long requestId, ErrorCode code, String sentence) {
    if (closing) {
      return;
    }
    closing = true;
    channel.config().setAutoRead(false);
    channel.writeAndFlush(ServerMessage.newBuilder().setRequestId(requestId).setError(
        org.veta.protocol.wire.Error.newBuilder().setCode(code).setMessage(sentence)).build())
        .addListener(ChannelFutureListener.CLOSE);
  }

  // ------------------------------------------------------------ Member, from the table's thread

  @Override
  public String id() {
    return id;
  }

  @Override
  public void send(ServerMessage message) {
    send(WireMessage.of(message));
  }

  @Override
  public void send(WireMessage wire) {
    long unwritten = channel.bytesBeforeWritable();
    if (unwritten == Long.MAX_VALUE) {
      // Closed: no buffer is left to fall behind in. The seat's events are in the table's history
      // and its log, for the client that comes back.
      return;
    }
    long behind = unwritten + outboundBytes.get();
    if (behind > MAX_BEHIND_BYTES) {
      fellBehind(behind);
      return;
    }
    if (behind > 0) {
      LOG.debug("{} is slow: {} bytes must drain before it is writable again", id, behind);
    }
    if (!wire.mayChangeState()) {
      if (channel.eventLoop().inEventLoop()) {
        writeQueued();
        channel.writeAndFlush(wire);
      } else {
        outboundBytes.addAndGet(wire.bytes().length);
        outbound.add(wire);
        flushSoon();
      }
      return;
    }
    if (channel.eventLoop().inEventLoop()) {
      deliverAnswer(wire);
      return;
    }
    try {
      channel.eventLoop().execute(() -> deliverAnswer(wire));
    } catch (RejectedExecutionException e) {
      LOG.debug("{}: the server is stopping; an answer is dropped", id);
    }
  }

  /**
   * One flush for every message a table has sent since the last one: a table sends in bursts (a
   * phase change is a phase event, a view and a report to each seat; a fan-out of talk), and a
   * flush per message made a system call per message. Messages wait in {@link #outbound} and one
   * task on the event loop writes all of them and flushes once. The flag is cleared before that
   * task takes the queue, so a message added after it took the queue queues a task of its own: none
   * is left unwritten, and every task runs in the order of the sends that queued it.
   */
  private void flushSoon() {
    if (!flushQueued.compareAndSet(false, true)) {
      return;
    }
    try {
      channel.eventLoop().execute(() -> {
        flushQueued.set(false);
        writeQueued();
        channel.flush();
      });
    } catch (RejectedExecutionException e) {
      flushQueued.set(false); // the server is stopping; the channel closes with it
      outbound.clear();
    }
  }

  /** On the event loop: writes what tables queued, in their order, without flushing. */
  private void writeQueued() {
    for (WireMessage m; (m = outbound.poll()) != null; ) {
      outboundBytes.addAndGet(-m.bytes().length);
      channel.write(m);
    }
  }

  /**
   * The client reads far slower than its table writes to it (a stalled laptop, or a server that
   * has fallen behind as a whole): rather than queue without limit, close the connection. The
   * client comes back with the last event it has and is sent what it missed, from the table's
   * memory or its log; a request it had in flight it sends again and gets the answer kept for it.
   */
  private void fellBehind(long behind) {
    if (overrun) {
      return;
    }
    overrun = true;
    LOG.info("{} fell {} KiB behind what it was sent; closing so that it catches up when it "
        + "comes back", id, behind / 1024);
    channel.close();
  }

  private void deliverAnswer(WireMessage answer) {
    state.answered(answer.message());
    writeQueued();
    channel.writeAndFlush(answer);
  }

  @Override
  public String toString() {
    return "Connection " + id;
  }
}
