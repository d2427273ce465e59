package org.veta.engine.mechanism;

import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;

/**
 * One rule of the model. Reads the round's context and writes its effects, each with its reason,
 * through the ledger. No state of its own, no clock, no I/O: the same context gives the same
 * effects.
 */
public interface Mechanism {
  MechanismId id();

  void apply(RoundContext round);
}
