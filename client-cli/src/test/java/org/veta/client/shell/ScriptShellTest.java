package org.veta.client.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.client.net.CannedTable;
import org.veta.client.net.FakeTableServer;
import org.veta.protocol.wire.ClientMessage;

class ScriptShellTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private int run(FakeTableServer server, String code, String script) {
    ScriptShell shell = new ScriptShell(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return shell.run(new JoinRequest("127.0.0.1", server.port(), code, "Ana", ""),
        new BufferedReader(new StringReader(script)));
  }

  private List<String> output() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aWholeGamePrintsStableLinesAndExitsZero() throws Exception {
    String script = String.join("\n",
        "# play both rounds of the canned table",
        "",
        "start",
        "wait phase ORDERS",
        "moves",
        "order strike scale=1 days=23",
        "order lobby target=gore",
        "orders",
        "submit",
        "wait round 2",
        "report 1",
        "fly away",
        "ready",
        "wait end",
        "scores",
        "quit",
        "state");
    int exit;
    try (FakeTableServer server = new FakeTableServer(new CannedTable())) {
      exit = run(server, "GOOD", script);
    }

    List<String> lines = output();
    assertThat(exit).isZero();
    assertThat(lines.get(0)).startsWith("CONNECTED 127.0.0.1:").endsWith(" fake-server 0.0");
    assertThat(lines).containsSubsequence(
        "JOINED table t1 seat fedemin",
        "> start", "STARTED", "PHASE ORDERS round 1");
    assertThat(lines).containsSubsequence("PHASE ORDERS round 1", "REACHED phase ORDERS round 1");
    assertThat(lines).containsSubsequence(
        "> moves",
        "OPTION strike [scale=N] [days=N]: Miners stop work and block roads. Costs: Income lost; risks an operation.",
        "OPTION lobby target=SEAT: Lobby a seat. Costs: Costs favours.",
        "MAX 3 moves per round",
        "> order strike scale=1 days=23", "ACCEPTED strike scale=1 days=23",
        "> order lobby target=gore", "ACCEPTED strike scale=1 days=23",
        "REFUSED lobby target=gore: nobody to lobby in this round",
        "> orders", "ORDER strike scale=1 days=23",
        "> submit", "SUBMITTED");
    assertThat(lines).containsSubsequence("SUBMITTED", "SUBMISSION fedemin submitted", "ROUND 1 REPORT",
        "MOVES fedemin: strike scale=1 days=23", "MOVES gore: (none)",
        "EFFECT miners' mobilization in Madre de Dios: 40% -> 52% [strike, fedemin strike] a 23-day strike raised mobilization",
        "NOTE gore's forbear changed nothing: no operation was planned",
        "PHASE ORDERS round 2");
    assertThat(lines).containsSubsequence("PHASE ORDERS round 2", "REACHED round 2 phase ORDERS");
    assertThat(lines).containsSubsequence("> report 1", "ROUND 1 REPORT",
        "> fly away", "There is no command \"fly\". Type `help` to see the commands.",
        "> ready", "READY");
    assertThat(lines).containsSubsequence("PHASE ENDED round 2", "REACHED end round 2");
    assertThat(lines).containsSubsequence("GAME OVER", "SCORE fedemin 72.7", "SCORE gore 41.0");
    assertThat(lines).containsSubsequence("> scores", "SCORE fedemin 72.7");
    assertThat(lines).doesNotContain("> state").noneMatch(line -> line.startsWith("> #") || line.equals(">"));
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("\\p{Print}*"));
  }

  @Test
  void refusalsPrintTheErrorCodeAndTheServersSentence() throws Exception {
    int exit;
    try (FakeTableServer server = new FakeTableServer(new CannedTable())) {
      exit = run(server, "GOOD", "order strike\nwait sometime\nreport last\n");
    }

    assertThat(exit).isZero();
    assertThat(output()).containsSubsequence(
        "> order strike", "ERROR WRONG_PHASE: Orders can only be given in the ORDERS phase.",
        "> wait sometime", "Usage: wait phase PHASE | wait round N | wait end   (type `help wait` for more)",
        "> report last", "Usage: report [ROUND]   (type `help report` for more)");
  }

  @Test
  void aWrongJoinCodeExitsNonZero() throws Exception {
    int exit;
    try (FakeTableServer server = new FakeTableServer(new CannedTable())) {
      exit = run(server, "BAD", "state\n");
    }

    assertThat(exit).isEqualTo(ExitCodes.CONNECTION_FAILED);
    assertThat(output()).contains("ERROR UNAUTHENTICATED: That join code does not open any table.")
        .doesNotContain("> state");
  }

  @Test
  void noServerExitsNonZero() throws Exception {
    int port;
    try (FakeTableServer gone = new FakeTableServer(new CannedTable())) {
      port = gone.port();
    }
    int exit = new ScriptShell(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run(new JoinRequest("127.0.0.1", port, "GOOD", "Ana", ""), new BufferedReader(new StringReader("state\n")));

    assertThat(exit).isEqualTo(ExitCodes.CONNECTION_FAILED);
    assertThat(output()).singleElement().asString().startsWith("CONNECTION FAILED: could not reach 127.0.0.1:" + port);
  }

  @Test
  void theServerHangingUpMidGameExitsNonZero() throws Exception {
    CannedTable table = new CannedTable();
    FakeTableServer.Responder hangsUpOnSeats = (channel, request) -> {
      if (request.getBodyCase() == ClientMessage.BodyCase.GET_TABLE) {
        channel.close();
        return List.of();
      }
      return table.apply(channel, request);
    };
    int exit;
    try (FakeTableServer server = new FakeTableServer(hangsUpOnSeats)) {
      exit = run(server, "GOOD", "start\nseats\nscores\n");
    }

    assertThat(exit).isEqualTo(ExitCodes.SERVER_CLOSED);
    assertThat(output()).containsSubsequence("> seats", "DISCONNECTED: the server closed the connection")
        .doesNotContain("> scores");
  }
}
