package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veta.metrics.ServerMetrics;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetMetrics;
import org.veta.protocol.wire.Histogram;
import org.veta.protocol.wire.Metrics;
import org.veta.protocol.wire.Phase;

/**
 * The server's metrics move as a table plays, the facilitator reads them with GetMetrics (a
 * participant may not), and the admin port serves them as Prometheus text that parses.
 */
class MetricsEndToEndTest extends TutorialTableTest {
  private static ClientMessage.Builder getMetrics() {
    return ClientMessage.newBuilder().setGetMetrics(GetMetrics.getDefaultInstance());
  }

  private static Histogram histogram(Metrics m, String name) {
    return m.getHistogramsList().stream().filter(h -> h.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no histogram " + name + " in " + m));
  }

  @Test
  void countersAndHistogramsMoveWhenASessionPlays() throws Exception {
    TestClient maria = fixture.facilitator("Maria");
    Metrics before = maria.request(getMetrics()).getMetrics();
    assertThat(before.getCountersMap()).containsKeys(ServerMetrics.CONNECTIONS_OPEN,
        ServerMetrics.MESSAGES_IN, ServerMetrics.SESSIONS_OPEN);
    assertThat(before.getCountersOrThrow(ServerMetrics.SESSIONS_OPEN)).isEqualTo(1);

    TestClient ana = fixture.client("Ana");
    ana.join(table.joinCode(), "federation");
    ana.request(Protocol.start());
    ana.awaitPhase(1, Phase.ORDERS);
    ana.request(Protocol.orders("organize"));
    ana.request(Protocol.submit());
    ana.awaitPhase(1, Phase.REPORT);
    ana.awaitPhase(2, Phase.BRIEFING);

    Metrics after = maria.request(getMetrics()).getMetrics();
    Map<String, Double> c = after.getCountersMap();
    assertThat(c.get(ServerMetrics.CONNECTIONS_OPEN)).isEqualTo(2);
    assertThat(c.get(ServerMetrics.CONNECTIONS_TOTAL)).isGreaterThanOrEqualTo(2);
    assertThat(c.get(ServerMetrics.MESSAGES_IN))
        .isGreaterThan(before.getCountersOrThrow(ServerMetrics.MESSAGES_IN) + 4);
    assertThat(c.get(ServerMetrics.MESSAGES_OUT))
        .isGreaterThan(before.getCountersOrThrow(ServerMetrics.MESSAGES_OUT) + 4);
    assertThat(c.get(ServerMetrics.LOG_RECORDS)).isPositive();
    assertThat(c.get(ServerMetrics.ROUNDS)).isGreaterThanOrEqualTo(1);
    assertThat(histogram(after, ServerMetrics.ACK_LATENCY).getCount()).isGreaterThanOrEqualTo(5);
    assertThat(histogram(after, ServerMetrics.FSYNC_LATENCY).getCount()).isPositive();
    Histogram engine = histogram(after, ServerMetrics.ENGINE_ROUND);
    assertThat(engine.getCount()).isGreaterThanOrEqualTo(1);
    assertThat(engine.getMax()).isGreaterThanOrEqualTo(engine.getP50()).isPositive();
    assertThat(after.getHeapUsedBytes()).isPositive();
    assertThat(after.getHeapMaxBytes()).isGreaterThanOrEqualTo(after.getHeapUsedBytes());
    assertThat(after.getAvailableProcessors()).isPositive();
    assertThat(after.getUptimeMs()).isGreaterThanOrEqualTo(0);

    ana.close();
    long end = System.nanoTime() + 10_000_000_000L;
    double open;
    do {
      open = maria.request(getMetrics()).getMetrics()
          .getCountersOrThrow(ServerMetrics.CONNECTIONS_OPEN);
    } while (open != 1 && System.nanoTime() < end);
    assertThat(open).isEqualTo(1);
  }

  @Test
  void participantsMayNotReadTheMetrics() throws Exception {
    TestClient lou = fixture.client("Lou");
    assertThat(lou.refused(getMetrics(), ErrorCode.PERMISSION_DENIED)).contains("facilitator");
  }

  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\"(,[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\")*\\})?"
          + " (-?[0-9.eE+-]+|NaN|[+-]Inf)");
  private static final Pattern TYPE = Pattern.compile(
      "# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|summary|histogram|untyped)");

  @Test
  void theAdminPortServesPrometheusText() throws Exception {
    int port = fixture.server.serveMetrics("127.0.0.1", 0);
    TestClient ana = fixture.client("Ana");
    ana.request(Protocol.ping(1));
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/metrics")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    Set<String> typed = new HashSet<>();
    Set<String> sampled = new HashSet<>();
    for (String line : response.body().split("\n")) {
      if (line.startsWith("# HELP ")) {
        continue;
      }
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        assertThat(typed.add(type.group(1))).as("one TYPE line per metric: %s", line).isTrue();
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      assertThat(sample.matches()).as("a sample line: '%s'", line).isTrue();
      Double.parseDouble(sample.group(4).replace("Inf", "Infinity"));
      String family = sample.group(1).replaceAll("_(sum|count)$", "");
      assertThat(typed).as("TYPE before the samples of %s", family)
          .anyMatch(t -> t.equals(family) || t.equals(sample.group(1)));
      sampled.add(sample.group(1));
    }
    assertThat(sampled).contains("veta_connections_open", "veta_messages_in_total",
        "veta_ack_latency_seconds", "veta_ack_latency_seconds_count",
        "veta_fsync_latency_seconds_sum", "veta_engine_round_seconds", "veta_heap_used_bytes",
        "veta_gc_collections_total", "veta_process_cpu_load", "veta_sessions_open");
    assertThat(response.body()).contains("# TYPE veta_messages_in_total counter",
        "# TYPE veta_connections_open gauge", "# TYPE veta_ack_latency_seconds summary",
        "veta_ack_latency_seconds{quantile=\"0.99\"}");

    HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(elsewhere.statusCode()).isEqualTo(404);
  }
}
