package org.veta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.net.TestClient;

/**
 * `veta serve` in-process, as a script would use it: read LISTENING and the TABLE lines from its
 * stdout, connect, join with a printed code; then stop it by interrupting its thread.
 */
class ServeCommandTest {
  @TempDir Path data;

  /** An stdout that hands over each complete line as it is printed. */
  private static final class Lines extends OutputStream {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder line = new StringBuilder();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.add(line.toString());
        line.setLength(0);
      } else if (b != '\r') {
        line.append((char) b);
      }
    }

    String next() throws InterruptedException {
      String next = lines.poll(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThat(next).as("a line on stdout").isNotNull();
      return next;
    }
  }

  @Test
  void servePrintsItsPortAndJoinCodesAndAClientCanJoin() throws Exception {
    Lines stdout = new Lines();
    PrintStream original = System.out;
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread serve = new Thread(() -> exit.complete(VetaMain.run("serve", "--port", "0", "--data",
        data.toString(), "--scenario", "tutorial", "--tables", "2",
        "--phase-seconds", "briefing=1,talks=0,orders=30,report=1")), "serve-under-test");
    String listening;
    String table1;
    String table2;
    String key;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    try {
      serve.start();
      listening = stdout.next();
      table1 = stdout.next();
      table2 = stdout.next();
      key = stdout.next();
    } finally {
      System.setOut(original);
    }
    try {
      assertThat(listening).matches("LISTENING [1-9][0-9]*");
      assertThat(table1).matches("TABLE 1 [A-Z2-9]{8}");
      assertThat(table2).matches("TABLE 2 [A-Z2-9]{8}").isNotEqualTo(table1);
      assertThat(key).matches("FACILITATOR KEY [0-9a-z-]{26,}");
      assertThat(Files.readString(data.resolve("facilitator.key")).strip())
          .isEqualTo(key.substring("FACILITATOR KEY ".length()));
      int port = Integer.parseInt(listening.split(" ")[1]);
      try (TestClient ana = TestClient.connect("Ana", port)) {
        ana.hello();
        assertThat(ana.join(table2.split(" ")[2], "mayor").getTable().getScenarioId())
            .isEqualTo("tutorial");
      }
      assertThat(stdout.lines).as("nothing else on stdout").isEmpty();
    } finally {
      serve.interrupt();
      assertThat(exit.get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();
    }
    serve.join();
    try (var sessions = Files.list(data.resolve("sessions"))) {
      assertThat(sessions.count()).isEqualTo(2);
    }
    assertThat(data.resolve("logs/veta-server.log")).exists();
  }

  @Test
  void aSelfSignedTlsServerPrintsItsFingerprintAndAPinningClientJoins() throws Exception {
    Lines stdout = new Lines();
    PrintStream original = System.out;
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread serve = new Thread(() -> exit.complete(VetaMain.run("serve", "--port", "0", "--data",
        data.toString(), "--scenario", "tutorial", "--tls-self-signed",
        "--max-connections-per-address", "5")), "serve-under-test");
    String listening;
    String table;
    String fingerprint;
    String key;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    try {
      serve.start();
      listening = stdout.next();
      table = stdout.next();
      fingerprint = stdout.next();
      key = stdout.next();
    } finally {
      System.setOut(original);
    }
    try {
      assertThat(listening).matches("LISTENING [1-9][0-9]*");
      assertThat(table).matches("TABLE 1 [A-Z2-9]{8}");
      assertThat(fingerprint).matches("TLS FINGERPRINT SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}");
      assertThat(key).startsWith("FACILITATOR KEY ");
      int port = Integer.parseInt(listening.split(" ")[1]);
      var pinned = io.netty.handler.ssl.SslContextBuilder.forClient().trustManager(
          io.netty.handler.ssl.util.FingerprintTrustManagerFactory.builder("SHA-256")
              .fingerprints(fingerprint.substring("TLS FINGERPRINT SHA-256 ".length())).build())
          .build();
      try (TestClient ana = TestClient.connect("Ana", port, pinned)) {
        ana.hello();
        assertThat(ana.join(table.split(" ")[2], "mayor").getSeat()).isEqualTo("mayor");
      }
      assertThat(stdout.lines).as("nothing else on stdout").isEmpty();
    } finally {
      serve.interrupt();
      assertThat(exit.get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();
    }
    serve.join();
  }

  @Test
  void theAdminPortIsPrintedAndServesTheMetrics() throws Exception {
    Lines stdout = new Lines();
    PrintStream original = System.out;
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread serve = new Thread(() -> exit.complete(VetaMain.run("serve", "--port", "0", "--data",
        data.toString(), "--admin-port", "0", "--talk-per-second", "5",
        "--requests-per-second", "200")), "serve-under-test");
    String listening;
    String admin;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    try {
      serve.start();
      listening = stdout.next();
      admin = stdout.next();
      assertThat(stdout.next()).startsWith("FACILITATOR KEY ");
    } finally {
      System.setOut(original);
    }
    try {
      assertThat(listening).matches("LISTENING [1-9][0-9]*");
      assertThat(admin).matches("ADMIN [1-9][0-9]*");
      var response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
              + admin.split(" ")[1] + "/metrics")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("# TYPE veta_connections_open gauge");
    } finally {
      serve.interrupt();
      assertThat(exit.get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();
    }
    serve.join();
  }

  @Test
  void tlsOptionsThatDoNotFitAreRefusedWithASentence() {
    Path missing = data.resolve("missing.pem");
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--tls-cert", missing.toString())).as("a certificate without its key").isEqualTo(2);
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--tls-self-signed", "--tls-key", missing.toString())).isEqualTo(2);
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--tls-cert", missing.toString(), "--tls-key", missing.toString())).isEqualTo(2);
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--max-connections-per-address", "0")).isEqualTo(2);
  }

  @Test
  void anUnknownScenarioOrBotStopsTheServerBeforeItListens() {
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--scenario", "atlantis")).isEqualTo(1);
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--scenario", "tutorial", "--bots", "sorcerer")).isEqualTo(1);
  }

  @Test
  void aBadPhaseSpecificationIsRefusedWithASentence() {
    assertThat(VetaMain.run("serve", "--port", "0", "--data", data.toString(),
        "--phase-seconds", "lunch=3")).isEqualTo(2);
  }
}
