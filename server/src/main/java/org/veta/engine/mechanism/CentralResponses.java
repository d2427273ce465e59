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
 * The central state's responses (the study's decrees 012-2010, 029-2011, 003/004-2012 and
 * 003-2014 in Peru; the 2007 fiscal reserve decree and the 2009 reform in Bolivia): decrees,
 * interdictions ("costly (US$300,000 on average), did not encourage formalization, and worse, led
 * to the clandestine proliferation of illegal gold mines"), ministers appointed or replaced,
 * deadline extensions and derogations (each a visible retreat), delegation to the regions
 * (Decree 1293) and credit and training (FOFIM).
 */
public final class CentralResponses implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.CENTRAL_RESPONSE;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    CentralResponseCoefficients k = round.game().coefficients().getCentral();
    double memory = round.game().coefficients().getRegulationThreat().getInterdictionMemory();
    for (String region : round.game().layout().regions()) {
      double before = round.now().get(region, RegionVar.INTERDICTION);
      if (before > 0) {
        changes.set(Cause.NONE, region, RegionVar.INTERDICTION, before * memory < 0.01 ? 0
            : before * memory, "the last interdiction's pressure fades");
      }
    }
    for (var o : round.moves(Move.Decree.class)) {
      double size = o.move().size();
      changes.add(o.cause(), NationalVar.REGULATION_STRINGENCY, size, "a new decree tightens regulation");
      changes.add(o.cause(), NationalVar.ENFORCEMENT_INTENSITY, size / 2,
          "the decree orders enforcement");
    }
    for (var o : round.moves(Move.Interdiction.class)) {
      interdiction(round, changes, k, o.cause(), o.move());
    }
    for (var o : round.moves(Move.AppointMinister.class)) {
      changes.add(o.cause(), NationalVar.MINISTER_CHANGES, 1, "a minister is appointed");
      if (o.move().stance().equals("conciliator")) {
        changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, k.getAppointmentPressure(),
            "a conciliating minister opens the way to direct talks");
      } else {
        changes.add(o.cause(), NationalVar.REGULATION_STRINGENCY, 0.1,
            "a hardline minister tightens regulation");
        changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, -k.getAppointmentPressure(),
            "a hardline minister closes the door to talks");
        changes.add(o.cause(), NationalVar.EX_PEER_MINISTERS, -0.2,
            "a hardliner replaces a minister who was once a miner");
      }
    }
    for (var o : round.moves(Move.ExtendDeadline.class)) {
      int rounds = o.move().rounds();
      changes.add(o.cause(), NationalVar.FORMALIZATION_DEADLINE, rounds,
          "the formalization deadline is extended by " + rounds + " rounds");
      changes.add(o.cause(), NationalVar.RETREATS, 1, "an extension is a visible retreat");
      changes.add(o.cause(), NationalVar.CENTRAL_LEGITIMACY, -k.getExtensionLegitimacyCost(),
          "the deadline did not hold");
      changes.add(o.cause(), NationalVar.POLICY_CONCESSION, k.getExtensionConcession(),
          "miners keep working while the deadline moves");
    }
    for (var o : round.moves(Move.Derogate.class)) {
      double lifted = round.now().get(NationalVar.REGULATION_STRINGENCY);
      double after = changes.add(o.cause(), NationalVar.REGULATION_STRINGENCY, -o.move().size(),
          "punitive decrees are derogated");
      lifted -= after;
      changes.add(o.cause(), NationalVar.RETREATS, 1, "a derogation is a visible retreat");
      changes.add(o.cause(), NationalVar.POLICY_CONCESSION, k.getDerogationConcession() * lifted,
          "the miners obtained the derogation they demanded");
    }
    for (var o : round.moves(Move.Delegate.class)) {
      changes.set(o.cause(), NationalVar.DELEGATION, 1,
          "part of formalization is delegated to the regions (Peru: Decree 1293)");
      changes.add(o.cause(), NationalVar.POLICY_CONCESSION, k.getDelegationConcession(),
          "the regions, where miners hold sway, gain control of formalization");
      changes.add(o.cause(), NationalVar.FORMALIZATION_RATE, k.getDelegationFormalization(),
          "regional offices formalize closer to the miners");
      if (round.game().layout().hasClause("delegation_to_regions")) {
        var clause = round.game().layout().clause("delegation_to_regions");
        changes.set(o.cause(), new org.veta.engine.state.Target.OfClause(clause), clause.max(),
            "delegation is now policy");
      }
    }
    for (var o : round.moves(Move.FundCredit.class)) {
      double amount = o.move().amount();
      changes.add(o.cause(), NationalVar.FORMALIZATION_RATE, k.getCreditFormalization() * amount,
          "credit and training help miners formalize");
      changes.add(o.cause(), NationalVar.FISCAL_REVENUE, -k.getCreditCost() * amount,
          "the fund costs the treasury");
      if (round.game().layout().hasClause("credit_fund")) {
        var clause = round.game().layout().clause("credit_fund");
        changes.add(o.cause(), new org.veta.engine.state.Target.OfClause(clause),
            amount * (clause.max() - clause.min()) / 2, "the credit fund grows");
      }
    }
  }

  private static void interdiction(RoundContext round, Ledger.Changes changes,
      CentralResponseCoefficients k, Cause cause, Move.Interdiction move) {
    String region = move.region();
    double scale = move.scale();
    double stake = round.stake(region);
    changes.set(cause, region, RegionVar.INTERDICTION,
        Math.max(round.now().get(region, RegionVar.INTERDICTION), scale),
        "police and military destroy camps and equipment");
    changes.add(cause, NationalVar.ENFORCEMENT_INTENSITY, 0.2 * scale, "interdictions are under way");
    changes.add(cause, NationalVar.FISCAL_REVENUE, -k.getInterdictionCost() * scale,
        "interdictions are costly (about US$300,000 each)");
    double mobilization = round.now().get(region, RegionVar.MOBILIZATION);
    changes.add(cause, region, RegionVar.MOBILIZATION,
        k.getInterdictionBacklash() * scale * stake * (1 - mobilization),
        "miners answer the interdiction (stake %.0f%%)", 100 * stake);
    changes.add(cause, region, RegionVar.CLANDESTINE_MINING, k.getInterdictionClandestine() * scale,
        "interdictions push mining into hiding");
    changes.add(cause, NationalVar.FORMALIZATION_RATE, k.getInterdictionFormalization() * scale,
        "almost nobody formalizes under interdiction (fewer than 1 %)");
  }
}
