package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.Notice;
import org.veta.protocol.wire.ServerMessage;

/**
 * What a table sends from its own thread: written in order, flushed once per burst, and counted
 * against the connection's limit while it waits for the event loop. The connection's event loop is
 * held on a latch while the table sends, so the burst is certain, not a matter of timing.
 */
class ConnectionWritesTest {
  @TempDir Path data;
  private Tables tables;
  private final DefaultEventLoopGroup loops = new DefaultEventLoopGroup(2);
  private final AtomicInteger flushes = new AtomicInteger();
  private final CompletableFuture<Channel> serverSide = new CompletableFuture<>();
  private final BlockingQueue<ServerMessage> received = new LinkedBlockingQueue<>();
  private Connection connection;
  private Channel server;

  @BeforeEach
  void connect() throws Exception {
    tables = new Tables(data);
    LocalAddress address = new LocalAddress("connection-writes-" + System.nanoTime());
    new ServerBootstrap().group(loops).channel(LocalServerChannel.class)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, NetServer.WATER_MARK)
        .childOption(ChannelOption.MESSAGE_SIZE_ESTIMATOR, ProtobufSizeEstimator.INSTANCE)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            connection = new Connection(tables.registry, null);
            ch.pipeline().addLast(new ChannelOutboundHandlerAdapter() {
              @Override
              public void flush(ChannelHandlerContext ctx) {
                flushes.incrementAndGet();
                ctx.flush();
              }
            }, ServerFrameEncoder.INSTANCE, connection);
            serverSide.complete(ch);
          }
        }).bind(address).sync();
    new Bootstrap().group(loops).channel(LocalChannel.class).handler(new ChannelInitializer<Channel>() {
      @Override
      protected void initChannel(Channel ch) {
        ch.pipeline().addLast(new ProtobufVarint32FrameDecoder(),
            new ProtobufDecoder(ServerMessage.getDefaultInstance()), new ChannelInboundHandlerAdapter() {
              @Override
              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                received.add((ServerMessage) msg);
              }
            });
      }
    }).connect(address).sync();
    server = serverSide.get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    tables.close();
  }

  private static ServerMessage notice(String text) {
    return ServerMessage.newBuilder().setNotice(Notice.newBuilder().setText(text)).build();
  }

  /** Holds the connection's event loop until the returned latch is counted down. */
  private CountDownLatch holdTheEventLoop() throws InterruptedException {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.eventLoop().execute(() -> {
      held.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    held.await(10, TimeUnit.SECONDS);
    return release;
  }

  @Test
  void aBurstFromATableIsWrittenInOrderAndFlushedOnce() throws Exception {
    CountDownLatch release = holdTheEventLoop();
    int before = flushes.get();
    for (int i = 0; i < 500; i++) {
      connection.send(notice("event " + i));
    }
    release.countDown();

    for (int i = 0; i < 500; i++) {
      ServerMessage m = received.poll(10, TimeUnit.SECONDS);
      assertThat(m).as("message %d arrives", i).isNotNull();
      assertThat(m.getNotice().getText()).isEqualTo("event " + i);
    }
    assertThat(flushes.get() - before).as("one flush for the burst, not one per message").isEqualTo(1);
  }

  @Test
  void whatWaitsForTheEventLoopCountsAgainstTheConnectionsLimit() throws Exception {
    CountDownLatch release = holdTheEventLoop();
    String text = "x".repeat(64 * 1024);
    for (long sent = 0; sent <= Connection.MAX_BEHIND_BYTES + 64 * 1024; sent += text.length()) {
      connection.send(notice(text));
    }
    release.countDown();

    assertThat(server.closeFuture().await(10, TimeUnit.SECONDS))
        .as("closed for falling behind, not queued without limit").isTrue();
  }
}
