package org.veta.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional admin port: plain HTTP, {@code GET /metrics} answers the Prometheus text, anything
 * else 404 (a wrong method 405). Served by the JDK's HTTP server on one thread of its own, never
 * on the game's event loops, so a scrape costs the players nothing but the snapshot. No
 * authentication: bind it to a private address (the default is 127.0.0.1).
 */
public final class AdminServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

  private final HttpServer http;
  private final ExecutorService thread;

  private AdminServer(HttpServer http, ExecutorService thread) {
    this.http = http;
    this.thread = thread;
  }

  /** Binds host:port (0 = any free port) and serves until {@link #close}. */
  public static AdminServer start(String host, int port, ServerMetrics metrics) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 16);
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "veta-admin-http");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(thread);
    http.createContext("/", exchange -> handle(exchange, metrics));
    http.start();
    LOG.info("admin port: http://{}:{}/metrics", host, http.getAddress().getPort());
    return new AdminServer(http, thread);
  }

  private static void handle(HttpExchange exchange, ServerMetrics metrics) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!"/metrics".equals(path)) {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found: try /metrics\n");
      } else if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "Only GET\n");
      } else {
        send(exchange, 200, PrometheusText.CONTENT_TYPE, PrometheusText.render(metrics));
      }
    } catch (RuntimeException e) {
      LOG.warn("admin port: a request failed", e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  public int port() {
    return http.getAddress().getPort();
  }

  @Override
  public void close() {
    http.stop(0);
    thread.shutdown();
    try {
      thread.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
