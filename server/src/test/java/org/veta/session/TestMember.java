package org.veta.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;

/** A member that records what the table sends it, and sends requests with fresh ids. */
final class TestMember implements Member {
  private final String id;
  private final LinkedBlockingQueue<ServerMessage> inbox = new LinkedBlockingQueue<>();
  private final List<ServerMessage> seen = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  TestMember(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void send(ServerMessage message) {
    inbox.add(message);
  }

  /** Sends a request; returns its id. */
  long send(Table table, ClientMessage.Builder request) {
    long requestId = ids.incrementAndGet();
    table.submit(this, request.setRequestId(requestId).build());
    return requestId;
  }

  /** Sends a request and waits for its answer. */
  ServerMessage ask(Table table, ClientMessage.Builder request) throws InterruptedException {
    long requestId = send(table, request);
    return await(m -> m.getRequestId() == requestId, Duration.ofSeconds(20));
  }

  /** Waits for the first message (seen or new) that matches; fails after the timeout. */
  synchronized ServerMessage await(Predicate<ServerMessage> wanted, Duration timeout)
      throws InterruptedException {
    for (ServerMessage m : seen) {
      if (wanted.test(m)) {
        return m;
      }
    }
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = end - System.nanoTime();
      ServerMessage m = inbox.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
      if (m == null) {
        throw new AssertionError("timed out; received: " + seen);
      }
      seen.add(m);
      if (wanted.test(m)) {
        return m;
      }
    }
  }

  synchronized List<ServerMessage> seen() {
    inbox.drainTo(seen);
    return List.copyOf(seen);
  }
}
