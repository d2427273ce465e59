package org.veta.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.app.ServerConfig;
import org.veta.app.VetaServer;
import org.veta.client.local.LocalServerLauncher;
import org.veta.client.net.ClientTls;
import org.veta.client.net.ConnectionClosedException;
import org.veta.client.net.GameClient;
import org.veta.client.net.TlsRefusedException;
import org.veta.client.shell.ExitCodes;
import org.veta.net.ServerTls;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;

/**
 * The client over TLS against a real server with a self-signed certificate on 127.0.0.1: pinning
 * its fingerprint joins and plays; a wrong fingerprint, or no fingerprint for a self-signed
 * certificate, is refused with a sentence before anything is said; TLS to a plain server and
 * plain TCP to a TLS server each say what is wrong.
 */
class TlsClientTest {
  private static final String WRONG = String.join(":", java.util.Collections.nCopies(32, "AB"));

  @TempDir Path dir;
  private VetaServer server;
  private int port;
  private Table table;
  private String fingerprint;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void serve() throws Exception {
    server = VetaServer.create(ServerConfig.defaults(dir.resolve("data")).withHost("127.0.0.1")
        .withPort(0).withDurations(PhaseDurations.parse("briefing=60,talks=0,orders=60,report=60"))
        .withTls(ServerTls.selfSigned()));
    port = server.listen();
    table = server.open("tutorial", List.of(), 1, server.tableOptions());
    fingerprint = server.tlsFingerprint();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int veta(String... args) {
    return ClientMain.commandLine(new LocalServerLauncher(), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(args);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  private static Throwable failure(GameClient client, ClientTls tls, int port) {
    ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> client.connect("127.0.0.1", port, tls).get(15, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void aClientPinningTheFingerprintJoinsAndPlays() throws Exception {
    try (GameClient client = new GameClient(event -> { })) {
      client.connect("127.0.0.1", port, ClientTls.pinned(fingerprint.toLowerCase().replace(":", "")))
          .get(15, TimeUnit.SECONDS);
      ServerMessage joined = client.request(ClientMessage.newBuilder().setJoin(JoinTable.newBuilder()
          .setCode(table.joinCode()).setName("Ana").setSeat("mayor"))).get(15, TimeUnit.SECONDS);
      assertThat(joined.getJoined().getSeat()).isEqualTo("mayor");
      assertThat(client.request(ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance()))
          .get(15, TimeUnit.SECONDS).getTable().getYou().getSeat()).isEqualTo("mayor");
    }
  }

  @Test
  void aWrongFingerprintIsRefusedWithTheOneTheServerShowed() {
    try (GameClient client = new GameClient(event -> { })) {
      Throwable refused = failure(client, ClientTls.pinned(WRONG), port);
      assertThat(refused).isInstanceOf(TlsRefusedException.class);
      assertThat(refused.getMessage()).contains("has the fingerprint " + fingerprint,
          "not the " + WRONG + " you gave", "check the fingerprint");
    }
  }

  @Test
  void tlsWithoutAFingerprintRefusesASelfSignedCertificateAndSaysWhatToDo() {
    try (GameClient client = new GameClient(event -> { })) {
      Throwable refused = failure(client, ClientTls.authorities(), port);
      assertThat(refused).isInstanceOf(TlsRefusedException.class);
      assertThat(refused.getMessage()).contains("pass --fingerprint", "this server's is " + fingerprint);
    }
  }

  @Test
  void plainTcpToATlsServerHearsThatItNeedsTls() {
    try (GameClient client = new GameClient(event -> { })) {
      Throwable refused = failure(client, ClientTls.NONE, port);
      assertThat(refused).isInstanceOf(ConnectionClosedException.class);
      assertThat(refused.getMessage()).contains("This server speaks TLS", "--tls", "--fingerprint");
    }
  }

  @Test
  void tlsToAPlainServerHearsThatItSpeaksNone() throws Exception {
    try (VetaServer plain = VetaServer.create(ServerConfig.defaults(dir.resolve("plain"))
        .withHost("127.0.0.1").withPort(0)); GameClient client = new GameClient(event -> { })) {
      Throwable refused = failure(client, ClientTls.pinned(fingerprint), plain.listen());
      assertThat(refused).isInstanceOf(TlsRefusedException.class);
      assertThat(refused.getMessage()).contains("does not speak TLS");
    }
  }

  @Test
  void joinAndFacilitateTakeTheFingerprintOnTheCommandLine() throws Exception {
    Path script = Files.writeString(dir.resolve("ana.txt"), "state\nquit\n");
    String address = "127.0.0.1:" + port;
    assertThat(veta("join", address, table.joinCode(), "--name", "Ana", "--fingerprint", fingerprint,
        "--script", script.toString())).as(output()).isZero();
    assertThat(output()).contains("JOINED table");

    out.reset();
    err.reset();
    assertThat(veta("join", address, table.joinCode(), "--name", "Eve", "--fingerprint", WRONG,
        "--script", script.toString())).isEqualTo(ExitCodes.CONNECTION_FAILED);
    assertThat(output()).contains("CONNECTION FAILED", "not the " + WRONG + " you gave")
        .doesNotContain("JOINED");

    out.reset();
    err.reset();
    assertThat(veta("join", address, table.joinCode(), "--name", "Eve", "--fingerprint", "12:34",
        "--script", script.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(output()).contains("64 hexadecimal digits");

    out.reset();
    err.reset();
    Path console = Files.writeString(dir.resolve("maria.txt"), "tables\nquit\n");
    assertThat(veta("facilitate", address, "--key", server.facilitatorKey(), "--name", "Maria",
        "--fingerprint", fingerprint, "--script", console.toString())).as(output()).isZero();
    assertThat(output()).contains("FACILITATOR Maria");
  }
}
