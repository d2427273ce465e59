package org.veta.engine.mechanism;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.protocol.scenario.ForbearanceCoefficients;

/**
 * Forbearance, the intentional non-enforcement of the law (Holland 2017, as the study uses it):
 * "They did the best they could do to support us: they did nothing." Officials forbear because
 * enforcement is beyond their means, electorally costly and hurts their own people ("would you do
 * that to your own people?"). Forbearing lowers effective enforcement and earns local approval
 * where the economy depends on mining; enforcing costs approval and budget and provokes the
 * miners.
 *
 * <p>forbear: forbearance += gain * (1 - forbearance); approval += approvalGain * stake.
 * effective enforcement = max(national intensity, regional interdiction) * (1 - forbearance)
 * * (0.5 + 0.5 * capacity), plus half the capacity where the official enforces.
 */
public final class Forbearance implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.FORBEARANCE;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    ForbearanceCoefficients k = round.game().coefficients().getForbearance();
    Set<String> forborne = new HashSet<>();
    Set<String> enforced = new HashSet<>();
    for (var o : round.moves(Move.Forbear.class)) {
      String region = o.seat().region();
      String seat = o.seat().id();
      double stake = round.stake(region);
      forborne.add(region);
      double f = round.now().get(region, RegionVar.FORBEARANCE);
      changes.add(o.cause(), region, RegionVar.FORBEARANCE, k.getForbearanceGain() * (1 - f),
          "the official deliberately does not enforce");
      changes.addSeat(o.cause(), seat, SeatVar.FORBEARANCE_STREAK, 1, "another round of forbearance");
      changes.add(o.cause(), NationalVar.FISCAL_REVENUE,
          -k.getRevenueLoss() * round.now().get(region, RegionVar.MINING_SHARE_GDP),
          "forborne mining pays no taxes");
      if (stake == 0) {
        changes.note(o.cause(), "Not enforcing wins no votes here: "
            + round.game().layout().regionName(region) + " does not depend on mining.");
        continue;
      }
      double approval = round.now().get(seat, SeatVar.APPROVAL);
      changes.addSeat(o.cause(), seat, SeatVar.APPROVAL, k.getApprovalGain() * stake * (1 - approval),
          "local voters reward leniency (%.0f%% at stake)", 100 * stake);
      changes.addSeat(o.cause(), seat, SeatVar.ALIGNMENT, k.getAlignmentShift() * stake,
          "the official sides with the miners");
    }
    for (var o : round.moves(Move.Enforce.class)) {
      String region = o.seat().region();
      String seat = o.seat().id();
      double stake = round.stake(region);
      enforced.add(region);
      double f = round.now().get(region, RegionVar.FORBEARANCE);
      changes.add(o.cause(), region, RegionVar.FORBEARANCE, -0.5 * f, "the official enforces");
      changes.setSeat(o.cause(), seat, SeatVar.FORBEARANCE_STREAK, 0, "the official enforces");
      changes.addSeat(o.cause(), seat, SeatVar.APPROVAL, -k.getEnforcementCost() * stake,
          "enforcing against one's own people costs votes");
      changes.addSeat(o.cause(), seat, SeatVar.ALIGNMENT, -k.getAlignmentShift(),
          "the official sides with the centre");
      changes.add(o.cause(), NationalVar.FISCAL_REVENUE, -k.getEnforcementBudgetCost(),
          "enforcing exceeds the office's means");
      double mobilization = round.now().get(region, RegionVar.MOBILIZATION);
      changes.add(o.cause(), region, RegionVar.MOBILIZATION,
          k.getEnforcementBacklash() * stake * (1 - mobilization), "miners resist enforcement");
    }
    for (String region : round.game().layout().regions()) {
      if (!forborne.contains(region) && !enforced.contains(region)) {
        double f = round.now().get(region, RegionVar.FORBEARANCE);
        changes.add(Cause.NONE, region, RegionVar.FORBEARANCE, -k.getDecay() * f,
            "no official forbore this round");
      }
      for (var seat : round.game().seatsIn(region, org.veta.protocol.scenario.Role.REGIONAL_OFFICIAL)) {
        if (!round.anyMove(Move.Forbear.class, seat.id())) {
          changes.setSeat(Cause.NONE, seat.id(), SeatVar.FORBEARANCE_STREAK, 0,
              "the streak of forbearance is broken");
        }
      }
      double base = Math.max(round.now().get(NationalVar.ENFORCEMENT_INTENSITY),
          round.now().get(region, RegionVar.INTERDICTION));
      double capacity = round.now().get(region, RegionVar.ENFORCEMENT_CAPACITY);
      double forbearance = round.now().get(region, RegionVar.FORBEARANCE);
      double effective = base * (1 - forbearance) * (0.5 + 0.5 * capacity)
          + (enforced.contains(region) ? 0.5 * capacity : 0);
      changes.set(Cause.NONE, region, RegionVar.ENFORCEMENT, effective, "enforcement ordered %.0f%%, forbearance %.0f%%, local capacity %.0f%%%s", 100 * base,
          100 * forbearance, 100 * capacity, enforced.contains(region) ? ", the official enforces" : "");
    }
  }
}
