package org.veta.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket and its event loops. {@link #start} binds (port 0 = any free port) and
 * returns the bound port; {@link #close} stops accepting, closes every connection and waits for
 * the event loops to end. Both are called from the lifecycle's thread, never from an event loop.
 */
public final class NetServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NetServer.class);
  /** Netty stops calling a channel writable past the high mark; see Connection.send. */
  static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

  private final String host;
  private final int port;
  private final ServerChannelInitializer initializer;
  private EventLoopGroup acceptor;
  private EventLoopGroup io;
  private Channel listening;
  private int boundPort;

  public NetServer(String host, int port, ServerChannelInitializer initializer) {
    this.host = host;
    this.port = port;
    this.initializer = initializer;
  }

  public synchronized int start() throws InterruptedException, java.net.BindException {
    if (listening != null) {
      return boundPort;
    }
    // Daemon threads: an in-process server (veta play) must not keep the JVM alive by itself.
    acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("veta-accept", true));
    io = new NioEventLoopGroup(0, new DefaultThreadFactory("veta-io", true));
    try {
      listening = new ServerBootstrap().group(acceptor, io)
          .channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_REUSEADDR, true)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
          .childOption(ChannelOption.MESSAGE_SIZE_ESTIMATOR, ProtobufSizeEstimator.INSTANCE)
          .childHandler(initializer)
          .bind(host, port).sync().channel();
    } catch (Exception e) {
      shutDownLoops();
      // Netty's sync() rethrows a failed bind undeclared; the person starting the server is told
      // what to do about it.
      if (e instanceof java.net.BindException) {
        java.net.BindException bind = new java.net.BindException("cannot listen on " + host + ":"
            + port + ": " + e.getMessage() + "; is another server using the port? Choose "
            + "another with --port");
        bind.initCause(e);
        throw bind;
      }
      throw e;
    }
    boundPort = ((InetSocketAddress) listening.localAddress()).getPort();
    LOG.info("listening on {}:{}", host, boundPort);
    return boundPort;
  }

  public synchronized int port() {
    return boundPort;
  }

  @Override
  public synchronized void close() {
    if (listening == null) {
      return;
    }
    listening.close().syncUninterruptibly();
    listening = null;
    shutDownLoops();
    LOG.info("stopped listening on {}:{}", host, boundPort);
  }

  private void shutDownLoops() {
    // Closing the I/O loops closes every connection, which tells each table its member is gone.
    var a = acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    var b = io.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    a.syncUninterruptibly();
    b.syncUninterruptibly();
  }
}
