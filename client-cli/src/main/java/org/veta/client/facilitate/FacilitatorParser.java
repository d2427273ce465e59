package org.veta.client.facilitate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.veta.client.facilitate.Action.Send;
import org.veta.client.facilitate.Action.Usage;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Compare;
import org.veta.protocol.wire.CreateTables;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.GetLog;
import org.veta.protocol.wire.Inject;
import org.veta.protocol.wire.ListScenarios;
import org.veta.protocol.wire.ListTables;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.Pace;
import org.veta.protocol.wire.PaceAction;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatAction;
import org.veta.protocol.wire.SeatCommand;
import org.veta.protocol.wire.SetDeadlinePolicy;
import org.veta.protocol.wire.SetTimer;
import org.veta.protocol.wire.TableSelector;
import org.veta.protocol.wire.WatchTable;

/**
 * Reads a typed line into an Action: the request it stands for, or why it does not read. Only
 * the shape is checked here (numbers, durations, phases, the number of words); whether a table,
 * seat, scenario or event exists is the server's to say, since it alone knows.
 */
final class FacilitatorParser {
  /** Phases whose length a facilitator sets; the others have none. */
  static final Map<String, Phase> TIMED_PHASES = Map.of("briefing", Phase.BRIEFING, "talks", Phase.TALKS,
      "orders", Phase.ORDERS, "report", Phase.REPORT);
  static final List<String> WAIT_PHASES =
      List.of("LOBBY", "BRIEFING", "TALKS", "ORDERS", "RESOLUTION", "REPORT", "ENDED");
  static final List<String> SEAT_ACTIONS = List.of("bot", "open", "kick", "move-to");
  static final List<String> CREATE_OPTIONS =
      List.of("--tables", "--seed", "--set", "--bots", "--phase-seconds", "--on-deadline");

  private FacilitatorParser() {}

  static Action parse(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return new Action.Nothing();
    }
    String word = text.split("\\s+")[0];
    Optional<FacilitatorCommand> command = FacilitatorCommand.byWord(word);
    if (command.isEmpty()) {
      return new Action.Unknown(word);
    }
    try {
      return parse(command.get(), text);
    } catch (IllegalArgumentException e) {
      return new Usage(command.get(), e.getMessage());
    }
  }

  /** Free text (a message, news) is the rest of the line as typed; everything else is split into words. */
  private static Action parse(FacilitatorCommand command, String line) {
    if (command == FacilitatorCommand.MESSAGE) {
      return message(Words.texts(Words.split(line, 2)), Words.after(line, 2));
    }
    if (command == FacilitatorCommand.INJECT) {
      List<String> head = Words.texts(Words.split(line, 3));
      if (head.size() == 3 && head.get(2).equalsIgnoreCase("news")) {
        return news(head.get(1), Words.after(line, 3));
      }
    }
    List<String> words = Words.texts(Words.split(line));
    return parse(command, words.subList(1, words.size()));
  }

  private static Action parse(FacilitatorCommand command, List<String> args) {
    switch (command) {
      case SCENARIOS -> {
        expect(args.isEmpty() || (args.size() == 1 && args.get(0).equalsIgnoreCase("reload")),
            "`scenarios` takes nothing, or `reload`.");
        return send(command, ClientMessage.newBuilder().setListScenarios(
            ListScenarios.newBuilder().setReload(!args.isEmpty())));
      }
      case CREATE -> {
        return send(command, ClientMessage.newBuilder().setCreateTables(create(args)));
      }
      case TABLES -> {
        expect(args.isEmpty() || (args.size() == 1 && args.get(0).equals("--live")), "`tables` takes nothing, or --live.");
        return args.isEmpty()
            ? send(command, ClientMessage.newBuilder().setListTables(ListTables.getDefaultInstance()))
            : new Action.LiveTables();
      }
      case WATCH -> {
        expect(args.size() == 1, "Name one table to watch, e.g. `watch 2`.");
        expect(!args.get(0).equalsIgnoreCase("all"), "Watch one table at a time, e.g. `watch 2`.");
        return send(command, ClientMessage.newBuilder().setWatch(WatchTable.newBuilder().setTable(args.get(0))));
      }
      case UNWATCH -> {
        expect(args.size() <= 1, "Name one table, or none to stop watching them all.");
        return args.isEmpty() || args.get(0).equalsIgnoreCase("all") ? new Action.UnwatchAll()
            : send(command, ClientMessage.newBuilder().setWatch(WatchTable.newBuilder().setTable(args.get(0)).setStop(true)));
      }
      case SEAT -> {
        return send(command, ClientMessage.newBuilder().setSeatCommand(seat(args)));
      }
      case START, PAUSE, RESUME, ADVANCE, END -> {
        Pace pace = Pace.newBuilder().setTables(selector(args)).setAction(PaceAction.valueOf("PACE_" + command.name())).build();
        Send send = send(command, ClientMessage.newBuilder().setPace(pace));
        return command == FacilitatorCommand.END && args.isEmpty()
            ? new Action.Confirm("End every game now, each with the scorecard of the state it reached?", send)
            : send;
      }
      case TIMER -> {
        expect(args.size() == 2 || args.size() == 3, "Give the phase and its length, e.g. `timer 2 orders 4m`.");
        String phase = args.get(args.size() - 2).toLowerCase(Locale.ROOT);
        expect(TIMED_PHASES.containsKey(phase), "\"" + args.get(args.size() - 2)
            + "\" is not a phase with a length: briefing, talks, orders or report.");
        long seconds = Durations.parseSeconds(args.get(args.size() - 1));
        return send(command, ClientMessage.newBuilder().setSetTimer(SetTimer.newBuilder()
            .setTables(selector(args.subList(0, args.size() - 2))).setPhase(TIMED_PHASES.get(phase))
            .setSeconds((int) seconds)));
      }
      case EXTEND -> {
        expect(args.size() == 1 || args.size() == 2, "Give how much longer, e.g. `extend 2 1m`.");
        long seconds = Durations.parseSeconds(args.get(args.size() - 1));
        expect(seconds > 0, "Extend by more than nothing, e.g. `extend 2 30s`.");
        return send(command, ClientMessage.newBuilder().setSetTimer(SetTimer.newBuilder()
            .setTables(selector(args.subList(0, args.size() - 1))).setExtend(true).setSeconds((int) seconds)));
      }
      case DEADLINE -> {
        expect(args.size() == 1 || args.size() == 2, "Say hold or bot, e.g. `deadline all bot`.");
        return send(command, ClientMessage.newBuilder().setDeadlinePolicy(SetDeadlinePolicy.newBuilder()
            .setTables(selector(args.subList(0, args.size() - 1))).setPolicy(policy(args.get(args.size() - 1)))));
      }
      case GRACE -> {
        expect(args.size() == 1 || args.size() == 2, "Give how long a dropped seat is kept, e.g. `grace all 5m`.");
        long seconds = Durations.parseSeconds(args.get(args.size() - 1));
        return send(command, ClientMessage.newBuilder().setGrace(org.veta.protocol.wire.SetGrace.newBuilder()
            .setTables(selector(args.subList(0, args.size() - 1))).setSeconds((int) seconds)));
      }
      case INJECT -> {
        return send(command, ClientMessage.newBuilder().setInject(inject(args)));
      }
      case LOG -> {
        expect(args.size() == 2, "Name the table and the file, e.g. `log 2 table-2.log`.");
        return new Action.DownloadLog(args.get(0), args.get(1));
      }
      case COMPARE -> {
        expect(args.size() <= 1, "Name one scenario, or none for that of the most recent table.");
        return send(command, ClientMessage.newBuilder().setCompare(
            Compare.newBuilder().setScenario(args.isEmpty() ? "" : args.get(0))));
      }
      case WAIT -> {
        return new Action.Wait(waitSpec(args));
      }
      case HELP -> {
        return new Action.Help(args.isEmpty() ? Optional.empty() : Optional.of(args.get(0)));
      }
      case QUIT -> {
        return new Action.Quit();
      }
      default -> throw new IllegalStateException("unhandled command " + command);
    }
  }

  /** A GetLog for one chunk: the runner asks again from each chunk's next_offset. */
  static ClientMessage getLog(String table, long offset) {
    return ClientMessage.newBuilder().setGetLog(GetLog.newBuilder().setTable(table).setOffset(offset)).build();
  }

  private static Send send(FacilitatorCommand command, ClientMessage.Builder request) {
    return new Send(command, request.build());
  }

  private static void expect(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Nothing or `all`: every table; otherwise the tables named. */
  static TableSelector selector(List<String> tables) {
    if (tables.isEmpty() || (tables.size() == 1 && tables.get(0).equalsIgnoreCase("all"))) {
      return TableSelector.newBuilder().setAll(true).build();
    }
    expect(tables.stream().noneMatch(t -> t.equalsIgnoreCase("all")), "Name tables, or `all`, not both.");
    return TableSelector.newBuilder().addAllTables(tables).build();
  }

  private static DeadlinePolicy policy(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "hold" -> DeadlinePolicy.HOLD;
      case "bot" -> DeadlinePolicy.BOT;
      default -> throw new IllegalArgumentException("\"" + word + "\" is not a deadline policy: hold or bot.");
    };
  }

  private static CreateTables create(List<String> args) {
    expect(!args.isEmpty() && !args.get(0).startsWith("--"), "Name the scenario first, e.g. `create peru --tables 3`.");
    CreateTables.Builder create = CreateTables.newBuilder().setScenario(args.get(0));
    for (int i = 1; i < args.size(); i++) {
      String option = args.get(i);
      String value;
      int equals = option.indexOf('=');
      if (option.startsWith("--") && equals > 0) {
        value = option.substring(equals + 1);
        option = option.substring(0, equals);
      } else {
        expect(i + 1 < args.size(), CREATE_OPTIONS.contains(option)
            ? option + " needs a value." : "\"" + option + "\" is not an option of create.");
        value = args.get(++i);
      }
      switch (option) {
        case "--tables" -> {
          int tables = integer(value, "--tables");
          expect(tables >= 1 && tables <= 50, "--tables must be 1 to 50.");
          create.setTables(tables);
        }
        case "--seed" -> {
          try {
            create.setHasSeed(true).setSeed(Long.parseLong(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, not \"" + value + "\".");
          }
        }
        case "--set" -> {
          expect(value.indexOf('=') > 0, "--set takes KEY=VALUE, not \"" + value + "\".");
          create.addOverrides(value);
        }
        case "--bots" -> create.setBots(value);
        case "--phase-seconds" -> create.setPhaseSeconds(value);
        case "--on-deadline" -> create.setDeadlinePolicy(policy(value));
        default -> throw new IllegalArgumentException("\"" + option + "\" is not an option of create.");
      }
    }
    return create.build();
  }

  private static SeatCommand seat(List<String> args) {
    expect(args.size() >= 3, "Name the table, the seat and what to do, e.g. `seat 2 fedemin bot`.");
    SeatCommand.Builder seat = SeatCommand.newBuilder().setTable(args.get(0)).setSeat(args.get(1));
    String action = args.get(2).toLowerCase(Locale.ROOT);
    switch (action) {
      case "bot" -> {
        expect(args.size() <= 4, "`bot` takes at most a strategy, e.g. `seat 2 fedemin bot hardline`.");
        seat.setAction(SeatAction.SEAT_BOT).setStrategy(args.size() == 4 ? args.get(3) : "");
      }
      case "open", "kick" -> {
        expect(args.size() == 3, "`" + action + "` takes nothing after it.");
        seat.setAction(action.equals("open") ? SeatAction.SEAT_OPEN : SeatAction.SEAT_KICK);
      }
      case "move-to" -> {
        expect(args.size() == 4, "Name the seat to move to, e.g. `seat 2 fedemin move-to gore`.");
        seat.setAction(SeatAction.SEAT_MOVE_TO).setToSeat(args.get(3));
      }
      default -> throw new IllegalArgumentException("\"" + args.get(2) + "\" is not something to do with a seat: "
          + "bot, open, kick or move-to.");
    }
    return seat.build();
  }

  /** `message TABLE[/SEAT] TEXT`: words are the command and the target; text the rest as typed. */
  private static Action message(List<String> words, String text) {
    expect(words.size() == 2 && !text.isEmpty(),
        "Name the table (or TABLE/SEAT) and the message, e.g. `message 2/fedemin Time is up.`");
    String target = words.get(1);
    int slash = target.indexOf('/');
    String table = slash < 0 ? target : target.substring(0, slash);
    String seat = slash < 0 ? "" : target.substring(slash + 1);
    expect(!table.isEmpty() && (slash < 0 || !seat.isEmpty()), "Write TABLE or TABLE/SEAT, e.g. 2/fedemin.");
    return send(FacilitatorCommand.MESSAGE, ClientMessage.newBuilder().setNudge(
        Nudge.newBuilder().setTable(table).setSeat(seat).setText(text)));
  }

  /** `inject TABLE|all news TEXT`: the event "news" with the text, as typed, for its one argument. */
  private static Action news(String table, String text) {
    expect(!text.isEmpty(), "Write the news after `news`, e.g. `inject all news The minister resigns.`");
    return send(FacilitatorCommand.INJECT, ClientMessage.newBuilder().setInject(Inject.newBuilder()
        .setTables(selector(List.of(table))).setEvent("news").addArgs(text)));
  }

  private static Inject inject(List<String> args) {
    expect(args.size() >= 2, "Name the table (or all) and the event, e.g. `inject 2 gold_crash`.");
    Inject.Builder inject = Inject.newBuilder().setTables(selector(args.subList(0, 1))).setEvent(args.get(1));
    for (String arg : args.subList(2, args.size())) {
      expect(arg.indexOf('=') > 0, "Event arguments are KEY=VALUE, not \"" + arg + "\" (quote values with spaces).");
      inject.addArgs(arg);
    }
    return inject.build();
  }

  private static WaitSpec waitSpec(List<String> all) {
    List<String> args = new ArrayList<>();
    Optional<Duration> timeout = Optional.empty();
    for (int i = 0; i < all.size(); i++) {
      String arg = all.get(i);
      if (arg.equals("--timeout") || arg.startsWith("--timeout=")) {
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : (i + 1 < all.size() ? all.get(++i) : "");
        expect(!value.isEmpty(), "--timeout needs a duration, e.g. --timeout 5m.");
        timeout = Optional.of(Duration.ofSeconds(Durations.parseSeconds(value)));
      } else {
        args.add(arg);
      }
    }
    expect(args.size() >= 2, "Name the table (or all) and what to wait for, e.g. `wait 1 phase ORDERS`.");
    String table = args.get(0);
    String kind = args.get(1).toLowerCase(Locale.ROOT);
    List<String> rest = args.subList(2, args.size());
    WaitGoal goal = switch (kind) {
      case "phase" -> {
        expect(rest.size() == 1 || (rest.size() == 3 && rest.get(1).equalsIgnoreCase("round")),
            "Write `phase PHASE` or `phase PHASE round N`.");
        String phase = rest.get(0).toUpperCase(Locale.ROOT);
        expect(WAIT_PHASES.contains(phase), "\"" + rest.get(0) + "\" is not a phase: " + String.join(", ", WAIT_PHASES) + ".");
        yield new WaitGoal.PhaseGoal(Phase.valueOf(phase), rest.size() == 3 ? integer(rest.get(2), "round") : 0);
      }
      case "round" -> {
        expect(rest.size() == 1, "Write `round N`.");
        yield new WaitGoal.RoundGoal(integer(rest.get(0), "round"));
      }
      case "end" -> {
        expect(rest.isEmpty(), "`end` takes nothing after it.");
        yield new WaitGoal.EndGoal();
      }
      case "seats" -> {
        expect(rest.size() == 1, "Write `seats N`: N seats held by people.");
        yield new WaitGoal.SeatsGoal(integer(rest.get(0), "seats"));
      }
      case "dropped" -> {
        expect(rest.size() == 1, "Write `dropped SEAT`: until that seat's person loses the connection.");
        yield new WaitGoal.DroppedGoal(rest.get(0));
      }
      default -> throw new IllegalArgumentException("Wait for a phase, a round, the end, seats or a dropped seat, not \"" + args.get(1) + "\".");
    };
    return new WaitSpec(table, goal, timeout);
  }

  private static int integer(String text, String what) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // the sentence below says it
    }
    throw new IllegalArgumentException(what + " must be a whole number, not \"" + text + "\".");
  }
}
