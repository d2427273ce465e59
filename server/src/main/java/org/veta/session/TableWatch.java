package org.veta.session;

import org.veta.protocol.wire.TableSummary;

/**
 * Who follows every table's summary: the facilitators' consoles. A table tells it after each
 * change of phase, seats, submissions or clock, on the table's own executor.
 */
public interface TableWatch {
  TableWatch NOBODY = new TableWatch() {
    @Override
    public boolean active() {
      return false;
    }

    @Override
    public void changed(TableSummary summary) {}
  };

  /** Whether anyone listens now; when not, the table does not build its summary. */
  boolean active();

  void changed(TableSummary summary);
}
