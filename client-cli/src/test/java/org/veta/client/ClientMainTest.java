package org.veta.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.client.local.LocalGameLauncher;
import org.veta.client.local.LocalServerLauncher;
import org.veta.client.net.CannedTable;
import org.veta.client.net.FakeTableServer;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Welcome;

class ClientMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(LocalGameLauncher launcher, String stdin, String... args) {
    return ClientMain.commandLine(launcher, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(args);
  }

  @Test
  void eachCommandHasHelp() {
    assertThat(run(new LocalServerLauncher(), "", "join", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("HOST:PORT", "CODE", "--name", "--seat", "--script",
        "--tls", "--fingerprint");
    out.reset();
    assertThat(run(new LocalServerLauncher(), "", "play", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--scenario", "--seat", "--seed", "--data", "--script", "--bots");
  }

  @Test
  void facilitateHasHelpAndNeedsExactlyOneKey() {
    assertThat(run(new LocalServerLauncher(), "", "facilitate", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("HOST:PORT", "--key", "--key-file", "--name", "--script",
        "--tls", "--fingerprint");

    assertThat(run(new LocalServerLauncher(), "", "facilitate", "localhost:7777")).isEqualTo(2);
    assertThat(run(new LocalServerLauncher(), "", "facilitate", "localhost:7777", "--key", "a", "--key-file", "k"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--key").doesNotContain("at org.");
  }

  @Test
  void aKeyFileThatCannotBeReadIsASentence(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nokey");
    assertThat(run(new LocalServerLauncher(), "", "facilitate", "localhost:7777", "--key-file", missing.toString()))
        .isEqualTo(2);
    Path empty = Files.writeString(dir.resolve("empty.key"), "\n");
    assertThat(run(new LocalServerLauncher(), "", "facilitate", "localhost:7777", "--key-file", empty.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the key file " + missing)
        .contains("the facilitator key is empty").doesNotContain("at org.");
  }

  @Test
  void facilitateReadsTheKeyFromTheFirstLineOfItsFile(@TempDir Path dir) throws Exception {
    Path key = Files.writeString(dir.resolve("facilitator.key"), "  sesame \r\nsecond line\n");
    List<ClientMessage> sent;
    int exit;
    try (FakeTableServer server = new FakeTableServer((channel, request) -> List.of(CannedTable.answer(request,
        ServerMessage.newBuilder().setWelcome(Welcome.newBuilder().setServer("fake").setFacilitator(true)))))) {
      exit = run(new LocalServerLauncher(), "quit\n",
          "facilitate", "127.0.0.1:" + server.port(), "--key-file", key.toString(), "--name", "Maria", "--script", "-");
      sent = List.copyOf(server.received());
    }

    assertThat(exit).isZero();
    assertThat(sent.get(0).getHello().getFacilitatorKey()).isEqualTo("sesame");
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsSubsequence("FACILITATOR Maria", "> quit");
  }

  @Test
  void aBadAddressIsASentenceNotAStackTrace() {
    int exit = run(new LocalServerLauncher(), "", "join", "localhost", "CODE", "--name", "Ana");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected HOST:PORT").doesNotContain("at org.");
  }

  @Test
  void aLocalGameThatCannotStartSaysSo() {
    LocalGameLauncher broken = settings -> {
      throw new java.io.IOException("no free port on the loopback interface");
    };
    int exit = run(broken, "", "play", "--script", "-");

    assertThat(exit).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not start a local game")
        .contains("no free port").doesNotContain("at org.");
  }

  @Test
  void playJoinsTheLocalGameAndPrintsTheLogAtTheEnd() throws Exception {
    AtomicReference<LocalGameLauncher.Settings> asked = new AtomicReference<>();
    try (FakeTableServer server = new FakeTableServer(new CannedTable())) {
      LocalGameLauncher launcher = settings -> {
        asked.set(settings);
        return new LocalGameLauncher.LocalGame() {
          public int port() {
            return server.port();
          }

          public String joinCode() {
            return "GOOD";
          }

          public Path logFile() {
            return Path.of("/tmp/veta/session-1.log");
          }

          public CompletableFuture<Void> ended() {
            return new CompletableFuture<>();
          }

          public void close() { }
        };
      };

      int exit = run(launcher, "start\nready\nwait end\n",
          "play", "--scenario", "peru", "--seed", "7", "--bots", "hardline", "--seat", "fedemin", "--script", "-");

      assertThat(exit).isZero();
    }
    assertThat(asked.get()).isEqualTo(new LocalGameLauncher.Settings("peru", 7, java.util.List.of(), "hardline",
        java.nio.file.Path.of("veta-data")));
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsSubsequence("JOINED table t1 seat fedemin", "> wait end", "REACHED end round 1", "SESSION LOG /tmp/veta/session-1.log");
  }
}
