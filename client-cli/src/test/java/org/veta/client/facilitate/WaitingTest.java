package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veta.client.facilitate.Waiting.Status;
import org.veta.client.facilitate.Waiting.Verdict;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Role;
import org.veta.protocol.wire.TableSummary;

/** `wait` judged against a stream of table summaries, as the server sends them. */
class WaitingTest {
  private static final TableSummary ONE = CannedTables.peru();   // round 3 ORDERS
  private static final TableSummary TWO = CannedTables.lobby();  // lobby, one person

  private static TableSummary at(TableSummary t, int round, Phase phase) {
    return t.toBuilder().setRound(round).setPhase(phase).build();
  }

  private static Waiting start(String table, WaitGoal goal) {
    return Waiting.start(new WaitSpec(table, goal, Optional.empty()), List.of(ONE, TWO));
  }

  @Test
  void aGoalAlreadyReachedAnswersAtOnce() {
    assertThat(start("1", new WaitGoal.PhaseGoal(Phase.ORDERS, 0)).verdict())
        .isEqualTo(new Verdict(Status.REACHED, "REACHED 1 phase ORDERS round 3"));
    assertThat(start("K4TQ92", new WaitGoal.RoundGoal(2)).verdict())
        .isEqualTo(new Verdict(Status.REACHED, "REACHED 1 round 3 phase ORDERS"));
  }

  @Test
  void aPhaseInARoundIsReachedExactlyAndMissedOncePassed() {
    Waiting waiting = start("t-1", new WaitGoal.PhaseGoal(Phase.ORDERS, 4));

    assertThat(waiting.verdict().status()).isEqualTo(Status.PENDING);
    assertThat(waiting.offer(at(ONE, 3, Phase.REPORT)).status()).isEqualTo(Status.PENDING);
    assertThat(waiting.offer(at(TWO, 4, Phase.ORDERS)).status()).as("another table").isEqualTo(Status.PENDING);
    assertThat(waiting.offer(at(ONE, 4, Phase.TALKS)).status()).isEqualTo(Status.PENDING);
    assertThat(waiting.offer(at(ONE, 4, Phase.ORDERS))).isEqualTo(new Verdict(Status.REACHED, "REACHED 1 phase ORDERS round 4"));

    Waiting skipped = start("1", new WaitGoal.PhaseGoal(Phase.TALKS, 4));
    assertThat(skipped.offer(at(ONE, 4, Phase.ORDERS)))
        .isEqualTo(new Verdict(Status.FAILED, "MISSED 1 phase TALKS round 4: the table is at round 4 phase ORDERS"));
  }

  @Test
  void theEndOfTheGameEndsEveryOtherWaitAsFailed() {
    Waiting waiting = start("1", new WaitGoal.RoundGoal(9));
    assertThat(waiting.offer(at(ONE, 8, Phase.ENDED))).isEqualTo(new Verdict(Status.FAILED, "GAME OVER 1 before round 9"));

    Waiting end = start("1", new WaitGoal.EndGoal());
    assertThat(end.offer(at(ONE, 8, Phase.REPORT)).status()).isEqualTo(Status.PENDING);
    assertThat(end.offer(at(ONE, 8, Phase.ENDED))).isEqualTo(new Verdict(Status.REACHED, "REACHED 1 end round 8"));
  }

  @Test
  void seatsCountPeopleWhoAreConnected() {
    Waiting waiting = start("2", new WaitGoal.SeatsGoal(2));
    TableSummary dropped = TWO.toBuilder().setSeats(1, CannedTables.seat("gore", Role.REGIONAL_OFFICIAL, "dropped", "Bea", false)).build();
    TableSummary bot = TWO.toBuilder().setSeats(1, CannedTables.seat("gore", Role.REGIONAL_OFFICIAL, "bot:adaptive", "", false)).build();
    TableSummary person = TWO.toBuilder().setSeats(1, CannedTables.seat("gore", Role.REGIONAL_OFFICIAL, "person", "Bea", false)).build();

    assertThat(waiting.offer(dropped).status()).isEqualTo(Status.PENDING);
    assertThat(waiting.offer(bot).status()).isEqualTo(Status.PENDING);
    assertThat(waiting.offer(person)).isEqualTo(new Verdict(Status.REACHED, "REACHED 2 seats 2"));
  }

  @Test
  void allMeansEveryTableThatHadNotEnded() {
    TableSummary ended = CannedTables.paused().toBuilder().setPhase(Phase.ENDED).build();
    Waiting waiting = Waiting.start(new WaitSpec("all", new WaitGoal.PhaseGoal(Phase.BRIEFING, 1), Optional.empty()),
        List.of(ONE.toBuilder().setRound(1).setPhase(Phase.LOBBY).build(), TWO, ended));

    assertThat(waiting.offer(at(ONE, 1, Phase.BRIEFING)).status()).isEqualTo(Status.PENDING);
    assertThat(waiting.offer(at(TWO, 1, Phase.BRIEFING)))
        .isEqualTo(new Verdict(Status.REACHED, "REACHED all phase BRIEFING round 1 (2 tables)"));

    Waiting all = Waiting.start(new WaitSpec("all", new WaitGoal.EndGoal(), Optional.empty()), List.of(ended, TWO));
    assertThat(all.offer(at(TWO, 8, Phase.ENDED))).isEqualTo(new Verdict(Status.REACHED, "REACHED all end (2 tables)"));
    assertThat(all.timedOut("30s")).isEqualTo("TIMEOUT all end after 30s");
  }

  @Test
  void anUnknownTableIsSaidWithTheTablesThereAre() {
    assertThatThrownBy(() -> start("9", new WaitGoal.EndGoal()))
        .isInstanceOf(NoSuchElementException.class).hasMessage("There is no table \"9\" (tables: 1, 2).");
    assertThat(start("2", new WaitGoal.SeatsGoal(3)).timedOut("1m00s")).isEqualTo("TIMEOUT 2 seats 3 after 1m00s");
  }
}
