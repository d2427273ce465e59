package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.protocol.scenario.CentralResponseCoefficients;

/**
 * Formalization and revenue, the centre's goals (the study: "less than 1 percent of the miners had
 * formalized"; the Peruvian Ministry "committed to reducing the number of steps in the
 * formalization process"). Miners who enter the process formalize faster where there are fewer
 * steps; formal miners pay taxes; a deadline that passes with few formalized costs legitimacy.
 */
public final class Formalization implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.FORMALIZATION;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    CentralResponseCoefficients k = round.game().coefficients().getCentral();
    double ease = 0.5;
    if (round.game().layout().hasClause("formalization_steps")) {
      var steps = round.game().layout().clause("formalization_steps");
      double value = round.now().clause("formalization_steps");
      ease = steps.max() > steps.min() ? (steps.max() - value) / (steps.max() - steps.min()) : 0.5;
    }
    for (var o : round.moves(Move.Formalize.class)) {
      double membership = round.now().get(o.seat().region(), RegionVar.MEMBERSHIP);
      changes.add(o.cause(), NationalVar.FORMALIZATION_RATE, 0.04 * membership * (0.25 + ease),
          "members enter the formalization process (%.0f%% of the steps "
              + "cut)", 100 * ease);
    }
    double formal = round.now().get(NationalVar.FORMALIZATION_RATE);
    if (formal > 0) {
      changes.add(Cause.NONE, NationalVar.FISCAL_REVENUE,
          k.getFormalRevenue() * formal * Math.min(2, round.priceFactor()),
          "%.0f%% of miners are formal and pay taxes", 100 * formal);
    }
    double deadline = round.now().get(NationalVar.FORMALIZATION_DEADLINE);
    if (deadline > 0 && round.round() > deadline && formal < 0.5) {
      changes.add(Cause.NONE, NationalVar.CENTRAL_LEGITIMACY, -k.getLapsedDeadlineCost(),
          "the formalization deadline has passed with %.1f%% formalized",
              100 * formal);
    }
  }
}
