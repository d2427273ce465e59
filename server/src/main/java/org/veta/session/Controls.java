package org.veta.session;

import java.time.Duration;
import java.util.Optional;
import org.veta.bot.Strategies;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.Notice;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.Pace;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatCommand;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetDeadlinePolicy;
import org.veta.protocol.wire.SetTimer;
import org.veta.protocol.wire.TableOutcome;

/**
 * A facilitator's hands on one table: pacing, clocks, the deadline policy, injected events,
 * nudges and seats. Each operation is logged as the facilitator's input before it acts, and
 * answers one sentence saying what it did or why it could not. Runs on the table's executor.
 */
final class Controls {
  /** An ORDERS phase shorter than this leaves nobody time to type a move. */
  static final Duration SHORTEST_ORDERS = Duration.ofSeconds(10);

  private final Table table;
  private int injections;

  Controls(Table table) {
    this.table = table;
  }

  TableOutcome apply(String who, ClientMessage operation, ScheduledEvent event) {
    if (!operation.hasInject()) {
      // An inject is logged with the event as placed (its id and round), below.
      table.logFacilitator(who, operation, null);
    }
    Optional<String> refused;
    String done;
    switch (operation.getBodyCase()) {
      case PACE -> {
        Pace pace = operation.getPace();
        refused = pace(pace);
        done = paced(pace);
      }
      case SET_TIMER -> {
        SetTimer timer = operation.getSetTimer();
        refused = timer(timer);
        done = timer.getExtend() ? "the deadline is " + clock()
            : timer.getPhase() + " lasts " + seconds(timer.getSeconds()) + " from now on"
            + (table.phase() == timer.getPhase() ? "; " + clock() : "");
      }
      case DEADLINE_POLICY -> {
        SetDeadlinePolicy policy = operation.getDeadlinePolicy();
        refused = policy(policy);
        done = policy.getPolicy() == org.veta.protocol.wire.DeadlinePolicy.BOT
            ? "a seat without orders at the deadline is played by a bot for that round"
            : "a seat without orders at the deadline holds for that round";
      }
      case INJECT -> {
        Optional<Integer> round = table.cycle().injectionRound();
        refused = inject(who, operation, event, round);
        done = "'" + event.getTitle() + "' is announced; it takes effect when round "
            + round.orElse(0) + " resolves";
      }
      case GRACE -> {
        int seconds = operation.getGrace().getSeconds();
        refused = seconds > 24 * 3600 ? Optional.of("a seat is kept at most a day")
            : Optional.empty();
        if (refused.isEmpty()) {
          table.grace().length(java.time.Duration.ofSeconds(seconds));
          table.changed();
        }
        done = seconds == 0 ? "a dropped person's seat is kept for as long as the game lasts"
            : "a dropped person's seat is kept for " + seconds(seconds) + ", then a bot takes it";
      }
      case NUDGE -> {
        refused = nudge(operation.getNudge());
        done = operation.getNudge().getSeat().isEmpty() ? "message sent to the table"
            : "message sent to " + operation.getNudge().getSeat();
      }
      case SEAT_COMMAND -> {
        refused = seat(operation.getSeatCommand());
        done = seated(operation.getSeatCommand());
      }
      default -> {
        refused = Optional.of("that is not an operation on a table");
        done = "";
      }
    }
    TableOutcome.Builder outcome = TableOutcome.newBuilder().setNumber(table.number())
        .setTableId(table.id()).setOk(refused.isEmpty())
        .setMessage(refused.orElse(done));
    table.info("facilitator {}: {}", who, outcome.getMessage());
    return outcome.build();
  }

  // ------------------------------------------------------------ pacing and clocks

  private Optional<String> pace(Pace pace) {
    RoundCycle cycle = table.cycle();
    switch (pace.getAction()) {
      case PACE_START:
        if (table.phase() != Phase.LOBBY) {
          return Optional.of("the game has already started");
        }
        cycle.startGame();
        return Optional.empty();
      case PACE_PAUSE:
        return cycle.pause();
      case PACE_RESUME:
        return cycle.resume();
      case PACE_ADVANCE:
        return cycle.advanceNow();
      case PACE_END:
        return cycle.endNow();
      default:
        return Optional.of("say start, pause, resume, advance or end");
    }
  }

  private String paced(Pace pace) {
    switch (pace.getAction()) {
      case PACE_START:
        return "started; " + table.cycle().now();
      case PACE_PAUSE:
        return "paused in " + table.phase() + " of round " + table.cycle().round() + " ("
            + seconds((int) (table.cycle().remainingMs() / 1000)) + " left)";
      case PACE_RESUME:
        return "resumed; " + clock();
      case PACE_ADVANCE:
        return table.cycle().now();
      case PACE_END:
        int resolved = table.cycle().results().size();
        return "ended with " + resolved + (resolved == 1 ? " round" : " rounds") + " resolved";
      default:
        return "";
    }
  }

  private Optional<String> timer(SetTimer timer) {
    RoundCycle cycle = table.cycle();
    if (timer.getSeconds() > 24 * 3600) {
      return Optional.of("a phase lasts at most a day");
    }
    Duration length = Duration.ofSeconds(timer.getSeconds());
    if (timer.getExtend()) {
      if (timer.getSeconds() == 0) {
        return Optional.of("extend by how long? Give a duration above zero");
      }
      return cycle.extend(length);
    }
    Phase phase = timer.getPhase();
    if (phase != Phase.BRIEFING && phase != Phase.TALKS && phase != Phase.ORDERS
        && phase != Phase.REPORT) {
      return Optional.of("only briefing, talks, orders and report have a length");
    }
    if (phase == Phase.ORDERS && length.compareTo(SHORTEST_ORDERS) < 0) {
      return Optional.of("orders need at least " + SHORTEST_ORDERS.toSeconds()
          + " seconds, or nobody can play");
    }
    if (table.phase() == Phase.ENDED) {
      return Optional.of("the game has ended");
    }
    return cycle.length(phase, length);
  }

  private Optional<String> policy(SetDeadlinePolicy policy) {
    var chosen = policy.getPolicy();
    if (chosen != org.veta.protocol.wire.DeadlinePolicy.HOLD
        && chosen != org.veta.protocol.wire.DeadlinePolicy.BOT) {
      return Optional.of("say hold or bot");
    }
    table.cycle().policy(chosen);
    return Optional.empty();
  }

  private String clock() {
    RoundCycle cycle = table.cycle();
    if (cycle.paused()) {
      return "paused with " + seconds((int) (cycle.remainingMs() / 1000)) + " left";
    }
    return cycle.deadlineMs() == 0 ? table.cycle().now()
        : seconds((int) Math.round(cycle.remainingMs() / 1000.0)) + " left in " + table.phase();
  }

  static String seconds(int total) {
    int m = total / 60;
    int s = total % 60;
    return m == 0 ? s + "s" : s == 0 ? m + "m" : m + "m" + s + "s";
  }

  // ------------------------------------------------------------ events and messages

  /**
   * Puts a checked event into the table's game for the round being played (the next one once this
   * round is resolved) and announces it. The state changes only when that round resolves, through
   * the engine, with the event's title as the reason.
   */
  private Optional<String> inject(String who, ClientMessage operation, ScheduledEvent checked,
      Optional<Integer> round) {
    if (round.isEmpty()) {
      table.logFacilitator(who, operation, null);
      return Optional.of(table.phase() == Phase.ENDED ? "the game has ended"
          : "the last round is resolved; nothing is left for the event to change");
    }
    // A unique id, so the same event can come twice and a reason says which time it was.
    ScheduledEvent event = checked.toBuilder().setRound(round.get())
        .setId(checked.getId() + "+" + (injections + 1)).build();
    table.logFacilitator(who, operation, event);
    place(event);
    return Optional.empty();
  }

  /** Puts an event, placed in its round, into the table's game and announces it. */
  void place(ScheduledEvent event) {
    injections++;
    int round = event.getRound();
    table.game(table.game().withEvent(event));
    table.cycle().injected(event);
    table.lifecycle("event injected", "", event.getId() + " for round " + round + ": "
        + event.getTitle());
    String news = event.getNews().isBlank() ? "" : ": " + event.getNews();
    table.broadcast(ServerMessage.newBuilder().setNotice(Notice.newBuilder().setText(
        "News: " + event.getTitle() + news + " (takes effect when round " + round
            + " resolves)")));
  }

  private Optional<String> nudge(Nudge nudge) {
    if (nudge.getText().isBlank()) {
      return Optional.of("the message is empty");
    }
    SeatSlot seat = null;
    if (!nudge.getSeat().isEmpty()) {
      seat = table.seats().get(nudge.getSeat());
      if (seat == null) {
        return Optional.of(noSeat(nudge.getSeat()));
      }
    }
    if (table.phase() == Phase.ENDED && seat == null) {
      // Still logged and shown to anyone left: the debrief may start at the table.
      table.info("a message after the end of the game");
    }
    table.talks().nudge(seat, nudge.getText());
    return Optional.empty();
  }

  // ------------------------------------------------------------ seats

  private Optional<String> seat(SeatCommand command) {
    SeatSlot slot = table.seats().get(command.getSeat());
    if (slot == null) {
      return Optional.of(noSeat(command.getSeat()));
    }
    if (table.phase() == Phase.ENDED) {
      return Optional.of("the game has ended");
    }
    switch (command.getAction()) {
      case SEAT_BOT:
        return toBot(slot, command.getStrategy());
      case SEAT_OPEN:
        release(slot, "The facilitator has opened your seat " + slot.seat.id()
            + "; you are back in the lobby.");
        table.lifecycle("seat opened", slot.seat.id(), "by the facilitator");
        table.cycle().seatsChanged();
        table.cycle().checkEarlyEnd();
        return Optional.empty();
      case SEAT_KICK:
        if (!slot.person() && !slot.dropped()) {
          return Optional.of("nobody sits at " + slot.seat.id());
        }
        release(slot, "The facilitator has removed you from the seat " + slot.seat.id() + ".");
        table.lifecycle("seat kicked", slot.seat.id(), "by the facilitator");
        table.cycle().seatsChanged();
        table.cycle().checkEarlyEnd();
        return Optional.empty();
      case SEAT_MOVE_TO:
        return moveTo(slot, command.getToSeat());
      default:
        return Optional.of("say bot, open, kick or move-to");
    }
  }

  private String seated(SeatCommand command) {
    SeatSlot slot = table.seats().get(command.getSeat());
    switch (command.getAction()) {
      case SEAT_BOT:
        return command.getSeat() + " is played by the " + slot.botStrategy + " bot";
      case SEAT_OPEN:
        return command.getSeat() + " is open";
      case SEAT_KICK:
        return "the person at " + command.getSeat() + " was removed; the seat is open";
      case SEAT_MOVE_TO:
        return table.seats().get(command.getToSeat()).player + " moved from " + command.getSeat()
            + " to " + command.getToSeat();
      default:
        return "";
    }
  }

  private Optional<String> toBot(SeatSlot slot, String strategy) {
    String name = strategy.isBlank() ? table.bots().strategyFor(slot.seat).name() : strategy;
    if (Strategies.byName(name).isEmpty()) {
      return Optional.of("there is no bot called '" + strategy + "'; bots: "
          + String.join(", ", Strategies.names()));
    }
    release(slot, "The facilitator has given your seat " + slot.seat.id() + " to a bot.");
    slot.botStrategy = name;
    table.lifecycle("seat to bot", slot.seat.id(), name + ", by the facilitator");
    if (table.phase() == Phase.ORDERS && !slot.submitted) {
      table.cycle().seatFreed(slot);
    } else {
      table.cycle().seatsChanged();
      table.cycle().checkEarlyEnd();
    }
    return Optional.empty();
  }

  /** The seat's person (if connected) is told and goes back to the lobby; the seat empties. */
  private void release(SeatSlot slot, String why) {
    Member member = slot.member;
    slot.empty();
    if (member != null) {
      table.members().remove(member);
      table.tell(member, "", ServerMessage.newBuilder().setNotice(Notice.newBuilder().setText(why)));
      table.tell(member, "", ServerMessage.newBuilder().setSeatMoved(Joined.newBuilder()
          .setTableId(table.id())));
    }
  }

  private Optional<String> moveTo(SeatSlot from, String to) {
    SeatSlot target = table.seats().get(to);
    if (target == null) {
      return Optional.of(noSeat(to));
    }
    if (!from.person()) {
      return Optional.of("nobody is connected at " + from.seat.id() + " to move");
    }
    if (target == from) {
      return Optional.of(from.player + " already sits at " + to);
    }
    if (!target.free()) {
      return Optional.of("the seat " + to + " is held by " + target.player
          + "; open it first");
    }
    Member member = from.member;
    String player = from.player;
    String token = from.token;
    from.empty();
    if (table.phase() != Phase.LOBBY) {
      // The seat left behind is played by a bot, as when a person leaves.
      table.cycle().seatFreed(from);
    }
    target.seatPerson(member, player, token);
    table.members().put(member, target);
    table.lifecycle("seat moved", to, player + " from " + from.seat.id() + ", by the facilitator");
    table.tell(member, to, ServerMessage.newBuilder().setNotice(Notice.newBuilder().setText(
        "The facilitator has moved you to the seat " + to + ".")));
    table.tell(member, to, ServerMessage.newBuilder().setSeatMoved(Joined.newBuilder()
        .setTableId(table.id()).setSeat(to).setTable(table.view(target)).setSeatToken(token)));
    table.cycle().seatsChanged();
    return Optional.empty();
  }

  private String noSeat(String seat) {
    return "there is no seat '" + seat + "'; seats: " + String.join(", ", table.seats().keySet());
  }
}
