package org.veta.client.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
    return new Serial(pool);
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

  private static final class Serial implements Executor {
    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    Serial(Executor pool) {
      this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
      synchronized (tasks) {
        tasks.add(task);
        if (running) {
          return;
        }
        running = true;
      }
      try {
        pool.execute(this::drain);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        synchronized (tasks) {
          tasks.remove(task);
          running = false;
        }
        throw e;
      }
    }

    private void drain() {
      // A client's burst runs at once, but a long one yields the thread to other clients.
      for (int n = 0; n < 64; n++) {
        Runnable next;
        synchronized (tasks) {
          next = tasks.poll();
          if (next == null) {
            running = false;
            return;
          }
        }
        try {
          next.run();
        } catch (RuntimeException e) {
          Thread t = Thread.currentThread();
          t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
      }
      pool.execute(this::drain);
    }
  }
}
