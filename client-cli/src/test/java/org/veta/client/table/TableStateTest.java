package org.veta.client.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableView;
import org.veta.protocol.wire.YourSeat;

/** A view answered before events the client has already applied must not take the table back. */
class TableStateTest {
  @Test
  void anAnswerOlderThanTheEventsAppliedKeepsWhereTheTableIs() {
    TableState state = new TableState();
    state.apply(ServerMessage.newBuilder().setSeq(5).setPhaseChanged(PhaseChanged.newBuilder()
        .setRound(1).setPhase(Phase.BRIEFING).setDeadlineUnixMs(1234)).build());
    state.update(TableView.newBuilder().setRound(0).setPhase(Phase.LOBBY).setLastSeq(3)
        .setYou(YourSeat.newBuilder().setSeat("fedemin")).build());
    assertThat(state.position()).isEqualTo(new Position(1, Phase.BRIEFING));
    assertThat(state.view().getPhase()).isEqualTo(Phase.BRIEFING);
    assertThat(state.view().getYou().getSeat()).isEqualTo("fedemin");

    state.update(TableView.newBuilder().setRound(1).setPhase(Phase.ORDERS).setLastSeq(7).build());
    assertThat(state.position()).isEqualTo(new Position(1, Phase.ORDERS));
  }
}
