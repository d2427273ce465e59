package org.veta.session;

import java.util.LinkedHashSet;
import java.util.Set;
import org.veta.protocol.wire.OmniView;
import org.veta.protocol.wire.ServerMessage;

/**
 * The facilitators watching one table: they receive its events, marked with the table's id, in
 * the omniscient view (private talk only where the scenario allows it). Also passes the table's
 * summary to the facilitators' overview after every change. Runs on the table's executor.
 */
final class Watchers {
  private final Table table;
  private final TableWatch overview;
  private final Set<Member> watching = new LinkedHashSet<>();

  Watchers(Table table, TableWatch overview) {
    this.table = table;
    this.overview = overview;
  }

  boolean any() {
    return !watching.isEmpty();
  }

  OmniView add(Member watcher) {
    watching.add(watcher);
    table.info("a facilitator ({}) watches table {}", watcher.id(), table.id());
    return Summaries.omniscient(table);
  }

  void remove(Member watcher) {
    watching.remove(watcher);
  }

  void send(ServerMessage event) {
    if (watching.isEmpty()) {
      return;
    }
    WireMessage marked = WireMessage.of(event.toBuilder().setTableId(table.id()).build());
    for (Member m : watching) {
      table.deliver(m, marked);
    }
  }

  void changed() {
    if (overview.active()) {
      overview.changed(Summaries.summary(table));
    }
  }
}
