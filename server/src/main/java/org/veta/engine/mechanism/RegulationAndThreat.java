package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.protocol.scenario.RegulationThreatCoefficients;

/**
 * Regulation and threat (the study: "the threat of interdictions and the destruction of mining
 * camps activated the formation and strengthening of informal mining associations"; in Bolivia
 * "the fear ... that the interests of private mining companies ... would predominate in the law
 * reform"). Felt threat moves toward a target set by regulation in force, recent interdiction in
 * the region, and how bad the law draft is for the miners.
 *
 * <p>target = clamp(sw * stringency + iw * interdiction + dw * (1 - federationUtility(draft)));
 * threat += adjustment * (target - threat).
 */
public final class RegulationAndThreat implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.REGULATION_AND_THREAT;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    RegulationThreatCoefficients k = round.game().coefficients().getRegulationThreat();
    double stringency = round.now().get(NationalVar.REGULATION_STRINGENCY);
    double draftThreat = 1 - round.game().leadFederation().utility().of(round.now()::clause);
    if (round.game().leadFederation().utility().isEmpty()) {
      draftThreat = 0;
    }
    for (String region : round.game().layout().regions()) {
      double interdiction = round.now().get(region, RegionVar.INTERDICTION);
      double target = Math.min(1, k.getStringencyWeight() * stringency
          + k.getInterdictionWeight() * interdiction + k.getDraftWeight() * draftThreat);
      double threat = round.now().get(region, RegionVar.THREAT);
      changes.add(Cause.NONE, region, RegionVar.THREAT, k.getAdjustment() * (target - threat),
          "regulation %.0f%%, interdiction %.0f%%, a draft %.0f%% "
              + "against the miners", 100 * stringency, 100 * interdiction, 100 * draftThreat);
    }
  }
}
