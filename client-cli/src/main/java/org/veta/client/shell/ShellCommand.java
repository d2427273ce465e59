package org.veta.client.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shell's commands, with the words `help` shows. Plain language: players are not programmers. */
public enum ShellCommand {
  MOVES("moves", "the moves you can order now, what each does and what it costs",
      "Lists the moves open to your seat in this phase, with what each one does and what it costs or risks.\n"
      + "Type `order` and a move's name to add it to your orders."),
  ORDER("order MOVE [ARGS]", "add a move to your orders for this round",
      "Adds one move to your orders and sends all your orders to the server, which says for each one\n"
      + "whether it is ACCEPTED or REFUSED, and why. Refused moves are dropped from your orders.\n"
      + "Example: order strike scale=1 days=23   (press Tab to complete move names)"),
  ORDERS("orders", "your current orders",
      "Shows the moves you have ordered this round, and whether you have submitted them."),
  CLEAR("clear", "remove all your orders for this round",
      "Removes all the moves you have ordered this round, so you can start again."),
  SUBMIT("submit", "tell the table your orders are final",
      "Marks your orders as final for this round. You can still change them until the phase ends."),
  STATE("state", "the status screen: round, phase, time left, policy state, your seat",
      "Shows where the game is (round, period, phase, time left), the policy state with the change since\n"
      + "the last round, your seat's briefing, objectives and score, and who has submitted."),
  REPORT("report [ROUND]", "what a round changed and why (the last one if no ROUND)",
      "Shows what a round changed and why: every seat's moves, each effect with its reason, notes on moves\n"
      + "that changed nothing, and the stages reached. Without ROUND, the last round resolved."),
  SEATS("seats", "who plays which seat, who has submitted",
      "Lists the seats at the table: role, region, who plays it (or a bot), whether they have submitted."),
  SCORES("scores", "the scores (all seats at the end of the game; yours before)",
      "At the end of the game, the scorecard of every seat. Before that, your own current score."),
  SAY("say TEXT", "say something to the whole table",
      "Sends TEXT to every seat at the table, when the scenario opens public talk (usually in the\n"
      + "lobby, the TALKS phase and the report). Example: say We will not accept interdictions."),
  TELL("tell SEAT TEXT", "a private message to one seat",
      "Sends TEXT to one seat only; nobody else at the table can read it (type `seats` for the ids).\n"
      + "Example: tell mdd_governor Will you forbear this round?"),
  GROUP("group TEXT", "a message to every seat of your role",
      "Sends TEXT to the seats with your role (all federations, all officials, or the central state)."),
  INBOX("inbox", "the talk you can read, oldest first",
      "Shows the public statements, your private messages and your role group's messages so far."),
  PROPOSE("propose SEAT[,SEAT] TERMS", "offer terms to one or more seats",
      "Offers terms to seats, in the TALKS or ORDERS phase. Terms are separated by `;`:\n"
      + "  clause CLAUSE=VALUE              a value for a clause of the law draft\n"
      + "  commit SEAT PLEDGE [REGION] K    a promise for K rounds: no_strike, endorse, forbear,\n"
      + "                                   no_interdiction REGION, no_decree, no_enforcement\n"
      + "  say \"TEXT\"                       a public statement (makes the agreement public)\n"
      + "Example: propose executive clause tax_rate=1; commit fedemin no_strike 2\n"
      + "An agreement enforces nothing: the law draft changes only by the moves the rules allow."),
  PROPOSALS("proposals", "the proposals you are party to",
      "Lists the proposals you made or received, with their status and what each is worth to you."),
  ACCEPT("accept ID", "accept a proposal addressed to you",
      "Accepts proposal ID. Once every addressee has accepted, it becomes an agreement."),
  REJECT("reject ID", "reject a proposal addressed to you",
      "Rejects proposal ID: it ends for everyone it was addressed to."),
  COUNTER("counter ID TERMS", "answer a proposal with your own terms",
      "Makes a new proposal to the one who sent proposal ID, with your terms (see `help propose`)."),
  WITHDRAW("withdraw ID", "withdraw a proposal you made",
      "Withdraws your proposal ID while it is still open."),
  AGREEMENTS("agreements", "the agreements you are party to",
      "Lists your agreements, their terms, and which clause changes the rules allow now, by which moves."),
  TABLE("table", "the law draft clause by clause, with your utility",
      "Shows each clause of the law draft, its value and what it is worth to you, and whether a\n"
      + "roundtable or direct negotiation is in session."),
  READY("ready", "say you have read the news or the report, so the game can move on",
      "Says \"I have read this, move on\". The briefing or report ends early once everyone is ready."),
  START("start", "start the game from the lobby; empty seats are played by bots",
      "Starts the game now. Seats nobody has taken are played by bots."),
  WAIT("wait phase PHASE | wait round N | wait end", "wait until the game gets to a phase, a round or its end",
      "Waits until the game reaches a phase (LOBBY, BRIEFING, TALKS, ORDERS, RESOLUTION, REPORT, ENDED),\n"
      + "a round, or the end, then prints a line. It returns at once if the game is already there.\n"
      + "Press Ctrl-C to stop waiting."),
  HELP("help [COMMAND]", "list the commands, or explain one",
      "Without COMMAND, lists all commands. With COMMAND, explains that command."),
  QUIT("quit", "leave the client",
      "Closes the connection and leaves the client.");

  private final String usage;
  private final String summary;
  private final String help;

  ShellCommand(String usage, String summary, String help) {
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

  public static Optional<ShellCommand> byWord(String word) {
    return Arrays.stream(values()).filter(c -> c.word().equals(word.toLowerCase(Locale.ROOT))).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(ShellCommand::word).toList();
  }
}
