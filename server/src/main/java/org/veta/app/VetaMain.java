package org.veta.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `veta` command: every subcommand the launcher script dispatches to the server jar. */
@Command(name = "veta", mixinStandardHelpOptions = true, version = "veta 0.1.0",
    description = "A negotiation game about informal gold mining in the Andes.",
    subcommands = {SimulateCommand.class, ScenarioCommand.class, ServeCommand.class,
        DebriefCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class VetaMain {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this in-process). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new VetaMain());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("veta: " + e.getMessage());
      return 2;
    });
    return cli.execute(args);
  }
}
