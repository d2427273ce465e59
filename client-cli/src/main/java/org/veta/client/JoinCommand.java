package org.veta.client;

import java.util.concurrent.Callable;
import org.veta.client.shell.JoinRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `veta join HOST:PORT CODE --name NAME [--seat SEAT] [--tls] [--fingerprint SHA256] [--script FILE|-]`. */
@Command(name = "join", mixinStandardHelpOptions = true,
    description = "Join a table on a veta server and play a seat.",
    footer = {"", "Example: veta join 192.168.1.20:7777 K4TQ-92 --name Ana --seat fedemin",
        "         veta join 192.168.1.20:7777 K4TQ-92 --name Ana --fingerprint 3F:A2:...:9C"})
final class JoinCommand implements Callable<Integer> {
  private final Sessions sessions;

  JoinCommand(Sessions sessions) {
    this.sessions = sessions;
  }

  @Parameters(index = "0", paramLabel = "HOST:PORT", description = "the server, as the facilitator gave it")
  String address;

  @Parameters(index = "1", paramLabel = "CODE", description = "the table's join code")
  String code;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "your name at the table")
  String name;

  @Option(names = "--seat", paramLabel = "SEAT", description = "the seat you want (default: the first free one)")
  String seat = "";

  @Option(names = "--script", paramLabel = "FILE|-",
      description = "read commands from FILE (or - for standard input) and print plain lines")
  String script;

  @Mixin
  TlsOptions tls = new TlsOptions();

  @Override
  public Integer call() throws Exception {
    ServerAddress server = ServerAddress.parse(address);
    return sessions.run(new JoinRequest(server.host(), server.port(), code, name, seat,
        tls.clientTls()), script);
  }
}
