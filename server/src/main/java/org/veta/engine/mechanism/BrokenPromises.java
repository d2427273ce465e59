package org.veta.engine.mechanism;

import org.veta.engine.Cause;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.Sanction;

/**
 * Broken promises: a seat that ordered a move against a public commitment loses standing (the
 * study: "promises are made and broken"; exposure of a double game costs the one exposed). The
 * negotiation rules find the breaches; this mechanism applies their cost, each with its reason.
 */
public final class BrokenPromises implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.BROKEN_PROMISES;
  }

  @Override
  public void apply(RoundContext round) {
    var changes = round.by(id());
    for (Sanction s : round.sanctions()) {
      changes.add(Cause.of(s.seat(), s.move()), s.target(), s.delta(), s.reason());
    }
  }
}
