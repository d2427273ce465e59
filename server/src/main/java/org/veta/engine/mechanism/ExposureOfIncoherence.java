package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Effect;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.ExposureCoefficients;

/**
 * Exposure of incoherence (the study: "Every time the government in Bolivia had to postpone the
 * presentation of the law draft ... or every time the government in Peru had to extend the
 * deadline ... it signaled a victory for the informal pressure group over the central state. The
 * exposure of the fragmentation of the state increased the burden for the executive to meet and
 * negotiate directly"). Each retreat this round adds momentum; the pressure to negotiate closes
 * on a target made of momentum, incoherence, illegitimacy and the strongest mobilization.
 *
 * <p>momentum += perRetreat * retreats * (0.5 + (1 - coherence));
 * pressureTarget = 0.35 * momentum + 0.25 * (1 - coherence) + 0.2 * (1 - legitimacy)
 * + 0.2 * max(mobilization where stake > 0).
 */
public final class ExposureOfIncoherence implements Mechanism {
  private static final Target RETREATS = new Target.National(NationalVar.RETREATS);

  @Override
  public MechanismId id() {
    return MechanismId.EXPOSURE;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    ExposureCoefficients k = round.game().coefficients().getExposure();
    double retreats = 0;
    for (Effect e : round.effectsSoFar()) {
      if (e.target().equals(RETREATS)) {
        retreats += e.size();
      }
    }
    double coherence = round.coherence();
    double momentum = round.now().get(NationalVar.MINERS_MOMENTUM);
    if (retreats > 0) {
      changes.add(Cause.NONE, NationalVar.MINERS_MOMENTUM,
          k.getMomentumPerRetreat() * retreats * (0.5 + (1 - coherence)),
          "%.0f visible retreat(s) of the centre this round", retreats);
      changes.add(Cause.NONE, NationalVar.CENTRAL_LEGITIMACY, -k.getLegitimacyPerRetreat() * retreats,
          "each retreat is a public defeat of the centre");
    } else {
      changes.add(Cause.NONE, NationalVar.MINERS_MOMENTUM, -k.getMomentumDecay() * momentum,
          "no retreat this round: the miners' momentum fades");
    }
    double mobilization = 0;
    for (String region : round.game().layout().regions()) {
      if (round.stake(region) > 0) {
        mobilization = Math.max(mobilization, round.now().get(region, RegionVar.MOBILIZATION));
      }
    }
    momentum = round.now().get(NationalVar.MINERS_MOMENTUM);
    double legitimacy = round.now().get(NationalVar.CENTRAL_LEGITIMACY);
    double target = 0.35 * momentum + 0.25 * (1 - coherence) + 0.2 * (1 - legitimacy)
        + 0.2 * mobilization;
    double pressure = round.now().get(NationalVar.NEGOTIATION_PRESSURE);
    double step = target > pressure ? k.getBurdenRate() * (target - pressure)
        : -k.getPressureDecay() * (pressure - target);
    changes.add(Cause.NONE, NationalVar.NEGOTIATION_PRESSURE, step, "momentum %.0f%%, coherence %.0f%%, legitimacy %.0f%%, mobilization %.0f%%",
        100 * momentum, 100 * coherence, 100 * legitimacy, 100 * mobilization);
  }
}
