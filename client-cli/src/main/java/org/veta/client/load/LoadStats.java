package org.veta.client.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.veta.client.bots.NetworkBot;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;

/**
 * What the load tool's clients saw, from every bot's thread at once: requests sent and answered,
 * acknowledgement latency per request (send to answer, in microseconds), event fan-out latency
 * (a probe's send time, carried in its text, to each reader's receipt), events received and
 * errors by code. {@link #reset} starts the measured window after the warm-up.
 */
final class LoadStats implements NetworkBot.Observer {
  private static final long HIGHEST = 600_000_000L;
  /** Seconds of the window kept second by second (four hours; later requests are not in it). */
  private static final int TIMELINE_SECONDS = 4 * 3600;
  /** What "slow" means in the timeline: the target's acknowledgement time. */
  static final long SLOW_MICROS = 10_000;

  private volatile Recorder ack = new Recorder(1, HIGHEST, 3);
  private volatile Recorder talkFanout = new Recorder(1, HIGHEST, 3);
  private volatile Recorder nudgeFanout = new Recorder(1, HIGHEST, 3);
  final LongAdder sent = new LongAdder();
  final LongAdder answered = new LongAdder();
  final LongAdder lost = new LongAdder();
  final LongAdder events = new LongAdder();
  final LongAdder probes = new LongAdder();
  final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
  final Map<String, LongAdder> eventKinds = new ConcurrentHashMap<>();
  private volatile Timeline timeline = new Timeline(System.nanoTime());

  /**
   * Each second of the window by the time its requests were sent: how many, how many waited
   * longer than {@link #SLOW_MICROS}, and the longest wait. A percentile over the whole window
   * says how bad the tail is; this says when it happened (a GC pause, every table changing phase).
   */
  private static final class Timeline {
    final long start;
    final AtomicLongArray requests = new AtomicLongArray(TIMELINE_SECONDS);
    final AtomicLongArray slow = new AtomicLongArray(TIMELINE_SECONDS);
    final AtomicLongArray maxMicros = new AtomicLongArray(TIMELINE_SECONDS);
    final AtomicLongArray events = new AtomicLongArray(TIMELINE_SECONDS);

    Timeline(long start) {
      this.start = start;
    }

    void record(long sentNanos, long micros) {
      int i = second(sentNanos);
      if (i < 0) {
        return;
      }
      requests.incrementAndGet(i);
      if (micros > SLOW_MICROS) {
        slow.incrementAndGet(i);
      }
      maxMicros.accumulateAndGet(i, micros, Math::max);
    }

    void event(long receivedNanos) {
      int i = second(receivedNanos);
      if (i >= 0) {
        events.incrementAndGet(i);
      }
    }

    /** The second of the window a time falls in; -1 before the window or past what is kept. */
    private int second(long nanos) {
      long since = nanos - start;
      // (0.4 s before the window would be second 0 by integer division: checked first)
      if (since < 0 || since / 1_000_000_000L >= TIMELINE_SECONDS) {
        return -1;
      }
      return (int) (since / 1_000_000_000L);
    }
  }

  /** One second of the window (see {@link Timeline}). */
  record Second(int second, long requests, long slow, double maxMs, long events) { }

  void reset() {
    timeline = new Timeline(System.nanoTime());
    ack = new Recorder(1, HIGHEST, 3);
    talkFanout = new Recorder(1, HIGHEST, 3);
    nudgeFanout = new Recorder(1, HIGHEST, 3);
    sent.reset();
    answered.reset();
    lost.reset();
    events.reset();
    probes.reset();
    errors.clear();
    kinds.clear();
    eventKinds.clear();
  }

  /** The facilitator's console receives every table's summary; the figures do not need them. */
  void facilitatorEvent(ServerMessage event) {
  }

  void probeSent() {
    probes.increment();
  }

  @Override
  public void sent(ClientMessage.BodyCase kind) {
    sent.increment();
  }

  @Override
  public void answered(ClientMessage.BodyCase kind, long nanos, ServerMessage answer) {
    answered(kind, nanos, answer, System.nanoTime());
  }

  /**
   * An answer that arrived at {@code nowNanos} ({@link System#nanoTime()}), {@code nanos} after
   * its request.
   */
  void answered(ClientMessage.BodyCase kind, long nanos, ServerMessage answer, long nowNanos) {
    answered.increment();
    kinds.computeIfAbsent(kind.name(), k -> new LongAdder()).increment();
    long micros = clamp(nanos / 1000);
    ack.recordValue(micros);
    timeline.record(nowNanos - nanos, micros);
    if (answer.hasError()) {
      errors.computeIfAbsent(answer.getError().getCode().name(), k -> new LongAdder()).increment();
    }
  }

  @Override
  public void lost(ClientMessage.BodyCase kind, Throwable why) {
    lost.increment();
    errors.computeIfAbsent("NO_ANSWER", k -> new LongAdder()).increment();
  }

  @Override
  public void event(ServerMessage event, long receivedNanos) {
    events.increment();
    eventKinds.computeIfAbsent(event.getBodyCase().name(), k -> new LongAdder()).increment();
    timeline.event(receivedNanos);
    if (event.hasTalk()) {
      String text = event.getTalk().getText();
      int at = text.lastIndexOf(NetworkBot.PROBE);
      if (at >= 0) {
        long sentAt = parse(text, at + NetworkBot.PROBE.length());
        if (sentAt != 0) {
          long micros = clamp((receivedNanos - sentAt) / 1000);
          (event.getTalk().getChannel() == Channel.FACILITATOR ? nudgeFanout : talkFanout)
              .recordValue(micros);
        }
      }
    }
  }

  private static long parse(String text, int from) {
    long value = 0;
    int i = from;
    boolean negative = i < text.length() && text.charAt(i) == '-';
    if (negative) {
      i++;
    }
    int digits = 0;
    for (; i < text.length() && Character.isDigit(text.charAt(i)); i++, digits++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return digits == 0 ? 0 : negative ? -value : value;
  }

  private static long clamp(long micros) {
    return Math.min(HIGHEST, Math.max(1, micros));
  }

  /** When the window started, in {@link System#nanoTime()}'s time. */
  long windowStart() {
    return timeline.start;
  }

  /** The window's seconds so far, from its start to the last second with a request in it. */
  List<Second> seconds() {
    Timeline t = timeline;
    int last = -1;
    for (int i = 0; i < TIMELINE_SECONDS; i++) {
      if (t.requests.get(i) > 0 || t.events.get(i) > 0) {
        last = i;
      }
    }
    List<Second> out = new ArrayList<>(last + 1);
    for (int i = 0; i <= last; i++) {
      out.add(new Second(i, t.requests.get(i), t.slow.get(i), t.maxMicros.get(i) / 1000.0,
          t.events.get(i)));
    }
    return out;
  }

  Histogram ackHistogram() {
    return ack.getIntervalHistogram();
  }

  Histogram talkFanoutHistogram() {
    return talkFanout.getIntervalHistogram();
  }

  Histogram nudgeFanoutHistogram() {
    return nudgeFanout.getIntervalHistogram();
  }

  static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> out = new TreeMap<>();
    adders.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
