package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.veta.bot.Strategies;
import org.veta.protocol.wire.ScenarioInfo;
import org.veta.protocol.wire.SeatStatus;
import org.veta.protocol.wire.TableSummary;

/**
 * Tab completion for the facilitator: command names, then what each command takes, from what
 * the console last heard from the server (the tables' summaries, the scenarios and their
 * events), so it offers what exists rather than a guess.
 */
final class FacilitatorCompleter implements Completer {
  private final TableBoard board;

  FacilitatorCompleter(TableBoard board) {
    this.board = board;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line.words(), line.wordIndex()));
  }

  /** The candidates for the word at index, given the words typed so far. */
  List<Candidate> candidates(List<String> words, int index) {
    if (index == 0) {
      return words(FacilitatorCommand.words());
    }
    Optional<FacilitatorCommand> command = FacilitatorCommand.byWord(words.get(0));
    if (command.isEmpty()) {
      return List.of();
    }
    String previous = words.get(index - 1).toLowerCase(Locale.ROOT);
    switch (command.get()) {
      case HELP:
        return index == 1 ? words(FacilitatorCommand.words()) : List.of();
      case SCENARIOS:
        return index == 1 ? words(List.of("reload")) : List.of();
      case TABLES:
        return index == 1 ? words(List.of("--live")) : List.of();
      case CREATE:
        if (index == 1) {
          return scenarios();
        }
        if (previous.equals("--on-deadline")) {
          return words(List.of("hold", "bot"));
        }
        if (previous.equals("--bots")) {
          return words(Strategies.names());
        }
        return previous.startsWith("--") ? List.of() : words(FacilitatorParser.CREATE_OPTIONS);
      case COMPARE:
        return index == 1 ? scenarios() : List.of();
      case WATCH:
      case LOG:
        return index == 1 ? tables(false) : List.of();
      case UNWATCH:
        return index == 1 ? watched() : List.of();
      case MESSAGE:
        return index == 1 ? tablesAndSeats() : List.of();
      case SEAT:
        return seat(words, index);
      case START:
      case PAUSE:
      case RESUME:
      case ADVANCE:
      case END:
        return tables(true);
      case TIMER:
        if (index == 1) {
          return concat(tables(true), words(FacilitatorParser.TIMED_PHASES.keySet().stream().sorted().toList()));
        }
        return index == 2 && !FacilitatorParser.TIMED_PHASES.containsKey(previous)
            ? words(FacilitatorParser.TIMED_PHASES.keySet().stream().sorted().toList()) : List.of();
      case EXTEND:
      case GRACE:
        return index == 1 ? tables(true) : List.of();
      case DEADLINE:
        if (index == 1) {
          return concat(tables(true), words(List.of("hold", "bot")));
        }
        return index == 2 ? words(List.of("hold", "bot")) : List.of();
      case INJECT:
        if (index == 1) {
          return tables(true);
        }
        return index == 2 ? events(words.get(1)) : List.of();
      case WAIT:
        return await(words, index, previous);
      default:
        return List.of();
    }
  }

  private List<Candidate> seat(List<String> words, int index) {
    switch (index) {
      case 1:
        return tables(false);
      case 2:
        return seats(words.get(1));
      case 3:
        return words(FacilitatorParser.SEAT_ACTIONS);
      case 4:
        String action = words.get(3).toLowerCase(Locale.ROOT);
        return action.equals("bot") ? words(Strategies.names()) : action.equals("move-to") ? seats(words.get(1)) : List.of();
      default:
        return List.of();
    }
  }

  private List<Candidate> await(List<String> words, int index, String previous) {
    if (index == 1) {
      return tables(true);
    }
    if (index == 2) {
      return words(List.of("phase", "round", "end", "seats", "dropped"));
    }
    if (previous.equals("phase")) {
      return words(FacilitatorParser.WAIT_PHASES);
    }
    if (index == 4 && words.get(2).equalsIgnoreCase("phase")) {
      return words(List.of("round", "--timeout"));
    }
    return previous.equals("--timeout") || previous.equals("round") || previous.equals("seats")
        ? List.of() : words(List.of("--timeout"));
  }

  /** Table numbers, described by where each table is; and `all` where it is allowed. */
  private List<Candidate> tables(boolean all) {
    List<Candidate> candidates = new ArrayList<>();
    for (TableSummary t : board.all()) {
      String number = Integer.toString(t.getNumber());
      candidates.add(new Candidate(number, number, null, t.getScenario() + " " + OverviewText.where(t), null, null, true));
    }
    if (all) {
      candidates.add(new Candidate("all"));
    }
    return candidates;
  }

  private List<Candidate> watched() {
    List<Candidate> candidates = new ArrayList<>();
    for (String id : board.watched()) {
      board.find(id).ifPresent(t -> candidates.add(new Candidate(Integer.toString(t.getNumber()))));
    }
    return candidates;
  }

  private List<Candidate> seats(String table) {
    return board.find(table).map(t -> t.getSeatsList().stream()
        .map(s -> new Candidate(s.getSeat(), s.getSeat(), null, OverviewText.seat(s), null, null, true)).toList())
        .orElse(List.of());
  }

  /** "2" and "2/fedemin": a message to the table, or to one seat of it. */
  private List<Candidate> tablesAndSeats() {
    List<Candidate> candidates = new ArrayList<>();
    for (TableSummary t : board.all()) {
      candidates.add(new Candidate(Integer.toString(t.getNumber()), Integer.toString(t.getNumber()), null, null, null, null, false));
      for (SeatStatus s : t.getSeatsList()) {
        candidates.add(new Candidate(t.getNumber() + "/" + s.getSeat()));
      }
    }
    return candidates;
  }

  private List<Candidate> scenarios() {
    return board.scenarios().stream().filter(ScenarioInfo::getValid)
        .map(s -> new Candidate(s.getName(), s.getName(), null, s.getTitle(), null, null, true)).toList();
  }

  /** The events of the table's scenario (of every scenario for `all`), and free-text news. */
  private List<Candidate> events(String table) {
    Optional<String> scenario = board.find(table).map(TableSummary::getScenario);
    List<Candidate> candidates = new ArrayList<>();
    for (ScenarioInfo s : board.scenarios()) {
      if (scenario.isEmpty() || scenario.get().equals(s.getName())) {
        s.getEventsList().forEach(e -> candidates.add(new Candidate(ScenarioText.eventId(e), ScenarioText.eventId(e),
            null, e.substring(Math.min(e.length(), ScenarioText.eventId(e).length() + 1)).strip(), null, null, true)));
      }
    }
    candidates.add(new Candidate("news", "news", null, "free text, announced at once", null, null, true));
    return candidates;
  }

  private static List<Candidate> words(List<String> values) {
    return values.stream().map(Candidate::new).toList();
  }

  private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
    List<Candidate> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
