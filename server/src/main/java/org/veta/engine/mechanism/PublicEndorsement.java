package org.veta.engine.mechanism;

import java.util.HashSet;
import java.util.Set;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.protocol.scenario.EndorsementCoefficients;

/**
 * Public endorsement and defiance (the study: mayors and governors "joined the protests and
 * cosigned a document outlining miners' demands"; Governor Galindo "granted permits and
 * authorizations to the fuel carriers" against central control; officials "boycotted the
 * initiatives coming from the executive"; in La Paz officials "remained silent" at roundtables
 * so the draft "was not going to be a legitimate document"). Each exposes the state's fracture:
 * coherence and central legitimacy fall. Endorsement is stronger where a pressure group stands
 * behind it, and nobody follows it where nothing is at stake.
 */
public final class PublicEndorsement implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.PUBLIC_ENDORSEMENT;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    EndorsementCoefficients k = round.game().coefficients().getEndorsement();
    Set<String> endorsed = new HashSet<>();
    for (var o : round.moves(Move.Endorse.class)) {
      String region = o.seat().region();
      double stake = round.stake(region);
      if (stake == 0) {
        changes.note(o.cause(), "Nobody follows an official endorsing the miners in "
            + round.game().layout().regionName(region) + ": its economy does not depend on mining.");
        continue;
      }
      endorsed.add(region);
      double activation = 0.4 + 0.6 * stake;
      double group = round.now().get(region, RegionVar.PRESSURE_GROUP);
      double e = round.now().get(region, RegionVar.ENDORSEMENT);
      changes.add(o.cause(), region, RegionVar.ENDORSEMENT,
          k.getEndorsementGain() * (0.4 + 0.6 * group) * activation * (1 - e),
          "the official joins the protests and co-signs the miners' demands");
      changes.add(o.cause(), NationalVar.STATE_COHERENCE, -k.getCoherenceCost() * activation,
          "an official of the state takes the miners' side in public");
      changes.add(o.cause(), NationalVar.CENTRAL_LEGITIMACY, -k.getLegitimacyCost() * activation,
          "the centre's own officials contest it");
      double approval = round.now().get(o.seat().id(), SeatVar.APPROVAL);
      changes.addSeat(o.cause(), o.seat().id(), SeatVar.APPROVAL,
          k.getApprovalGain() * stake * (1 - approval), "local voters applaud");
      changes.addSeat(o.cause(), o.seat().id(), SeatVar.ALIGNMENT, 0.1, "the official stands with the miners");
      double m = round.now().get(region, RegionVar.MOBILIZATION);
      changes.add(o.cause(), region, RegionVar.MOBILIZATION, k.getMobilizationBoost() * stake * (1 - m),
          "with officials in the march, more miners join");
    }
    for (var o : round.moves(Move.GrantPermits.class)) {
      String region = o.seat().region();
      double stake = round.stake(region);
      changes.add(o.cause(), region, RegionVar.ENFORCEMENT, -k.getPermitEnforcementDrop(),
          "permits granted against central orders");
      changes.add(o.cause(), NationalVar.STATE_COHERENCE, -k.getCoherenceCost(),
          "a regional government openly defies the centre");
      if (stake > 0) {
        double e = round.now().get(region, RegionVar.ENDORSEMENT);
        changes.add(o.cause(), region, RegionVar.ENDORSEMENT, 0.5 * k.getEndorsementGain() * (1 - e),
            "defiance is endorsement in deeds");
        changes.addSeat(o.cause(), o.seat().id(), SeatVar.ALIGNMENT, 0.1, "the official defies the centre");
      }
    }
    for (var o : round.moves(Move.Boycott.class)) {
      changes.add(o.cause(), NationalVar.ROUNDTABLE_LEGITIMACY, -k.getBoycottLegitimacyCost(),
          "an official boycotts the roundtable");
      changes.add(o.cause(), NationalVar.STATE_COHERENCE, -k.getCoherenceCost() / 2,
          "the state does not speak with one voice");
    }
    for (var o : round.moves(Move.StaySilent.class)) {
      changes.add(o.cause(), NationalVar.ROUNDTABLE_LEGITIMACY, -k.getBoycottLegitimacyCost() / 2,
          "\"it was not going to be a legitimate document without their participation\"");
      if (round.stake(o.seat().region()) > 0) {
        changes.addSeat(o.cause(), o.seat().id(), SeatVar.ALIGNMENT, 0.05,
            "silence signals support for the federation");
      }
    }
    for (String region : round.game().layout().regions()) {
      if (!endorsed.contains(region)) {
        double e = round.now().get(region, RegionVar.ENDORSEMENT);
        changes.add(Cause.NONE, region, RegionVar.ENDORSEMENT, -k.getDecay() * e,
            "no official endorsed the miners this round");
      }
    }
  }
}
