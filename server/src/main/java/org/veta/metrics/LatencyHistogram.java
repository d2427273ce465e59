package org.veta.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A latency histogram in microseconds, recorded from any thread without locks (HdrHistogram's
 * {@link Recorder}: a write is a few atomic increments) and read as a cumulative snapshot since the
 * server started. Values above ten minutes are recorded as ten
 * minutes (3 significant digits: about 400 KB a histogram).
 */
public final class LatencyHistogram {
  static final long HIGHEST_MICROS = 600_000_000L;

  private final String name;
  private final String help;
  private final Recorder recorder = new Recorder(1, HIGHEST_MICROS, 3);
  /** Everything recorded so far; only touched under this object's lock. */
  private final Histogram total = new Histogram(1, HIGHEST_MICROS, 3);
  private Histogram interval;

  LatencyHistogram(String name, String help) {
    this.name = name;
    this.help = help;
  }

  public String name() {
    return name;
  }

  public String help() {
    return help;
  }

  /** Records one duration; negative ones count as zero (a clock step), huge ones as ten minutes. */
  public void recordMicros(long micros) {
    recorder.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, micros)));
  }

  public void recordNanos(long nanos) {
    recordMicros(nanos / 1000);
  }

  /** A copy of everything recorded until now. */
  public synchronized Histogram snapshot() {
    interval = recorder.getIntervalHistogram(interval);
    total.add(interval);
    return total.copy();
  }
}
