package org.veta.concurrent;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs its tasks one at a time, in the order they arrive, on a shared pool: a table's state (or a
 * client's) is touched by one thread at a time without locks, and many tables share few threads.
 * A long burst yields the thread after {@link #BURST} tasks and queues for it again, so one busy
 * table does not hold a thread while others wait. A task that throws is logged and the rest go on.
 */
public final class SerialExecutor implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
  static final int BURST = 64;

  private final Executor pool;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private boolean running;

  public SerialExecutor(Executor pool) {
    this.pool = pool;
  }

  /** Queues the task; a pool that is shut refuses it, and it is not kept. */
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
    } catch (RejectedExecutionException e) {
      synchronized (tasks) {
        tasks.remove(task);
        running = false;
      }
      throw e;
    }
  }

  private void drain() {
    for (int n = 0; n < BURST; n++) {
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
        LOG.error("a task failed; the ones after it go on", e);
      }
    }
    try {
      pool.execute(this::drain);
    } catch (RejectedExecutionException e) {
      // The pool is shutting down: what is left runs here rather than being lost silently.
      drain();
    }
  }
}
