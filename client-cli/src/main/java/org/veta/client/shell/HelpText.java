package org.veta.client.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What `help` and `help COMMAND` print. */
public final class HelpText {
  private HelpText() {}

  public static List<String> overview() {
    List<String> lines = new ArrayList<>();
    lines.add("Commands (type `help COMMAND` for more):");
    for (ShellCommand command : ShellCommand.values()) {
      String usage = command.usage().length() > 26 ? command.word() + " ..." : command.usage();
      lines.add("  " + String.format("%-26s", usage) + " " + command.summary());
    }
    return lines;
  }

  public static List<String> about(String word) {
    Optional<ShellCommand> command = ShellCommand.byWord(word);
    if (command.isEmpty()) {
      return List.of(unknown(word));
    }
    List<String> lines = new ArrayList<>();
    lines.add("Usage: " + command.get().usage());
    lines.addAll(List.of(command.get().help().split("\n")));
    return lines;
  }

  public static String unknown(String word) {
    return "There is no command \"" + word + "\". Type `help` to see the commands.";
  }
}
