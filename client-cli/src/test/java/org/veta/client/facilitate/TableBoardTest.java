package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.Role;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.TablesOverview;

/**
 * The board keeps the newest summary of each table, whatever order they come in: an overview
 * gathered from several tables can reach the console after a table_changed that one of those
 * tables sent later (a wait once missed a dropped seat that way).
 */
class TableBoardTest {
  private static final TableSummary MAYOR_HERE = CannedTables.peru().toBuilder().clearSeats()
      .addSeats(CannedTables.seat("mayor", Role.REGIONAL_OFFICIAL, "person", "Ben", false))
      .setRevision(7).build();
  private static final TableSummary MAYOR_DROPPED = MAYOR_HERE.toBuilder().clearSeats()
      .addSeats(CannedTables.seat("mayor", Role.REGIONAL_OFFICIAL, "dropped", "Ben", false))
      .setRevision(8).build();

  private static ServerMessage changed(TableSummary s) {
    return ServerMessage.newBuilder().setTableId(s.getTableId()).setTableChanged(s).build();
  }

  private static ServerMessage overview(TableSummary... s) {
    return ServerMessage.newBuilder().setRequestId(3)
        .setTables(TablesOverview.newBuilder().addAllTables(List.of(s))).build();
  }

  @Test
  void anOverviewThatWasOvertakenDoesNotUndoTheNewerChange() {
    TableBoard board = new TableBoard();
    List<TableSummary> heard = new ArrayList<>();
    board.listen(heard::add);

    board.learn(changed(MAYOR_DROPPED));
    board.learn(overview(MAYOR_HERE));

    assertThat(board.find("1")).contains(MAYOR_DROPPED);
    assertThat(heard).containsExactly(MAYOR_DROPPED);
    assertThat(new WaitGoal.DroppedGoal("mayor").check(board.newest(List.of(MAYOR_HERE)).get(0)))
        .isEqualTo(WaitGoal.Progress.REACHED);
  }

  @Test
  void newerSummariesReplaceOlderOnesInEitherPath() {
    TableBoard board = new TableBoard();
    board.learn(overview(MAYOR_HERE));
    board.learn(changed(MAYOR_DROPPED));
    assertThat(board.find("1")).contains(MAYOR_DROPPED);
    assertThat(board.newest(List.of(MAYOR_HERE))).containsExactly(MAYOR_DROPPED);
  }

  @Test
  void summariesFromAServerThatDoesNotCountAreTakenAsTheyCome() {
    TableBoard board = new TableBoard();
    TableSummary here = MAYOR_HERE.toBuilder().clearRevision().build();
    TableSummary dropped = MAYOR_DROPPED.toBuilder().clearRevision().build();
    board.learn(changed(dropped));
    board.learn(overview(here));
    assertThat(board.find("1")).contains(here);
  }
}
