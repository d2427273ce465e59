package org.veta.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogInput;
import org.veta.protocol.log.LogLifecycle;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.ServerMessage;

/**
 * Rebuilds a table from its log after the server stopped without ending it (a crash, a power
 * cut): every recorded input goes through the table's own request handling again, in order; the
 * phases end where the log says they ended; each round is resolved again and must reach the
 * digest the log recorded. Nothing is written or sent meanwhile. At the end every person's seat is
 * dropped (kept for their client to take back with its token), and the clock goes on with what was
 * left when the server stopped.
 */
final class Resumption {
  /** At least this long for the phase a table resumes in: time for people to come back. */
  static final Duration GRACE = Duration.ofSeconds(20);

  /** A person of the recorded session, as the log names them; nothing reaches them any more. */
  private record Recorded(String id) implements Member {
    @Override
    public void send(ServerMessage message) {}
  }

  private final Table table;
  private final Map<String, Recorded> people = new HashMap<>();
  private PhaseChanged lastClock;

  private Resumption(Table table) {
    this.table = table;
  }

  /** Why a log could not be replayed to the state it recorded. */
  static final class Diverged extends Exception {
    private static final long serialVersionUID = 1L;

    Diverged(String message) {
      super(message);
    }
  }

  static void replay(Table table, LogReader.Contents contents) throws Diverged {
    new Resumption(table).run(contents);
  }

  private void run(LogReader.Contents contents) throws Diverged {
    table.recovering(true);
    long stoppedAt = 0;
    try {
      for (LogRecord r : contents.records()) {
        stoppedAt = Math.max(stoppedAt, r.getTimeMs());
        switch (r.getBodyCase()) {
          case INPUT -> input(r.getInput());
          case LIFECYCLE -> lifecycle(r.getLifecycle());
          case OUTPUT -> output(r.getOutput().getSeat(), r.getOutput().getMessage());
          case ROUND -> round(r.getRound());
          default -> { }
        }
      }
      // Nobody is connected to a server that just started: every person's seat is kept for them,
      // in the lobby too, for their client to take back with its token.
      for (Recorded person : people.values()) {
        SeatSlot slot = table.members().remove(person);
        if (slot != null) {
          slot.member = null;
          slot.dropped = true;
          slot.ready = false;
        }
      }
    } finally {
      table.recovering(false);
    }
    // Their grace starts now: nobody could come back while the server was down.
    table.seats().values().stream().filter(SeatSlot::dropped).forEach(table.grace()::dropped);
    table.lifecycle("resumed", "", "after a stop; " + table.cycle().now());
    table.cycle().resumeClock(lastClock, stoppedAt, GRACE);
  }

  private Recorded person(String id) {
    return people.computeIfAbsent(id, Recorded::new);
  }

  private void input(LogInput input) {
    ClientMessage m = input.getMessage();
    if (!input.getFacilitator()) {
      table.requests().handle(person(input.getMember()), m);
      return;
    }
    switch (m.getBodyCase()) {
      case INJECT -> {
        if (input.hasInjected()) {
          table.controls().place(input.getInjected());
        }
      }
      case PACE, SET_TIMER, DEADLINE_POLICY, NUDGE, SEAT_COMMAND, GRACE ->
          table.controls().apply(input.getMember(), m, null);
      default -> { } // watching and downloading changed nothing
    }
  }

  private void lifecycle(LogLifecycle l) {
    Optional<SeatSlot> seat = Optional.ofNullable(table.seats().get(l.getSeat()));
    switch (l.getEvent()) {
      case "seat token" -> seat.ifPresent(s -> s.fingerprint = l.getDetail());
      case "seat dropped" -> holder(seat).ifPresent(m -> table.requests().dropped(m));
      case "seat freed" -> {
        if (l.getDetail().endsWith(" disconnected")) {
          holder(seat).ifPresent(m -> table.requests().dropped(m));
        }
      }
      default -> { }
    }
  }

  private Optional<Member> holder(Optional<SeatSlot> seat) {
    return seat.map(s -> s.member);
  }

  private void output(String seat, ServerMessage m) {
    if (!seat.isEmpty() || !m.hasPhaseChanged()) {
      return;
    }
    PhaseChanged change = m.getPhaseChanged();
    lastClock = change;
    if (change.getPhase() == Phase.RESOLUTION || change.getPhase() == Phase.ENDED) {
      return; // the round's record resolves it; an ended table is not resumed
    }
    if (change.getRound() != table.cycle().round() || change.getPhase() != table.phase()) {
      table.cycle().recoverStep();
    }
  }

  private void round(LogRound round) throws Diverged {
    if (table.phase() == Phase.ORDERS) {
      table.cycle().recoverStep();
    }
    String now = table.cycle().state().digest();
    if (table.cycle().round() != round.getRound() || !now.equals(round.getStateDigest())) {
      throw new Diverged("round " + round.getRound() + " replays to another state than the log "
          + "recorded (" + now.substring(0, 12) + " against " + round.getStateDigest()
          .substring(0, Math.min(12, round.getStateDigest().length())) + ")");
    }
  }
}
