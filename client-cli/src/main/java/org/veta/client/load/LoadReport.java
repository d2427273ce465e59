package org.veta.client.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.veta.protocol.wire.Metrics;

/**
 * The figures of one run (the server or the floor): what the clients measured in the window, and
 * what the server said about itself (counter deltas over the window; its histograms are since it
 * started). Printed as text lines or as one JSON object.
 */
record LoadReport(String target, int sessions, int seats, int connections, double ratePerSeat,
    double seconds, long heldMin, long heldEnd, long sent, long answered, long lost,
    long eventsReceived, long probes, Latency ack, Latency talkFanout, Latency nudgeFanout,
    Map<String, Long> errors, Map<String, Long> kinds, Map<String, Long> eventKinds,
    Map<String, Double> server, List<Latency> serverLatencies, double pacerLagMaxMs,
    List<LoadStats.Second> bySecond, List<String> notes) {
  /** The stderr of the last server the tool spawned, to look for leak reports. */
  static volatile Path lastServerLog;

  /** A latency distribution in milliseconds. */
  record Latency(String name, long count, double p50, double p99, double p999, double max,
      double mean) {
    static Latency of(String name, Histogram micros) {
      if (micros.getTotalCount() == 0) {
        return new Latency(name, 0, 0, 0, 0, 0, 0);
      }
      return new Latency(name, micros.getTotalCount(), micros.getValueAtPercentile(50) / 1000.0,
          micros.getValueAtPercentile(99) / 1000.0, micros.getValueAtPercentile(99.9) / 1000.0,
          micros.getMaxValue() / 1000.0, micros.getMean() / 1000.0);
    }

    static Latency ofServer(org.veta.protocol.wire.Histogram h) {
      double scale = h.getName().endsWith("_us") ? 1000.0 : 1.0;
      return new Latency(h.getName(), h.getCount(), h.getP50() / scale, h.getP99() / scale,
          h.getP999() / scale, h.getMax() / scale, h.getMean() / scale);
    }

    String line() {
      if (count == 0) {
        return "none";
      }
      if (!name.equals("ack") && !name.startsWith("fanout") && !name.endsWith("_us")) {
        // a count (records per group commit), not a time
        return String.format(Locale.ROOT, "p50 %.0f  p99 %.0f  p99.9 %.0f  max %.0f  (n=%d)",
            p50, p99, p999, max, count);
      }
      return String.format(Locale.ROOT,
          "p50 %s  p99 %s  p99.9 %s  max %s  (n=%d)", ms(p50), ms(p99), ms(p999), ms(max), count);
    }
  }

  static LoadReport of(LoadConfig config, String target, LoadStats stats, Metrics before,
      Metrics after, double seconds, long heldMin, long heldEnd, long lagNanos) {
    Map<String, Double> server = new LinkedHashMap<>();
    List<Latency> latencies = new ArrayList<>();
    if (after != null) {
      double window = seconds;
      Map<String, Double> a = after.getCountersMap();
      Map<String, Double> b = before == null ? Map.of() : before.getCountersMap();
      server.put("messages_in_per_s", delta(a, b, "messages_in_total") / window);
      server.put("messages_out_per_s", delta(a, b, "messages_out_total") / window);
      server.put("log_records_per_s", delta(a, b, "log_records_total") / window);
      server.put("fsyncs_per_s", delta(a, b, "log_fsyncs_total") / window);
      server.put("rounds_resolved", delta(a, b, "rounds_resolved_total"));
      server.put("connections_open", a.getOrDefault("connections_open", 0.0));
      server.put("sessions_open", a.getOrDefault("sessions_open", 0.0));
      server.put("cpu_load", after.getProcessCpuLoad());
      server.put("heap_used_mib", after.getHeapUsedBytes() / 1048576.0);
      server.put("heap_max_mib", after.getHeapMaxBytes() / 1048576.0);
      server.put("gc_count", (double) (after.getGcCount() - (before == null ? 0 : before.getGcCount())));
      server.put("gc_ms", (double) (after.getGcTimeMs() - (before == null ? 0 : before.getGcTimeMs())));
      server.put("processors", (double) after.getAvailableProcessors());
      after.getHistogramsList().forEach(h -> latencies.add(Latency.ofServer(h)));
    }
    return new LoadReport(target, config.sessions(), config.seats(), config.connections(),
        config.ratePerSeat(), seconds, heldMin, heldEnd, stats.sent.sum(), stats.answered.sum(),
        stats.lost.sum(), stats.events.sum(), stats.probes.sum(),
        Latency.of("ack", stats.ackHistogram()), Latency.of("fanout_talk", stats.talkFanoutHistogram()),
        Latency.of("fanout_nudge", stats.nudgeFanoutHistogram()), LoadStats.sums(stats.errors),
        LoadStats.sums(stats.kinds), LoadStats.sums(stats.eventKinds), server, latencies,
        lagNanos / 1e6, stats.seconds(), new ArrayList<>());
  }

  private static double delta(Map<String, Double> a, Map<String, Double> b, String key) {
    return a.getOrDefault(key, 0.0) - b.getOrDefault(key, 0.0);
  }

  private static String ms(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f ms", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f ms", v)
        : String.format(Locale.ROOT, "%.2f ms", v);
  }

  double sentPerSecond() {
    return sent / seconds;
  }

  double receivedPerSecond() {
    return (answered + eventsReceived) / seconds;
  }

  /** Plain lines for a person. */
  String text(LoadReport floor) {
    StringBuilder out = new StringBuilder();
    line(out, "target", target);
    line(out, "load", String.format(Locale.ROOT, "%d sessions x %d seats = %d connections, "
        + "%.2f requests/s per seat, %.0f s measured", sessions, seats, connections, ratePerSeat,
        seconds));
    line(out, "connections held", heldEnd + " at the end, " + heldMin + " at the least, of "
        + connections);
    line(out, "client requests", String.format(Locale.ROOT, "%d sent (%.0f/s), %d answered, %d "
        + "without answer", sent, sentPerSecond(), answered, lost));
    line(out, "client messages/s", String.format(Locale.ROOT, "out %.0f, in %.0f (answers and "
        + "%d events)", sentPerSecond(), receivedPerSecond(), eventsReceived));
    line(out, "ack latency", ack.line() + ratio(floor));
    String slowest = slowestSeconds(3);
    if (!slowest.isEmpty()) {
      line(out, "slowest seconds", slowest);
    }
    if (talkFanout.count() > 0 || nudgeFanout.count() > 0) {
      line(out, "fan-out (talk)", talkFanout.line());
      line(out, "fan-out (nudge)", nudgeFanout.line() + " (" + probes + " probes)");
    }
    line(out, "errors", errors.isEmpty() ? "none" : errors.toString());
    line(out, "requests by kind", kinds.toString());
    if (!eventKinds.isEmpty()) {
      line(out, "events by kind", eventKinds.toString());
    }
    if (!server.isEmpty()) {
      line(out, "server messages/s", String.format(Locale.ROOT, "in %.0f (with the probes), out %.0f; log records "
          + "%.0f/s in %.0f fsyncs/s; %.0f rounds resolved", server.get("messages_in_per_s"),
          server.get("messages_out_per_s"), server.get("log_records_per_s"),
          server.get("fsyncs_per_s"), server.get("rounds_resolved")));
      line(out, "server process", String.format(Locale.ROOT, "cpu %.0f%% of %d cores, heap %.0f "
          + "MiB of %.0f MiB, %d GCs taking %.0f ms in the window", server.get("cpu_load") * 100,
          server.get("processors").intValue(), server.get("heap_used_mib"),
          server.get("heap_max_mib"), server.get("gc_count").longValue(), server.get("gc_ms")));
      for (Latency l : serverLatencies) {
        line(out, "server " + l.name(), l.line() + " (since start)");
      }
    }
    line(out, "pacer", String.format(Locale.ROOT, "fell behind by %.1f ms at most", pacerLagMaxMs));
    for (String note : notes) {
      line(out, "note", note);
    }
    return out.toString();
  }

  /**
   * The seconds of the window whose requests waited longest, as "t=12s max 1.2 s (340 of 4,780
   * over 10 ms)": where to look in the server's log and GC log.
   */
  String slowestSeconds(int how) {
    return bySecond.stream().filter(s -> s.slow() > 0)
        .sorted(java.util.Comparator.comparingDouble(LoadStats.Second::maxMs).reversed()
            .thenComparingInt(LoadStats.Second::second))
        .limit(how)
        .map(s -> String.format(Locale.ROOT, "t=%ds max %s (%d of %d over %d ms)", s.second(),
            ms(s.maxMs()), s.slow(), s.requests(), LoadStats.SLOW_MICROS / 1000))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private String ratio(LoadReport floor) {
    if (floor == null || floor.ack.count() == 0 || floor.ack.p99() == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "%n%-20s p50 %.1fx, p99 %.1fx, p99.9 %.1fx, max %.1fx",
        "  ... to the floor", div(ack.p50(), floor.ack.p50()), div(ack.p99(), floor.ack.p99()),
        div(ack.p999(), floor.ack.p999()), div(ack.max(), floor.ack.max()));
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "%-20s %s%n", label, value));
  }

  /** One JSON object: the run, and the floor's run and the ratios when there is one. */
  String json(LoadReport floor) {
    StringBuilder out = new StringBuilder();
    out.append('{');
    fields(out);
    if (floor != null) {
      out.append(",\"floor\":{");
      floor.fields(out);
      out.append('}');
      out.append(",\"ratio_to_floor\":{");
      out.append("\"ack_p50\":").append(num(div(ack.p50(), floor.ack.p50())));
      out.append(",\"ack_p99\":").append(num(div(ack.p99(), floor.ack.p99())));
      out.append(",\"ack_p999\":").append(num(div(ack.p999(), floor.ack.p999())));
      out.append(",\"ack_max\":").append(num(div(ack.max(), floor.ack.max())));
      out.append('}');
    }
    out.append('}');
    return out.toString();
  }

  static double div(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  private void fields(StringBuilder out) {
    out.append("\"target\":").append(str(target));
    out.append(",\"sessions\":").append(sessions).append(",\"seats\":").append(seats);
    out.append(",\"connections\":").append(connections);
    out.append(",\"rate_per_seat\":").append(num(ratePerSeat));
    out.append(",\"seconds\":").append(num(seconds));
    out.append(",\"connections_held_min\":").append(heldMin);
    out.append(",\"connections_held_end\":").append(heldEnd);
    out.append(",\"requests_sent\":").append(sent).append(",\"answers\":").append(answered);
    out.append(",\"unanswered\":").append(lost);
    out.append(",\"client_messages_out_per_s\":").append(num(sentPerSecond()));
    out.append(",\"client_messages_in_per_s\":").append(num(receivedPerSecond()));
    out.append(",\"events_received\":").append(eventsReceived);
    out.append(",\"ack_ms\":");
    latency(out, ack);
    out.append(",\"fanout_talk_ms\":");
    latency(out, talkFanout);
    out.append(",\"fanout_nudge_ms\":");
    latency(out, nudgeFanout);
    out.append(",\"errors\":");
    counts(out, errors);
    out.append(",\"requests_by_kind\":");
    counts(out, kinds);
    out.append(",\"events_by_kind\":");
    counts(out, eventKinds);
    out.append(",\"server\":{");
    boolean first = true;
    for (Map.Entry<String, Double> e : server.entrySet()) {
      out.append(first ? "" : ",").append(str(e.getKey())).append(':').append(num(e.getValue()));
      first = false;
    }
    for (Latency l : serverLatencies) {
      String name = l.name().endsWith("_us")
          ? l.name().substring(0, l.name().length() - 3) + "_ms" : l.name();
      out.append(first ? "" : ",").append(str(name)).append(':');
      latency(out, l);
      first = false;
    }
    out.append('}');
    out.append(",\"pacer_lag_max_ms\":").append(num(pacerLagMaxMs));
    out.append(",\"ack_by_second\":[");
    for (int i = 0; i < bySecond.size(); i++) {
      LoadStats.Second s = bySecond.get(i);
      out.append(i == 0 ? "" : ",").append("{\"second\":").append(s.second())
          .append(",\"requests\":").append(s.requests())
          .append(",\"over_10ms\":").append(s.slow())
          .append(",\"max_ms\":").append(num(s.maxMs()))
          .append(",\"events\":").append(s.events()).append('}');
    }
    out.append(']');
    out.append(",\"notes\":[");
    for (int i = 0; i < notes.size(); i++) {
      out.append(i == 0 ? "" : ",").append(str(notes.get(i)));
    }
    out.append(']');
  }

  private static void latency(StringBuilder out, Latency l) {
    out.append("{\"count\":").append(l.count()).append(",\"p50\":").append(num(l.p50()))
        .append(",\"p99\":").append(num(l.p99())).append(",\"p999\":").append(num(l.p999()))
        .append(",\"max\":").append(num(l.max())).append(",\"mean\":").append(num(l.mean()))
        .append('}');
  }

  private static void counts(StringBuilder out, Map<String, Long> counts) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out.append(first ? "" : ",").append(str(e.getKey())).append(':').append(e.getValue());
      first = false;
    }
    out.append('}');
  }

  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "null";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    // Four places, without trailing zeros: and without the point they leave behind
    // (60.00001 is "60", never "60.", which is not JSON).
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("\\.?0+$", "");
  }

  /** A JSON string literal, escaped as every JSON veta writes. */
  static String str(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    org.veta.simulation.Json.string(out, s);
    return out.toString();
  }
}
