package org.veta.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import org.HdrHistogram.Histogram;
import org.veta.protocol.wire.Metrics;

/**
 * The server's counters, gauges and latency histograms: one instance per server, shared by the
 * network, the tables and the session logs, read by the facilitator ({@code GetMetrics}) and the
 * admin port ({@code GET /metrics}, {@link PrometheusText}).
 *
 * <p>Recording is cheap and lock-free from any thread: a counter is a {@link LongAdder}, a
 * histogram a HdrHistogram recorder. Names are snake_case with their unit ({@code _total} for
 * counters, {@code _us} for histograms in microseconds); the well-known ones are constants here so
 * the load tool and the tests name them the same way.
 */
public final class ServerMetrics {
  public static final String CONNECTIONS_OPEN = "connections_open";
  public static final String CONNECTIONS_TOTAL = "connections_total";
  public static final String SESSIONS_OPEN = "sessions_open";
  public static final String SESSIONS_TOTAL = "sessions_total";
  public static final String MESSAGES_IN = "messages_in_total";
  public static final String MESSAGES_OUT = "messages_out_total";
  public static final String ERRORS_OUT = "errors_out_total";
  public static final String LOG_RECORDS = "log_records_total";
  public static final String LOG_FSYNCS = "log_fsyncs_total";
  public static final String ROUNDS = "rounds_resolved_total";
  public static final String ACK_LATENCY = "ack_latency_us";
  public static final String FSYNC_LATENCY = "fsync_latency_us";
  public static final String LOG_BATCH = "log_batch_records";
  public static final String ENGINE_ROUND = "engine_round_us";
  public static final String TABLE_QUEUE = "table_queue_us";
  public static final String LOG_COMMIT = "log_commit_us";

  private final long started = System.currentTimeMillis();
  private final Map<String, LongAdder> counters = new ConcurrentSkipListMap<>();
  private final Map<String, DoubleSupplier> gauges = new ConcurrentSkipListMap<>();
  private final Map<String, LatencyHistogram> histograms = new ConcurrentSkipListMap<>();
  private final Map<String, String> help = new ConcurrentHashMap<>();

  private static final class Detached {
    static final ServerMetrics INSTANCE = new ServerMetrics();
  }

  /**
   * One registry for everything made without a server's (a table or a log in a unit test): it
   * counts, and nobody reads it.
   */
  public static ServerMetrics detached() {
    return Detached.INSTANCE;
  }

  public ServerMetrics() {
    describe(CONNECTIONS_OPEN, "Connections open now (players, bots' clients and consoles).");
    describe(CONNECTIONS_TOTAL, "Connections accepted since the server started.");
    describe(SESSIONS_OPEN, "Tables open and not ended.");
    describe(SESSIONS_TOTAL, "Tables opened or resumed since the server started.");
    describe(MESSAGES_IN, "Client messages decoded.");
    describe(MESSAGES_OUT, "Server messages written (answers and events).");
    describe(ERRORS_OUT, "Answers that were an Error.");
    describe(LOG_RECORDS, "Session log records written.");
    describe(LOG_FSYNCS, "fsyncs of the session logs' journal (one per group commit of every "
        + "table's records).");
    describe(ROUNDS, "Rounds resolved by the engine.");
    counter(CONNECTIONS_TOTAL);
    counter(MESSAGES_IN);
    counter(MESSAGES_OUT);
    counter(ERRORS_OUT);
    counter(LOG_RECORDS);
    counter(LOG_FSYNCS);
    counter(ROUNDS);
    counter(SESSIONS_TOTAL);
    counter(CONNECTIONS_OPEN);
    histogram(ACK_LATENCY, "From a request's arrival at its connection to its answer's write "
        + "(includes the session log's fsync); pings excluded.");
    histogram(FSYNC_LATENCY, "The journal's flush and fsync in one group commit.");
    histogram(ENGINE_ROUND, "A round's resolution on its table's thread: from the RESOLUTION "
        + "phase to the round's log record (engine, deadline bots, reports).");
    histogram(TABLE_QUEUE, "From a request's hand-over to its table to the table taking it up "
        + "(the wait behind the table's earlier work and the other tables on the engine threads).");
    histogram(LOG_COMMIT, "From a record's hand-over to the session log to the end of the "
        + "journal's fsync (what an answer waits for the disk, the journal's queue included).");
    histogram(LOG_BATCH, "Records per group commit of the journal, all tables (a count, not µs).");
  }

  private void describe(String name, String text) {
    help.put(name, text);
  }

  /** The counter of this name, made on first use. */
  public LongAdder counter(String name) {
    return counters.computeIfAbsent(name, n -> new LongAdder());
  }

  public void increment(String name) {
    counter(name).increment();
  }

  /** A value read when the metrics are (a queue's length, tables open). */
  public void gauge(String name, String text, DoubleSupplier value) {
    describe(name, text);
    gauges.put(name, value);
  }

  public LatencyHistogram histogram(String name) {
    return histograms.computeIfAbsent(name, n -> new LatencyHistogram(n, help.getOrDefault(n, n)));
  }

  private LatencyHistogram histogram(String name, String text) {
    describe(name, text);
    return histograms.computeIfAbsent(name, n -> new LatencyHistogram(n, text));
  }

  String help(String name) {
    return help.getOrDefault(name, name);
  }

  /** Counters and gauges by name, as of now. */
  public Map<String, Double> values() {
    Map<String, Double> out = new java.util.TreeMap<>();
    counters.forEach((name, adder) -> out.put(name, (double) adder.sum()));
    gauges.forEach((name, value) -> out.put(name, value.getAsDouble()));
    return out;
  }

  boolean isGauge(String name) {
    return gauges.containsKey(name) || CONNECTIONS_OPEN.equals(name);
  }

  Map<String, LatencyHistogram> histograms() {
    return histograms;
  }

  /** Everything, with the JVM's CPU, heap and GC, as the facilitator's GetMetrics answers it. */
  public Metrics snapshot() {
    Metrics.Builder m = Metrics.newBuilder().putAllCounters(values());
    histograms.values().forEach(h -> m.addHistograms(summary(h.name(), h.snapshot())));
    Jvm jvm = Jvm.now();
    return m.setUptimeMs(System.currentTimeMillis() - started)
        .setProcessCpuLoad(jvm.cpuLoad()).setHeapUsedBytes(jvm.heapUsed())
        .setHeapMaxBytes(jvm.heapMax()).setGcCount(jvm.gcCount()).setGcTimeMs(jvm.gcMillis())
        .setAvailableProcessors(Runtime.getRuntime().availableProcessors()).build();
  }

  static org.veta.protocol.wire.Histogram summary(String name, Histogram h) {
    boolean empty = h.getTotalCount() == 0;
    return org.veta.protocol.wire.Histogram.newBuilder().setName(name).setCount(h.getTotalCount())
        .setP50(empty ? 0 : h.getValueAtPercentile(50))
        .setP99(empty ? 0 : h.getValueAtPercentile(99))
        .setP999(empty ? 0 : h.getValueAtPercentile(99.9))
        .setMax(empty ? 0 : h.getMaxValue())
        .setMean(empty ? 0 : h.getMean()).build();
  }

  /** The process's CPU, heap and collections, from the platform's MXBeans. */
  record Jvm(double cpuLoad, long heapUsed, long heapMax, long gcCount, long gcMillis) {
    static Jvm now() {
      double cpu = 0;
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        cpu = Math.max(0, os.getProcessCpuLoad());
      }
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      long count = 0;
      long millis = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        count += Math.max(0, gc.getCollectionCount());
        millis += Math.max(0, gc.getCollectionTime());
      }
      return new Jvm(cpu, heap.getUsed(), heap.getMax(), count, millis);
    }
  }
}
