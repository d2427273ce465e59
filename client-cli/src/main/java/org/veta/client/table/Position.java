package org.veta.client.table;

import org.veta.protocol.wire.Phase;

/** Where the game is: a round and a phase of it. */
public record Position(int round, Phase phase) {
  public boolean ended() {
    return phase == Phase.ENDED;
  }
}
