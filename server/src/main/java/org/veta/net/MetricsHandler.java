package org.veta.net;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.veta.metrics.LatencyHistogram;
import org.veta.metrics.ServerMetrics;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.WireMessage;

/**
 * Between the codec and the guard: counts every message in and out, and times each request from
 * its arrival here to its answer passing back through here (the answer is then in the pipeline,
 * on its way to the socket). So the acknowledgement latency includes the table's queue, the
 * engine, the session log's fsync and the hop back to the event loop, and also the refusals the
 * guard answers at once. Pings are not timed: they never reach a table.
 *
 * <p>Both directions run on the connection's event loop (a write from another thread is queued
 * onto it), so the map of arrival times needs no lock. A request that is never answered (the
 * connection closes first) leaves with the handler; the map is capped all the same.
 */
final class MetricsHandler extends ChannelDuplexHandler {
  private static final int MAX_PENDING = 4096;

  private final LongAdder in;
  private final LongAdder out;
  private final LongAdder errors;
  private final LatencyHistogram ack;
  private final Map<Long, Long> arrived = new HashMap<>();

  MetricsHandler(ServerMetrics metrics) {
    this.in = metrics.counter(ServerMetrics.MESSAGES_IN);
    this.out = metrics.counter(ServerMetrics.MESSAGES_OUT);
    this.errors = metrics.counter(ServerMetrics.ERRORS_OUT);
    this.ack = metrics.histogram(ServerMetrics.ACK_LATENCY);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ClientMessage request) {
      in.increment();
      if (request.getRequestId() != 0 && !request.hasPing() && arrived.size() < MAX_PENDING) {
        arrived.put(request.getRequestId(), System.nanoTime());
      }
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    long requestId = -1;
    boolean error = false;
    if (msg instanceof WireMessage wire) {
      requestId = wire.requestId();
      error = wire.body() == ServerMessage.BodyCase.ERROR;
    } else if (msg instanceof ServerMessage message) {
      requestId = message.getRequestId();
      error = message.hasError();
    }
    if (requestId >= 0) {
      out.increment();
      if (requestId != 0) {
        if (error) {
          errors.increment();
        }
        Long at = arrived.remove(requestId);
        if (at != null) {
          ack.recordNanos(System.nanoTime() - at);
        }
      }
    }
    ctx.write(msg, promise);
  }
}
