package org.veta.metrics;

import java.util.Locale;
import java.util.Map;
import org.veta.protocol.wire.Metrics;

/**
 * The metrics in Prometheus' text exposition format (version 0.0.4): every name prefixed
 * {@code veta_}; counters and gauges as they are; each latency histogram as a summary in seconds
 * ({@code quantile} 0.5, 0.99, 0.999 and 1 for the maximum, with {@code _sum} and
 * {@code _count}); the JVM's CPU, heap and GC as gauges and counters.
 */
public final class PrometheusText {
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private PrometheusText() {}

  public static String render(ServerMetrics metrics) {
    Metrics m = metrics.snapshot();
    StringBuilder out = new StringBuilder(4096);
    for (Map.Entry<String, Double> e : m.getCountersMap().entrySet()) {
      String name = "veta_" + e.getKey();
      String type = metrics.isGauge(e.getKey()) ? "gauge" : "counter";
      header(out, name, metrics.help(e.getKey()), type);
      out.append(name).append(' ').append(number(e.getValue())).append('\n');
    }
    for (org.veta.protocol.wire.Histogram h : m.getHistogramsList()) {
      boolean micros = h.getName().endsWith("_us");
      String name = "veta_" + (micros ? h.getName().substring(0, h.getName().length() - 3)
          + "_seconds" : h.getName());
      double scale = micros ? 1e-6 : 1;
      header(out, name, metrics.help(h.getName()), "summary");
      quantile(out, name, "0.5", h.getP50() * scale);
      quantile(out, name, "0.99", h.getP99() * scale);
      quantile(out, name, "0.999", h.getP999() * scale);
      quantile(out, name, "1", h.getMax() * scale);
      out.append(name).append("_sum ").append(number(h.getMean() * h.getCount() * scale)).append('\n');
      out.append(name).append("_count ").append(h.getCount()).append('\n');
    }
    gauge(out, "veta_uptime_seconds", "Seconds since the server started.", m.getUptimeMs() / 1000.0);
    gauge(out, "veta_process_cpu_load", "This process's share of the machine's CPU, 0 to 1.",
        m.getProcessCpuLoad());
    gauge(out, "veta_heap_used_bytes", "JVM heap in use.", m.getHeapUsedBytes());
    gauge(out, "veta_heap_max_bytes", "JVM heap maximum.", m.getHeapMaxBytes());
    header(out, "veta_gc_collections_total", "Garbage collections since start.", "counter");
    out.append("veta_gc_collections_total ").append(m.getGcCount()).append('\n');
    header(out, "veta_gc_seconds_total", "Time spent in garbage collection.", "counter");
    out.append("veta_gc_seconds_total ").append(number(m.getGcTimeMs() / 1000.0)).append('\n');
    gauge(out, "veta_available_processors", "Processors the JVM sees.", m.getAvailableProcessors());
    return out.toString();
  }

  private static void header(StringBuilder out, String name, String help, String type) {
    out.append("# HELP ").append(name).append(' ')
        .append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, double value) {
    header(out, name, help, "gauge");
    out.append(name).append(' ').append(number(value)).append('\n');
  }

  private static void quantile(StringBuilder out, String name, String q, double value) {
    out.append(name).append("{quantile=\"").append(q).append("\"} ").append(number(value))
        .append('\n');
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.9g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
