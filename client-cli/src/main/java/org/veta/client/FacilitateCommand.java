package org.veta.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veta.client.facilitate.FacilitatorLogin;
import org.veta.client.shell.ExitCodes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `veta facilitate HOST:PORT (--key KEY | --key-file FILE) [--name NAME] [--tls] [--fingerprint
 * SHA256] [--script FILE|-]`.
 */
@Command(name = "facilitate", mixinStandardHelpOptions = true,
    description = "The facilitator's console: open, watch and steer the tables of a veta server.",
    footer = {"", "Example: veta facilitate 192.168.1.20:7777 --key-file veta-data/facilitator.key --name Maria",
        "         veta facilitate localhost:7777 --key K3Y --script setup.txt"})
final class FacilitateCommand implements Callable<Integer> {
  private final Sessions sessions;

  FacilitateCommand(Sessions sessions) {
    this.sessions = sessions;
  }

  @Parameters(index = "0", paramLabel = "HOST:PORT", description = "the server")
  String address;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Key key;

  /** The key on the command line, or (kept out of the process list and the shell's history) in a file. */
  static final class Key {
    @Option(names = "--key", paramLabel = "KEY", required = true, description = "the server's facilitator key")
    String value;

    @Option(names = "--key-file", paramLabel = "FILE", required = true,
        description = "read the key from the first line of FILE")
    Path file;
  }

  @Option(names = "--name", paramLabel = "NAME", description = "your name, for the session logs (default: facilitator)")
  String name = "";

  @Mixin
  TlsOptions tls = new TlsOptions();

  @Option(names = "--script", paramLabel = "FILE|-",
      description = "read commands from FILE (or - for standard input) and print plain lines")
  String script;

  @Override
  public Integer call() throws Exception {
    ServerAddress server = ServerAddress.parse(address);
    String secret;
    try {
      secret = key.value != null ? key.value.strip() : readKey(key.file);
    } catch (IOException e) {
      sessions.err().println("veta: cannot read the key file " + key.file + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage()) + ")");
      return ExitCodes.USAGE;
    }
    if (secret.isEmpty()) {
      sessions.err().println("veta: the facilitator key is empty" + (key.file == null ? "" : " (" + key.file + ")"));
      return ExitCodes.USAGE;
    }
    return sessions.facilitate(new FacilitatorLogin(server.host(), server.port(), secret, name.strip(),
        tls.clientTls()), script);
  }

  /** The first line, trimmed: a key file written with echo has a newline, one from Windows a CR too. */
  static String readKey(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("").strip();
    }
  }
}
