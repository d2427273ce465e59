package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.client.render.Text;

/** What `help` and `help COMMAND` print in the facilitator's console. */
final class FacilitatorHelp {
  private static final int USAGE_COLUMN = 24;
  /** The list fits a classic 80-column terminal: long summaries wrap under themselves. */
  private static final int WIDTH = 80;

  private FacilitatorHelp() {}

  static List<String> overview() {
    List<String> lines = new ArrayList<>();
    lines.add("Commands (type `help COMMAND` for more):");
    for (FacilitatorCommand command : FacilitatorCommand.values()) {
      String usage = command.usage().length() > USAGE_COLUMN ? command.word() + " ..." : command.usage();
      List<String> summary = Text.wrap(command.summary(), WIDTH - USAGE_COLUMN - 3);
      for (int i = 0; i < summary.size(); i++) {
        lines.add("  " + String.format("%-" + USAGE_COLUMN + "s", i == 0 ? usage : "") + " " + summary.get(i));
      }
    }
    lines.add("A TABLE is a table's number, its id or its join code; `all` is every table.");
    return lines;
  }

  static List<String> about(String word) {
    Optional<FacilitatorCommand> command = FacilitatorCommand.byWord(word);
    if (command.isEmpty()) {
      return List.of(unknown(word));
    }
    List<String> lines = new ArrayList<>();
    lines.add("Usage: " + command.get().usage());
    lines.addAll(List.of(command.get().help().split("\n")));
    return lines;
  }

  static String unknown(String word) {
    return "There is no command \"" + word + "\". Type `help` to see the commands.";
  }
}
