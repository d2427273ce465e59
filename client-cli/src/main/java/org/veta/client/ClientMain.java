package org.veta.client;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.veta.client.local.LocalGameLauncher;
import org.veta.client.local.LocalServerLauncher;
import org.veta.client.shell.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the terminal client: `join` a table on a server, `play` one locally, or `facilitate`. */
@Command(name = "veta", mixinStandardHelpOptions = true, version = "veta-cli 0.1.0",
    description = "The veta terminal client.",
    subcommandsRepeatable = false)
public final class ClientMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(commandLine(new LocalServerLauncher(), System.in, out, err).execute(args));
  }

  /** The whole command line, with its streams and launcher given, so tests can run it in-process. */
  public static CommandLine commandLine(LocalGameLauncher launcher, InputStream in, PrintStream out, PrintStream err) {
    Sessions sessions = new Sessions(in, out, err);
    CommandLine commandLine = new CommandLine(new ClientMain())
        .addSubcommand(new JoinCommand(sessions))
        .addSubcommand(new PlayCommand(launcher, sessions))
        .addSubcommand(new FacilitateCommand(sessions))
        .addSubcommand(new org.veta.client.replay.ReplayCommand(in, out, err))
        .addSubcommand(new BotsCommand(out, err))
        .addSubcommand(new org.veta.client.load.LoadTestCommand(out, err));
    commandLine.setOut(new java.io.PrintWriter(out, true));
    commandLine.setErr(new java.io.PrintWriter(err, true));
    // People should see a sentence, not a stack trace, whatever goes wrong.
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("veta: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return e instanceof CommandLine.TypeConversionException ? ExitCodes.USAGE : ExitCodes.CONNECTION_FAILED;
    });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
