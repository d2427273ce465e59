package org.veta.client.net;

import io.netty.channel.EventLoop;
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
  private final boolean onEventLoops;

  /** @param ioThreads event loops; @param workers threads for the clients' answers and events */
  public ClientThreads(int ioThreads, int workers) {
    this(ioThreads, workers, false);
  }

  /**
   * @param onEventLoops each client's answers and events (and a bot's decisions) run on its
   *     connection's own event loop instead of the pool: for clients whose work per message is
   *     small (the load tool's), where handing every message to another thread and waking it
   *     cost more than the work; a slow listener then delays the other connections of its loop
   */
  public ClientThreads(int ioThreads, int workers, boolean onEventLoops) {
    this.group = new NioEventLoopGroup(ioThreads, new DefaultThreadFactory("veta-net", true));
    this.pool = Executors.newFixedThreadPool(workers, new DefaultThreadFactory("veta-inbound", true));
    this.onEventLoops = onEventLoops;
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

  /** Whether a client's work runs on its connection's event loop (see the constructor). */
  public boolean onEventLoops() {
    return onEventLoops;
  }

  /** The next event loop, for a client that keeps its connection and its work on one thread. */
  EventLoop nextLoop() {
    return group.next();
  }

  /**
   * Runs tasks on one event loop, in order: at once when already on it (a message's handling
   * goes on in the read that brought it), queued otherwise.
   */
  static Executor on(EventLoop loop) {
    return task -> {
      if (loop.inEventLoop()) {
        task.run();
      } else {
        loop.execute(task);
      }
    };
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
