package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.move.Move;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.protocol.scenario.PressureGroupCoefficients;
import org.veta.protocol.scenario.Role;

/**
 * Pressure-group formation (the study: "Constant engagement and cooperation over time
 * consolidates loyalties and commitments between informal actors and officials"; pressure groups
 * in Olson's sense defend the informal extractive regime). The alliance stock grows with
 * forbearance times the miners' organisation, where something is at stake, and with officials
 * voicing the miners' concerns; it decays without them. Without forbearance it does not form.
 *
 * <p>group += rate * forbearance * (mobilization + membership) / 2 * (0.5 + 0.5 * stake)
 * * (1 - group) - decay * group, only where stake > 0.
 */
public final class PressureGroupFormation implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.PRESSURE_GROUP;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    PressureGroupCoefficients k = round.game().coefficients().getPressureGroup();
    for (var o : round.moves(Move.Voice.class)) {
      String region = o.seat().region();
      double stake = round.stake(region);
      if (stake == 0) {
        changes.note(o.cause(), "There are no miners' interests worth voicing here.");
        continue;
      }
      double group = round.now().get(region, RegionVar.PRESSURE_GROUP);
      changes.add(o.cause(), region, RegionVar.PRESSURE_GROUP, k.getContactGain() * stake * (1 - group),
          "the official speaks for the miners to the centre");
    }
    for (String region : round.game().layout().regions()) {
      double stake = round.stake(region);
      double group = round.now().get(region, RegionVar.PRESSURE_GROUP);
      double forbearance = round.now().get(region, RegionVar.FORBEARANCE);
      double organisation = (round.now().get(region, RegionVar.MOBILIZATION)
          + round.now().get(region, RegionVar.MEMBERSHIP)) / 2;
      double growth = stake == 0 ? 0
          : k.getFormationRate() * forbearance * organisation * (0.5 + 0.5 * stake) * (1 - group);
      changes.add(Cause.NONE, region, RegionVar.PRESSURE_GROUP, growth - k.getDecay() * group,
          "forbearance %.0f%% and miners' organisation %.0f%% %s",
              100 * forbearance, 100 * organisation,
              growth > 0 ? "bind officials and miners" : "are not enough to hold the alliance");
      double pull = k.getAlignmentPull() * round.now().get(region, RegionVar.PRESSURE_GROUP);
      if (pull > 0) {
        for (var seat : round.game().seatsIn(region, Role.REGIONAL_OFFICIAL)) {
          changes.addSeat(Cause.NONE, seat.id(), SeatVar.ALIGNMENT, pull,
              "the pressure group pulls the official toward the miners");
        }
      }
    }
  }
}
