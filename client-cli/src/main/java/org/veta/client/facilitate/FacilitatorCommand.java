package org.veta.client.facilitate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facilitator console's commands, with what `help` says. A TABLE is a table's number (as in
 * the TABLE lines), its id or its join code; `all` means every table that has not ended.
 */
public enum FacilitatorCommand {
  SCENARIOS("scenarios [reload]", "the scenarios this server can open, and their events",
      "Lists each scenario: name, source, title, rounds, seats, whether it is valid (with its problems,\n"
      + "one per line as file:line:column: message) and the events you can `inject`.\n"
      + "`scenarios reload` makes the server read its scenario directory again first."),
  CREATE("create SCENARIO [OPTIONS]", "open new tables of a scenario",
      "Opens tables and prints `TABLE <n> <join code>` for each, as `veta serve` does. Options:\n"
      + "  --tables N              how many (1 to 50; default 1)\n"
      + "  --seed S                table n gets seed S+n-1 (default: random)\n"
      + "  --set KEY=VALUE         override a scenario parameter (repeatable)\n"
      + "  --bots SPEC             who plays empty seats: STRATEGY or SEAT=STRATEGY,...\n"
      + "  --phase-seconds SPEC    phase lengths, e.g. briefing=30,talks=120,orders=300,report=60\n"
      + "  --on-deadline hold|bot  a seat without orders at the deadline holds, or a bot plays it\n"
      + "Example: create peru --tables 3 --seed 7 --bots adaptive --on-deadline bot"),
  TABLES("tables [--live]", "every table: round, phase, time, seats, submissions, key indicators",
      "One block per table: number, scenario, join code, round, phase, time left (or PAUSED), the\n"
      + "deadline policy, who holds each seat (a person, dropped, a bot, open), who has submitted, and\n"
      + "the scenario's key indicators. `tables --live` redraws at every change until you press Enter."),
  WATCH("watch TABLE", "see one table in full and follow its events",
      "Shows the table as the facilitator sees it: state, every indicator, seats and submissions, talk\n"
      + "(private talk too when the scenario allows it), proposals, agreements and scores. From then on\n"
      + "the table's events are printed here as they happen, until `unwatch`."),
  UNWATCH("unwatch [TABLE]", "stop following a table's events (all of them without TABLE)",
      "Stops printing the events of TABLE, or of every watched table. The one-line summaries of\n"
      + "changes keep coming for every table."),
  SEAT("seat TABLE SEAT bot [STRATEGY] | open | kick | move-to SEAT2", "hand a seat to a bot, open it, kick or move its person",
      "  seat 2 fedemin bot [adaptive]   a bot plays the seat (its person leaves it)\n"
      + "  seat 2 fedemin open             nobody holds it; anyone may join it\n"
      + "  seat 2 fedemin kick             its person is removed and told so; the seat is open\n"
      + "  seat 2 fedemin move-to gore     its person moves to seat gore"),
  START("start [TABLE...|all]", "start games from the lobby (bots take empty seats)",
      "Starts the game at the tables named, or at every table without TABLE. Empty seats go to bots."),
  PAUSE("pause [TABLE...|all]", "stop the clock",
      "Stops the clock at the tables named (every table without TABLE). Phases do not end early\n"
      + "while paused; `resume` restarts the clock with the time that was left."),
  RESUME("resume [TABLE...|all]", "restart the clock with the time that was left",
      "Restarts the clock at paused tables (every table without TABLE)."),
  ADVANCE("advance [TABLE...|all]", "end the current phase now",
      "Ends the current phase at the tables named (every table without TABLE)."),
  END("end [TABLE...|all]", "end the game now, with the scorecard of the state reached",
      "Ends the game at the tables named, with the scorecard of the state reached. Without TABLE it\n"
      + "ends every table, and asks first (y/N) in the interactive console."),
  TIMER("timer [TABLE|all] PHASE DURATION", "set a phase's length from now on",
      "Sets how long PHASE (briefing, talks, orders or report) lasts from now on, at TABLE or at every\n"
      + "table; if the table is in that phase, its deadline moves too. Durations: 90, 90s, 2m, 1m30s, 1h.\n"
      + "Example: timer 2 orders 4m"),
  EXTEND("extend [TABLE|all] DURATION", "give the current phase more time",
      "Adds DURATION to the current phase's deadline, at TABLE or at every table. Example: extend 2 1m"),
  DEADLINE("deadline [TABLE|all] hold|bot", "what a seat without orders does at the deadline",
      "hold: a seat with no orders when ORDERS ends does nothing that round; bot: a bot plays it for\n"
      + "that round. At TABLE, or at every table."),
  GRACE("grace [TABLE|all] DURATION", "how long a dropped person's seat is kept",
      "A person whose connection drops keeps the seat for DURATION (their client comes back by\n"
      + "itself); then a bot takes it over. 0 keeps it for as long as the game lasts. `tables` shows\n"
      + "what is left for each dropped seat. Example: grace all 5m"),
  INJECT("inject TABLE|all EVENT [KEY=VALUE...] | inject TABLE|all news TEXT", "put an event or news into the game",
      "Puts one of the scenario's events into the game (`scenarios` lists them): it is announced at once\n"
      + "and takes effect, with its reason, when the round resolves. KEY=VALUE arguments change its\n"
      + "fields; quote values with spaces. `news` announces free text.\n"
      + "Examples: inject 2 gold_crash gold_price_factor=0.5\n"
      + "          inject all decree move=\"decree size=0.2\"\n"
      + "          inject all news The ministry will publish the draft law on Friday."),
  MESSAGE("message TABLE[/SEAT] TEXT", "a private message to a table, or to one seat",
      "Sends TEXT from the facilitator to everyone at TABLE, or only to SEAT. Example:\n"
      + "  message 2/fedemin Please submit your orders: one minute left."),
  LOG("log TABLE FILE", "download a table's session log into FILE",
      "Downloads the whole session log of TABLE and writes it to FILE (replacing it only once the\n"
      + "download is complete), then prints LOG <table> <bytes> <path>."),
  COMPARE("compare [SCENARIO]", "every table of a scenario side by side",
      "Shows every table of SCENARIO (by default, that of the most recent table) side by side: the\n"
      + "stages reached against the scenario's historical ones, key indicators, scores, and each\n"
      + "table's path in the study's words. For the debrief."),
  WAIT("wait TABLE|all phase PHASE [round N] | round N | end | seats N | dropped SEAT [--timeout DURATION]",
      "wait until tables reach a phase, a round, the end, or N people seated",
      "Waits until TABLE (or every table) gets there, then prints a REACHED line; at once if it is there\n"
      + "already. `seats N`: at least N seats held by connected people. `dropped SEAT`: until\n"
      + "that seat's person has lost the connection. With --timeout it gives up after DURATION.\n"
      + "Examples: wait 1 seats 4 --timeout 10m   wait all phase ORDERS round 2   wait 3 end\n"
      + "Press Ctrl-C to stop waiting."),
  HELP("help [COMMAND]", "list the commands, or explain one",
      "Without COMMAND, lists all commands. With COMMAND, explains that command."),
  QUIT("quit", "leave the console (the tables go on)",
      "Closes the connection and leaves the console. The server and its tables go on.");

  private final String usage;
  private final String summary;
  private final String help;

  FacilitatorCommand(String usage, String summary, String help) {
    this.usage = usage;
    this.summary = summary;
    this.help = help;
  }

  /** The word typed to run it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String usage() {
    return usage;
  }

  public String summary() {
    return summary;
  }

  public String help() {
    return help;
  }

  public static Optional<FacilitatorCommand> byWord(String word) {
    return Arrays.stream(values()).filter(c -> c.word().equals(word.toLowerCase(Locale.ROOT))).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(FacilitatorCommand::word).toList();
  }
}
