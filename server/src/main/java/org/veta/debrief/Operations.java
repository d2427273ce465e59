package org.veta.debrief;

import java.util.Locale;
import org.veta.protocol.wire.ClientMessage;

/** A facilitator's operation in words, for the timeline: "paused the table", "nudged fedemin: ...". */
final class Operations {
  private Operations() {}

  static String describe(ClientMessage m) {
    switch (m.getBodyCase()) {
      case PACE:
        switch (m.getPace().getAction()) {
          case PACE_START: return "started the game";
          case PACE_PAUSE: return "paused the clock";
          case PACE_RESUME: return "resumed the clock";
          case PACE_ADVANCE: return "ended the phase early";
          case PACE_END: return "ended the game";
          default: return "changed the pace";
        }
      case SET_TIMER:
        return m.getSetTimer().getExtend()
            ? "extended the deadline by " + m.getSetTimer().getSeconds() + " s"
            : "set " + m.getSetTimer().getPhase().name().toLowerCase(Locale.ROOT) + " to "
                + m.getSetTimer().getSeconds() + " s";
      case INJECT:
        return "injected the event '" + m.getInject().getEvent() + "'"
            + (m.getInject().getArgsCount() == 0 ? ""
            : " (" + String.join(" ", m.getInject().getArgsList()) + ")");
      case NUDGE:
        return (m.getNudge().getSeat().isEmpty() ? "told the table: "
            : "told " + m.getNudge().getSeat() + ": ") + "\u201c" + m.getNudge().getText() + "\u201d";
      case SEAT_COMMAND:
        var c = m.getSeatCommand();
        switch (c.getAction()) {
          case SEAT_BOT: return "gave " + c.getSeat() + " to a bot"
              + (c.getStrategy().isEmpty() ? "" : " (" + c.getStrategy() + ")");
          case SEAT_OPEN: return "opened the seat " + c.getSeat();
          case SEAT_KICK: return "removed the person at " + c.getSeat();
          case SEAT_MOVE_TO: return "moved the person at " + c.getSeat() + " to " + c.getToSeat();
          default: return "changed the seat " + c.getSeat();
        }
      case DEADLINE_POLICY:
        return "set the deadline policy to " + m.getDeadlinePolicy().getPolicy().name()
            .toLowerCase(Locale.ROOT);
      case WATCH:
        return m.getWatch().getStop() ? "stopped watching the table" : "watched the table";
      case GET_LOG:
        return "downloaded the log";
      default:
        return m.getBodyCase().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
