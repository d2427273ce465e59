package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.protocol.scenario.SocialLicenceCoefficients;

/**
 * Social licence and conflict (Valle Díaz et al. 2023, the second seed: "community assemblies
 * grant conditional legitimacy ... even when environmental laws are ignored"; conflicts are
 * "not only a consequence of environmental damage but also a reinforcing factor"; declining
 * agricultural income pushes reliance on mining). Communities grant licence where they depend on
 * mining and agriculture fails, and withdraw it as conflict grows; conflict grows with informal
 * activity, clandestine mining and interdictions, and costs the centre legitimacy.
 *
 * <p>licenceTarget = clamp(stake + 0.3 * (1 - agriculture) - conflictWeight * conflict);
 * conflict += growth * activity * (1 - conflict) + interdictionConflict * interdiction
 * * (1 - conflict) - decay * conflict * (formalization + (1 - activity)) / 2.
 */
public final class SocialLicenceAndConflict implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.SOCIAL_LICENCE;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    SocialLicenceCoefficients k = round.game().coefficients().getSocialLicence();
    double formalization = round.now().get(NationalVar.FORMALIZATION_RATE);
    double worst = 0;
    for (String region : round.game().layout().regions()) {
      double conflict = round.now().get(region, RegionVar.CONFLICT);
      double agriculture = round.now().get(region, RegionVar.AGRICULTURAL_INCOME);
      double target = Math.max(0, Math.min(1, round.stake(region) + 0.3 * (1 - agriculture)
          - k.getConflictWeight() * conflict));
      double licence = round.now().get(region, RegionVar.SOCIAL_LICENCE);
      changes.add(Cause.NONE, region, RegionVar.SOCIAL_LICENCE, k.getLicenceRate() * (target - licence),
          "community assemblies weigh livelihoods (agriculture %.0f%%) "
              + "against conflict (%.0f%%)", 100 * agriculture, 100 * conflict);
      double clandestine = round.now().get(region, RegionVar.CLANDESTINE_MINING);
      double activity = Math.min(1, round.now().get(region, RegionVar.MINING_SHARE_GDP)
          * Math.min(2, round.priceFactor()) * (1 - formalization) + 0.5 * clandestine);
      double interdiction = round.now().get(region, RegionVar.INTERDICTION);
      double step = k.getConflictGrowth() * activity * (1 - conflict)
          + k.getInterdictionConflict() * interdiction * (1 - conflict)
          - k.getConflictDecay() * conflict * (formalization + (1 - activity)) / 2;
      worst = Math.max(worst, changes.add(Cause.NONE, region, RegionVar.CONFLICT, step,
          "informal activity %.0f%%, interdiction %.0f%%", 100 * activity,
              100 * interdiction));
      if (clandestine > 0) {
        changes.add(Cause.NONE, region, RegionVar.CLANDESTINE_MINING, -0.1 * clandestine,
            "some hidden camps resurface or close");
      }
    }
    if (worst > 0) {
      changes.add(Cause.NONE, NationalVar.CENTRAL_LEGITIMACY, -k.getConflictLegitimacyCost() * worst,
          "socio-environmental conflict is blamed on the centre");
    }
  }
}
