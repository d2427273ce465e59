package org.veta.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.veta.facilitation.FacilitatorDesk;
import org.veta.metrics.ServerMetrics;
import org.veta.protocol.wire.ClientMessage;
import org.veta.session.TableRegistry;

/**
 * A connection's pipeline, inbound from the top: TLS if the server has it, close a connection
 * that has been silent too long (clients ping), cut the bytes into bounded frames, read each as a
 * ClientMessage, apply the connection's limits ({@link RequestGuard}), and hand it to the
 * {@link Connection}. Outbound: each message as a frame, its length in front of its bytes (then TLS).
 *
 * <p>A connection from an address that has too many open already gets none of that: one Error
 * and a close ({@link TooManyConnections}).
 */
public final class ServerChannelInitializer extends ChannelInitializer<Channel> {
  /** The largest frame a client may send (wire.proto). */
  public static final int MAX_CLIENT_FRAME = 64 * 1024;

  private final TableRegistry tables;
  private final FacilitatorDesk desk;
  private final Duration readIdle;
  private final AddressLimits addresses;
  private final ServerTls tls;
  private final ServerMetrics metrics;

  /** Plain TCP with the default limits. */
  public ServerChannelInitializer(TableRegistry tables, FacilitatorDesk desk, Duration readIdle) {
    this(tables, desk, readIdle, NetLimits.DEFAULT, ServerTls.NONE);
  }

  public ServerChannelInitializer(TableRegistry tables, FacilitatorDesk desk, Duration readIdle,
      NetLimits limits, ServerTls tls) {
    this(tables, desk, readIdle, limits, tls, ServerMetrics.detached());
  }

  public ServerChannelInitializer(TableRegistry tables, FacilitatorDesk desk, Duration readIdle,
      NetLimits limits, ServerTls tls, ServerMetrics metrics) {
    this.metrics = metrics;
    this.tables = tables;
    this.desk = desk;
    this.readIdle = readIdle;
    this.addresses = new AddressLimits(limits, System::nanoTime);
    this.tls = tls;
  }

  @Override
  protected void initChannel(Channel ch) {
    String address = AddressLimits.key(ch.remoteAddress());
    metrics.increment(ServerMetrics.CONNECTIONS_TOTAL);
    metrics.counter(ServerMetrics.CONNECTIONS_OPEN).increment();
    ch.closeFuture().addListener(f -> metrics.counter(ServerMetrics.CONNECTIONS_OPEN).decrement());
    if (tls.enabled()) {
      ch.pipeline().addLast(HandlerNames.TLS_GATE, new TlsGate(tls));
    }
    if (!addresses.tryOpen(address)) {
      ch.pipeline()
          .addLast(HandlerNames.FRAME_ENCODER, ServerFrameEncoder.INSTANCE)
          .addLast(HandlerNames.TOO_MANY,
              new TooManyConnections(address, addresses.limits().connectionsPerAddress(),
                  tls.enabled()));
      return;
    }
    ch.closeFuture().addListener(f -> addresses.closed(address));
    ch.pipeline()
        .addLast(HandlerNames.READ_TIMEOUT,
            new IdleStateHandler(readIdle.toMillis(), 0, 0, TimeUnit.MILLISECONDS))
        .addLast(HandlerNames.FRAME_DECODER, new BoundedVarint32FrameDecoder(MAX_CLIENT_FRAME))
        .addLast(HandlerNames.PROTOBUF_DECODER, new ProtobufDecoder(ClientMessage.getDefaultInstance()))
        .addLast(HandlerNames.FRAME_ENCODER, ServerFrameEncoder.INSTANCE)
        .addLast(HandlerNames.METRICS, new MetricsHandler(metrics))
        .addLast(HandlerNames.GUARD, new RequestGuard(addresses, address, System::nanoTime))
        .addLast(HandlerNames.CONNECTION, new Connection(tables, desk));
  }

  /** The limits every connection of this server shares, for tests. */
  AddressLimits addresses() {
    return addresses;
  }
}
