package org.veta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Member;
import org.veta.session.PhaseDurations;
import org.veta.session.Table;

class ServeConsoleTest {
  @Test
  void announceReachesTheTablesNamedAndSaysSoOnStderr(@TempDir Path dir) throws Exception {
    try (VetaServer server = VetaServer.create(ServerConfig.defaults(dir).withHost("127.0.0.1")
        .withPort(0).withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")))) {
      Table one = server.open("tutorial", List.of(), 1, server.tableOptions());
      Table two = server.open("tutorial", List.of(), 2, server.tableOptions());
      LinkedBlockingQueue<ServerMessage> atOne = new LinkedBlockingQueue<>();
      LinkedBlockingQueue<ServerMessage> atTwo = new LinkedBlockingQueue<>();
      join(one, atOne);
      join(two, atTwo);
      StringWriter err = new StringWriter();
      ServeConsole console = new ServeConsole(List.of(one, two), new PrintWriter(err));
      console.handle("announce 2 Second table: ten minutes left");
      console.handle("announce all The debrief starts at four");
      console.handle("announce 3 nobody");
      console.handle("shout");
      assertThat(talk(atTwo)).isEqualTo("Second table: ten minutes left");
      assertThat(talk(atTwo)).isEqualTo("The debrief starts at four");
      assertThat(talk(atOne)).as("table 1 did not hear table 2's announcement")
          .isEqualTo("The debrief starts at four");
      assertThat(err.toString()).contains("announced to table 2", "announced to 2 table(s)",
          "there is no table 3", "commands: announce all TEXT");
    }
  }

  private static void join(Table table, LinkedBlockingQueue<ServerMessage> inbox) {
    Member member = new Member() {
      public String id() {
        return "test";
      }

      public void send(ServerMessage message) {
        inbox.add(message);
      }
    };
    table.submit(member, ClientMessage.newBuilder().setRequestId(1)
        .setJoin(JoinTable.newBuilder().setName("Ana")).build());
  }

  private static String talk(LinkedBlockingQueue<ServerMessage> inbox) throws InterruptedException {
    while (true) {
      ServerMessage m = inbox.poll(20, TimeUnit.SECONDS);
      assertThat(m).as("an announcement").isNotNull();
      if (m.hasTalk()) {
        return m.getTalk().getText();
      }
    }
  }
}
