package org.veta.client.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

  void reset() {
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
    answered.increment();
    kinds.computeIfAbsent(kind.name(), k -> new LongAdder()).increment();
    ack.recordValue(clamp(nanos / 1000));
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
