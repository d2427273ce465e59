package org.veta.client.table;

import org.veta.protocol.wire.Phase;

/** What `wait` waits for. A target already reached counts as reached at once. */
public sealed interface WaitTarget {
  boolean reachedAt(Position position);

  /** Also the end: a game that is over will not reach any other phase. */
  record PhaseTarget(Phase phase) implements WaitTarget {
    @Override
    public boolean reachedAt(Position position) {
      return position.phase() == phase || position.ended();
    }
  }

  record RoundTarget(int round) implements WaitTarget {
    @Override
    public boolean reachedAt(Position position) {
      return position.round() >= round || position.ended();
    }
  }

  record EndTarget() implements WaitTarget {
    @Override
    public boolean reachedAt(Position position) {
      return position.ended();
    }
  }
}
