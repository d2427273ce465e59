package org.veta.client.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The replay's commands, with their short forms and the words `help` shows. */
enum Verb {
  NEXT("next [N]", List.of("n"), "the next event (or N events on)",
      "Moves to the next event of the log and shows it. `next 5` moves five events on.\n"
      + "On a terminal, Right arrow or Space (on an empty line) does the same."),
  PREV("prev [N]", List.of("p", "previous", "back"), "the previous event (or N events back)",
      "Moves to the previous event and shows it. On a terminal, Left arrow (on an empty line)."),
  NEXT_ROUND("next round", List.of("nr"), "the first event of the next round",
      "Moves to the first event of the next round (its briefing). On a terminal, Page Down."),
  PREV_ROUND("prev round", List.of("pr"), "back to the start of this round, or of the one before",
      "Moves to the first event of this round; from there, to the first event of the round before.\n"
      + "On a terminal, Page Up."),
  GOTO("goto ROUND|end|first|MARK", List.of("g"), "to a round's resolution, the end, the start, or a mark",
      "goto ROUND  to the event where that round was resolved (its report), or says where the log stops\n"
      + "goto end    to the last event; goto first to the first\n"
      + "goto MARK   to a bookmark made with `mark NAME`"),
  FIRST("first", List.of("start"), "the first event", "Moves to the first event: the session as it opened."),
  LAST("last", List.of("end"), "the last event", "Moves to the last event of the log."),
  SHOW("show", List.of("s"), "the screen again", "Shows where we are, the event in words and the key indicators."),
  STATE("state", List.of(), "every indicator now, and the last round's changes with reasons",
      "Lists every indicator at this moment with its change in the last resolved round, then that round's\n"
      + "changes in the order the engine made them: mechanism, seat and move, size and reason."),
  CHANGES("changes", List.of("c"), "the last resolved round's changes, largest first",
      "Lists the changes of the last round resolved at this moment, largest first: the shares (percentages)\n"
      + "by the points they moved, then the other values (prices, counts, clauses, yes/no) by percent.\n"
      + "Each with its mechanism, the seat and move that caused it (or the passing of time) and its reason."),
  TALK("talk", List.of("t"), "the talk so far, as this view may read it",
      "Lists the talk up to this moment: every message in the omniscient view; as a seat, what it could read."),
  PROPOSALS("proposals", List.of("deals", "agreements"), "proposals and agreements so far",
      "Lists the proposals (each as it stood last) and the agreements made up to this moment."),
  SEATS("seats", List.of(), "who played which seat at this moment",
      "Lists the seats: role, region, who held it (a person, a bot, nobody) and who had submitted."),
  AS("as SEAT|all", List.of("view"), "see the session as one seat, or as everyone",
      "as SEAT   shows only what the table sent that seat and what it sent itself: other seats'\n"
      + "          private talk and their orders before resolution are hidden\n"
      + "as all    the omniscient view (the default)"),
  MARK("mark [NAME]", List.of("m", "bookmark"), "bookmark this moment",
      "Bookmarks this moment under NAME (or mark1, mark2, ...), saved beside the log in LOG.notes.json.\n"
      + "A mark of the same name moves here. `goto NAME` comes back to it."),
  MARKS("marks", List.of(), "the bookmarks", "Lists the bookmarks with the round and event of each."),
  NOTE("note TEXT", List.of(), "a note at this moment",
      "Keeps TEXT as a note at this moment, saved beside the log in LOG.notes.json; the screen shows it here."),
  NOTES("notes", List.of(), "the notes", "Lists the notes, in the order of the log."),
  HELP("help [COMMAND]", List.of("h", "?"), "the commands, or one explained",
      "Without COMMAND, lists the commands. With COMMAND, explains it."),
  QUIT("quit", List.of("q", "exit"), "leave the replay", "Leaves the replay. Marks and notes are already saved.");

  private final String usage;
  private final List<String> aliases;
  private final String summary;
  private final String help;

  Verb(String usage, List<String> aliases, String summary, String help) {
    this.usage = usage;
    this.aliases = aliases;
    this.summary = summary;
    this.help = help;
  }

  String word() {
    if (this == NEXT_ROUND || this == PREV_ROUND) {
      return usage;
    }
    return usage.split(" ")[0];
  }

  String usage() {
    return usage;
  }

  String summary() {
    return summary;
  }

  String help() {
    return help;
  }

  /** A typed line: the verb and its arguments. */
  record Invocation(Verb verb, List<String> args, String rest) {}

  /** Nothing (blank or # comment), a verb with its arguments, or the unknown first word. */
  static Optional<Invocation> parse(String line) throws Unknown {
    String text = line.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
    String first = words.get(0).toLowerCase(Locale.ROOT);
    boolean round = words.size() > 1 && words.get(1).equalsIgnoreCase("round");
    Verb verb;
    int used = 1;
    if ((first.equals("next") || first.equals("n")) && round) {
      verb = NEXT_ROUND;
      used = 2;
    } else if ((first.equals("prev") || first.equals("p") || first.equals("previous")) && round) {
      verb = PREV_ROUND;
      used = 2;
    } else {
      verb = byWord(first).orElseThrow(() -> new Unknown(words.get(0)));
    }
    String rest = text.substring(Math.min(text.length(), indexAfterWords(text, used))).strip();
    return Optional.of(new Invocation(verb, List.copyOf(words.subList(used, words.size())), rest));
  }

  static Optional<Verb> byWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.word().equals(w) || v.aliases.contains(w)).findFirst();
  }

  /** The words a person types first, for completion. */
  static List<String> words() {
    List<String> words = new ArrayList<>();
    for (Verb v : values()) {
      words.add(v.word().split(" ")[0]);
    }
    return words.stream().distinct().toList();
  }

  private static int indexAfterWords(String text, int count) {
    int i = 0;
    for (int w = 0; w < count; w++) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** A first word that is no command. */
  static final class Unknown extends Exception {
    private static final long serialVersionUID = 1L;
    private final String word;

    Unknown(String word) {
      super(word);
      this.word = word;
    }

    String word() {
      return word;
    }
  }
}
