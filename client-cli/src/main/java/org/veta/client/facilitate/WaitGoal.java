package org.veta.client.facilitate;

import java.util.Locale;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.TableSummary;

/**
 * What `wait` waits for at one table, judged on the table's latest summary. A goal the table can
 * no longer reach (its game ended first, or it went past the phase and round named) is MISSED, so
 * that a script fails instead of waiting forever.
 */
sealed interface WaitGoal {
  enum Progress { PENDING, REACHED, MISSED }

  Progress check(TableSummary table);

  /** The goal in the words of the wait line: "phase ORDERS round 2", "seats 4". */
  String describe();

  /** What REACHED says of the table: where it actually is, goal first. */
  String reachedAt(TableSummary table);

  /** The phase, in any round; or in that round exactly (round 0 = any). */
  record PhaseGoal(Phase phase, int round) implements WaitGoal {
    @Override
    public Progress check(TableSummary t) {
      boolean phaseNow = t.getPhase() == phase;
      if (phaseNow && (round == 0 || t.getRound() == round)) {
        return Progress.REACHED;
      }
      if (t.getPhase() == Phase.ENDED) {
        return Progress.MISSED;
      }
      boolean past = round > 0 && (t.getRound() > round
          || (t.getRound() == round && t.getPhase().getNumber() > phase.getNumber()));
      return past ? Progress.MISSED : Progress.PENDING;
    }

    @Override
    public String describe() {
      return "phase " + phase.name() + (round == 0 ? "" : " round " + round);
    }

    @Override
    public String reachedAt(TableSummary t) {
      return "phase " + t.getPhase().name() + " round " + t.getRound();
    }
  }

  /** The round or any later one (the end counts if it came after it). */
  record RoundGoal(int round) implements WaitGoal {
    @Override
    public Progress check(TableSummary t) {
      if (t.getRound() >= round) {
        return Progress.REACHED;
      }
      return t.getPhase() == Phase.ENDED ? Progress.MISSED : Progress.PENDING;
    }

    @Override
    public String describe() {
      return "round " + round;
    }

    @Override
    public String reachedAt(TableSummary t) {
      return "round " + t.getRound() + " phase " + t.getPhase().name();
    }
  }

  record EndGoal() implements WaitGoal {
    @Override
    public Progress check(TableSummary t) {
      return t.getPhase() == Phase.ENDED ? Progress.REACHED : Progress.PENDING;
    }

    @Override
    public String describe() {
      return "end";
    }

    @Override
    public String reachedAt(TableSummary t) {
      return "end round " + t.getRound();
    }
  }

  /** At least this many seats held by people who are connected (dropped ones do not count). */
  record SeatsGoal(int people) implements WaitGoal {
    @Override
    public Progress check(TableSummary t) {
      if (people(t) >= people) {
        return Progress.REACHED;
      }
      return t.getPhase() == Phase.ENDED ? Progress.MISSED : Progress.PENDING;
    }

    @Override
    public String describe() {
      return "seats " + people;
    }

    @Override
    public String reachedAt(TableSummary t) {
      return "seats " + people(t);
    }

    static int people(TableSummary t) {
      return (int) t.getSeatsList().stream()
          .filter(s -> s.getOccupant().toLowerCase(Locale.ROOT).equals("person")).count();
    }
  }

  /** The seat's person has lost the connection (the seat is kept for them). */
  record DroppedGoal(String seat) implements WaitGoal {
    @Override
    public Progress check(TableSummary t) {
      boolean dropped = t.getSeatsList().stream()
          .anyMatch(s -> s.getSeat().equals(seat) && s.getOccupant().equals("dropped"));
      if (dropped) {
        return Progress.REACHED;
      }
      return t.getPhase() == Phase.ENDED ? Progress.MISSED : Progress.PENDING;
    }

    @Override
    public String describe() {
      return "dropped " + seat;
    }

    @Override
    public String reachedAt(TableSummary t) {
      return "dropped " + seat;
    }
  }
}
