package org.veta.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.concurrent.ThreadFactory;

/**
 * The sockets' event loops: Linux's epoll where Netty's native library loads (a few system calls
 * fewer per message than the JDK's selector, and no selector wake-ups through an eventfd for
 * every task a table hands to a loop), the JDK's NIO elsewhere or when {@code -Dveta.nio=true}
 * asks for it. Server and clients use the same choice.
 */
public final class Transport {
  private static final boolean EPOLL = !Boolean.getBoolean("veta.nio") && Epoll.isAvailable();

  private Transport() {}

  /** "epoll" or "nio", for the logs. */
  public static String name() {
    return EPOLL ? "epoll" : "nio";
  }

  /** Event loops; threads 0 means Netty's default (twice the cores). */
  public static EventLoopGroup loops(int threads, ThreadFactory factory) {
    return EPOLL ? new EpollEventLoopGroup(threads, factory)
        : new NioEventLoopGroup(threads, factory);
  }

  public static Class<? extends ServerChannel> serverChannel() {
    return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }

  public static Class<? extends SocketChannel> channel() {
    return EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
  }
}
