package org.veta.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnRequestsTest {
  @Test
  void eachRequestABotSendsOnItsOwnTakesTheNextArrivalsPlace() {
    OwnRequests own = new OwnRequests();
    own.restart(100); // sent before: not counted
    assertThat(own.takesArrival(100)).as("nothing of their own yet").isFalse();
    // the pacer's request went out (101); two bots sent their moves on their own (103)
    assertThat(own.takesArrival(103)).isTrue();
    assertThat(own.takesArrival(103)).isTrue();
    assertThat(own.takesArrival(103)).as("both taken: the pacer sends again").isFalse();
    // that one is not yet counted as sent when the next arrival comes: still nothing owed
    assertThat(own.takesArrival(103)).isFalse();
    assertThat(own.taken()).isEqualTo(2);
  }

  @Test
  void aRestartForgetsWhatWasOwed() {
    OwnRequests own = new OwnRequests();
    own.restart(0);
    assertThat(own.takesArrival(5)).isTrue();
    own.restart(0);
    assertThat(own.takesArrival(0)).isFalse();
    assertThat(own.taken()).isZero();
  }
}
