package org.veta.client.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.veta.concurrent.SerialExecutor;

/**
 * Threads shared by many {@link GameClient}s in one process: a few Netty event loops for the
 * connections, and a small pool on which each client's answers and events run one at a time, in
 * order ({@link #serial}). Closing it ends them; close the clients first.
 */
public final class ClientThreads implements AutoCloseable {
  private final EventLoopGroup group;
  private final ExecutorService pool;

  /** @param ioThreads event loops; @param workers threads for the clients' answers and events */
  public ClientThreads(int ioThreads, int workers) {
    this.group = new NioEventLoopGroup(ioThreads, new DefaultThreadFactory("veta-net", true));
    this.pool = Executors.newFixedThreadPool(workers, new DefaultThreadFactory("veta-inbound", true));
  }

  EventLoopGroup group() {
    return group;
  }

  /** The pool, for work that is not one client's (timers of the bots' own). */
  public ExecutorService pool() {
    return pool;
  }

  /** A new executor that runs its tasks one at a time, in order, on the shared pool. */
  public Executor serial() {
    return new SerialExecutor(pool);
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    pool.shutdown();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
