package org.veta.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
  @Test
  void tasksRunOneAtATimeInOrderAcrossBurstsAndPastOneThatThrows() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      SerialExecutor serial = new SerialExecutor(pool);
      List<Integer> ran = new ArrayList<>(); // unsynchronized: only one task at a time touches it
      AtomicInteger inside = new AtomicInteger();
      AtomicInteger overlaps = new AtomicInteger();
      int tasks = SerialExecutor.BURST * 10 + 7;
      CountDownLatch done = new CountDownLatch(1);
      for (int i = 0; i < tasks; i++) {
        int n = i;
        serial.execute(() -> {
          if (inside.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
          }
          ran.add(n);
          inside.decrementAndGet();
          if (n == 100) {
            throw new IllegalStateException("task 100 fails; the rest go on");
          }
        });
      }
      serial.execute(done::countDown);
      assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(overlaps).hasValue(0);
      assertThat(ran).hasSize(tasks).isSorted();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aShutPoolRefusesTheTaskWithoutLeavingTheExecutorStuck() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pool.shutdown();
    SerialExecutor serial = new SerialExecutor(pool);
    assertThatThrownBy(() -> serial.execute(() -> { }))
        .isInstanceOf(RejectedExecutionException.class);
    // Not stuck "running": the next task is offered to the pool again (and refused again).
    assertThatThrownBy(() -> serial.execute(() -> { }))
        .isInstanceOf(RejectedExecutionException.class);
  }
}
