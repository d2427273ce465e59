package org.veta.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veta.scenario.LoadedScenario;
import org.veta.scenario.Problem;
import org.veta.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `veta scenario list | validate FILE... | show NAME`: scenarios for facilitators. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = "List, validate and show scenarios.",
    subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Validate.class,
        ScenarioCommand.Show.class})
final class ScenarioCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios.")
  static final class ListScenarios implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Also list the scenarios in DIR.")
    Path directory;

    @Override
    public Integer call() {
      ScenarioSource source = new ScenarioSource(directory);
      var out = spec.commandLine().getOut();
      for (String name : source.catalog().names()) {
        try {
          LoadedScenario s = source.load(name, List.of());
          out.printf("%-12s %-62s %s%n", name, s.scenario().getTitle(),
              source.catalog().sourceOf(name));
        } catch (ScenarioException e) {
          out.printf("%-12s (does not load: %d problem(s); run `veta scenario validate %s`)%n", name,
              e.problems().size(), source.catalog().sourceOf(name));
        }
      }
      return 0;
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check scenario files and report every problem as file:line:column.")
  static final class Validate implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files or built-in names.")
    List<String> files;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a parameter first.")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      ScenarioSource source = new ScenarioSource(null);
      var out = spec.commandLine().getOut();
      int bad = 0;
      for (String file : files) {
        String text;
        String name;
        Path path = Path.of(file);
        if (Files.isRegularFile(path)) {
          text = Files.readString(path);
          name = file;
        } else if (source.catalog().text(file).isPresent()) {
          text = source.catalog().text(file).get();
          name = source.catalog().sourceOf(file);
        } else {
          out.println(file + ":0:0: there is no such file or built-in scenario");
          bad++;
          continue;
        }
        List<Problem> problems = source.loader().validate(text, name, overrides);
        for (Problem p : problems) {
          out.println(p.line() == 0 ? p.message() : p.toString());
        }
        if (problems.isEmpty()) {
          out.println(name + ": OK");
        } else {
          out.println(name + ": " + problems.size() + " problem(s)");
          bad++;
        }
      }
      return bad == 0 ? 0 : 1;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Print a scenario's text (a starting point for a new country scenario).")
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A built-in scenario.")
    String name;

    @Override
    public Integer call() {
      ScenarioSource source = new ScenarioSource(null);
      var text = source.catalog().text(name);
      if (text.isEmpty()) {
        spec.commandLine().getErr().println("veta: no built-in scenario '" + name + "'; scenarios: "
            + String.join(", ", source.catalog().names()));
        return 1;
      }
      var out = spec.commandLine().getOut();
      out.print(text.get());
      out.flush(); // print() on picocli's writer does not flush; println() would add a line
      return 0;
    }
  }
}
