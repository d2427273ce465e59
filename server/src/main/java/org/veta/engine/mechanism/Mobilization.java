package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.SeededRandom;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.protocol.scenario.MobilizationCoefficients;

/**
 * Mobilization and strikes (the study: Madre de Dios strikes "lasting up to 14 days" in 2011 and
 * 23 days in 2012; "the shutdown of local businesses in solidarity"; "massive protests, delayed
 * the execution of the decrees twice"; two miners died at Sayari in 2014). Membership surges under
 * threat; strike strength grows with membership, dependence and local solidarity; a strong strike
 * delays decree execution and forces the deadline back; long strikes cost the economy and can
 * cost lives.
 *
 * <p>strength = scale * (0.5 + 0.5 * min(1, days / 21)) * min(1, stake / 0.25)
 * * (mw * membership + dw * stake + sw * socialLicence * stake) / (mw + dw + sw): local business
 * closes in solidarity only where it lives from gold, and a region barely above the activation
 * threshold follows a strike only in part.
 */
public final class Mobilization implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.MOBILIZATION;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    MobilizationCoefficients k = round.game().coefficients().getMobilization();
    for (String region : round.game().layout().regions()) {
      double stake = round.stake(region);
      double threat = round.now().get(region, RegionVar.THREAT);
      double mobilization = round.now().get(region, RegionVar.MOBILIZATION);
      changes.add(Cause.NONE, region, RegionVar.MOBILIZATION,
          k.getThreatPull() * threat * stake * (1 - mobilization) - k.getDecay() * mobilization,
          "threat %.0f%% where %.0f%% is at stake, against the "
              + "fatigue of mobilization", 100 * threat, 100 * stake);
      double membership = round.now().get(region, RegionVar.MEMBERSHIP);
      changes.add(Cause.NONE, region, RegionVar.MEMBERSHIP,
          k.getMembershipSurge() * threat * stake * (1 - membership),
          "miners join the federation under threat");
      changes.set(Cause.NONE, region, RegionVar.STRIKE_DAYS, 0, "a new round");
    }
    for (var o : round.moves(Move.Organize.class)) {
      String region = o.seat().region();
      double membership = round.now().get(region, RegionVar.MEMBERSHIP);
      changes.add(o.cause(), region, RegionVar.MEMBERSHIP, k.getOrganizeGain() * (1 - membership),
          "the federation organizes and recruits");
    }
    for (var o : round.moves(Move.Strike.class)) {
      strike(round, changes, k, o.cause(), o.seat().region(), o.move());
    }
  }

  private static void strike(RoundContext round, Ledger.Changes changes,
      MobilizationCoefficients k, Cause cause, String region, Move.Strike strike) {
    double stake = round.stake(region);
    changes.set(cause, region, RegionVar.STRIKE_DAYS, strike.days(), "the federation strikes");
    if (stake == 0) {
      changes.note(cause, "Few follow the strike: " + round.game().layout().regionName(region)
          + "'s economy does not depend on mining, so nobody here activates.");
      return;
    }
    double membership = round.now().get(region, RegionVar.MEMBERSHIP);
    double licence = round.now().get(region, RegionVar.SOCIAL_LICENCE);
    double weights = k.getMembershipWeight() + k.getDependenceWeight() + k.getSolidarityWeight();
    double support = weights <= 0 ? 0 : (k.getMembershipWeight() * membership
        + k.getDependenceWeight() * stake + k.getSolidarityWeight() * licence * stake) / weights;
    double length = 0.5 + 0.5 * Math.min(1, strike.days() / 21.0);
    double strength = strike.scale() * length * Math.min(1, stake / 0.25) * support;

    double mobilization = round.now().get(region, RegionVar.MOBILIZATION);
    changes.add(cause, region, RegionVar.MOBILIZATION,
        k.getStrikeGain() * strength * (1 - mobilization),
        "a %d-day strike of strength %.0f%% (membership %.0f%%, local solidarity %.0f%%)",
        strike.days(), 100 * strength, 100 * membership, 100 * licence);
    changes.add(cause, region, RegionVar.MEMBERSHIP,
        0.5 * k.getStrikeGain() * strength * (1 - membership), "the strike draws new members");
    changes.add(cause, NationalVar.FISCAL_REVENUE,
        -k.getEconomicCostPerDay() * strike.days() * strike.scale(), "the strike stops the economy");
    boolean regulated = round.now().get(NationalVar.REGULATION_STRINGENCY) > 0.05
        || round.now().get(NationalVar.ENFORCEMENT_INTENSITY) > 0;
    if (strength >= k.getDelayThreshold() && regulated) {
      double intensity = round.now().get(NationalVar.ENFORCEMENT_INTENSITY);
      changes.add(cause, NationalVar.ENFORCEMENT_INTENSITY, -0.5 * strength * intensity,
          "the strike delays the execution of the decrees");
      if (round.now().get(NationalVar.FORMALIZATION_DEADLINE) > 0) {
        changes.add(cause, NationalVar.FORMALIZATION_DEADLINE, 1,
            "the deadline is pushed back by the strike");
      }
      changes.add(cause, NationalVar.RETREATS, 1, "the centre had to postpone under the strike");
    }
    SeededRandom random = round.random("fatality:" + region);
    double risk = Math.min(0.5, k.getFatalityRiskPerDay() * strike.days() * strike.scale()
        * (0.5 + round.now().get(region, RegionVar.INTERDICTION)));
    if (random.nextDouble() < risk) {
      changes.add(cause, NationalVar.DEATHS, 1, "a striker dies in clashes (as at Sayari, 2014)");
      changes.add(cause, NationalVar.CENTRAL_LEGITIMACY, -k.getFatalityLegitimacyCost(),
          "public opinion blames the government for the death");
      changes.add(cause, region, RegionVar.MOBILIZATION, 0.1, "the death enrages the miners");
      changes.add(cause, NationalVar.NEGOTIATION_PRESSURE, 0.05,
          "the death forces the centre's hand");
    }
  }
}
