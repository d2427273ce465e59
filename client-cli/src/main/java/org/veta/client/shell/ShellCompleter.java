package org.veta.client.shell;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.veta.client.table.TableState;
import org.veta.protocol.wire.MoveOption;
import org.veta.protocol.wire.SeatView;

/**
 * Tab completion: command names, then what each command takes. Move names come from the last
 * MoveList the server sent, so they are the moves open to this seat now, not a guess.
 */
public final class ShellCompleter implements Completer {
  private static final Pattern ARGUMENT = Pattern.compile("([a-z_]+)=");
  /** Arguments that name a seat, so "seat=" completes to "seat=fedemin". */
  private static final java.util.Set<String> SEAT_ARGUMENTS = java.util.Set.of("seat", "target", "with", "to", "ally");

  private final TableState table;

  public ShellCompleter(TableState table) {
    this.table = table;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line.words(), line.wordIndex()));
  }

  /** The candidates for the word at index, given the words typed so far. */
  List<Candidate> candidates(List<String> words, int index) {
    if (index == 0) {
      return ShellCommand.words().stream().map(ShellCompleter::word).toList();
    }
    String command = words.get(0).toLowerCase(java.util.Locale.ROOT);
    switch (command) {
      case "help":
        return index == 1 ? ShellCommand.words().stream().map(ShellCompleter::word).toList() : List.of();
      case "order":
        return index == 1 ? moveTokens() : moveArguments(words.get(1));
      case "wait":
        if (index == 1) {
          return List.of(word("phase"), word("round"), word("end"));
        }
        if (index == 2 && words.get(1).equalsIgnoreCase("phase")) {
          return WaitTargets.PHASES.stream().map(ShellCompleter::word).toList();
        }
        if (index == 2 && words.get(1).equalsIgnoreCase("round")) {
          return rounds(table.position().round() + 1, table.view().getRounds());
        }
        return List.of();
      case "report":
        return index == 1 ? rounds(1, Math.max(0, table.position().round())) : List.of();
      default:
        return List.of();
    }
  }

  private List<Candidate> moveTokens() {
    return table.moves().getMovesList().stream()
        .map(move -> new Candidate(move.getToken(), move.getToken(), null, move.getSummary(), null, null, true))
        .toList();
  }

  /** "scale=" and the like from the move's usage, and seat ids, which moves aimed at a seat take. */
  private List<Candidate> moveArguments(String token) {
    List<Candidate> candidates = new java.util.ArrayList<>();
    for (MoveOption move : table.moves().getMovesList()) {
      if (move.getToken().equals(token)) {
        Matcher argument = ARGUMENT.matcher(move.getUsage());
        while (argument.find()) {
          String stub = argument.group(1) + "=";
          candidates.add(new Candidate(stub, stub, null, null, null, null, false));
          if (SEAT_ARGUMENTS.contains(argument.group(1))) {
            table.seats().forEach(seat -> candidates.add(word(stub + seat.getId())));
          }
        }
      }
    }
    for (SeatView seat : table.seats()) {
      candidates.add(new Candidate(seat.getId(), seat.getId(), "seats", seat.getName(), null, null, true));
    }
    return candidates;
  }

  private static List<Candidate> rounds(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(String::valueOf).map(ShellCompleter::word).toList();
  }

  private static Candidate word(String value) {
    return new Candidate(value);
  }
}
