package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.protocol.scenario.ElectionCoefficients;
import org.veta.protocol.scenario.Role;

/**
 * Running for office and elections (the study: "In Peru, miners won local and regional electoral
 * offices, the most important one being the regional government of Madre de Dios with Luis
 * Otsuka, head of the local mining federation, FEDEMIN. By running for office, miners had direct
 * access to negotiations with national authorities ... without middlemen"). Possible in both
 * countries, decisive where miners are excluded: the access an office gives counts for more the
 * less incorporated the miners are. In election rounds, officials whose approval fell below the
 * floor lose their office.
 *
 * <p>P(win) = logistic(base + mw * mobilization + dw * stake + aw * pressureGroup
 * + ew * endorsement) * min(1, stake / 0.25); a win adds accessPressure * (1 - incorporation) to the pressure. Where miners
 * are incorporated, standing against the ruling party costs half the lobbying tilt times the
 * incorporation: the path through the party and the path through the ballot box compete.
 */
public final class RunningForOffice implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.ELECTIONS;
  }

  @Override
  public void apply(RoundContext round) {
    if (!round.game().isElectionRound(round.round())) {
      return;
    }
    Ledger.Changes changes = round.by(id());
    ElectionCoefficients k = round.game().coefficients().getElections();
    java.util.Set<String> won = new java.util.HashSet<>();
    for (var o : round.moves(Move.RunForOffice.class)) {
      String region = o.seat().region();
      changes.set(o.cause(), region, RegionVar.MINER_CANDIDATE, 1,
          "the federation's leader stands for " + office(round, region));
      double tilt = round.now().get(NationalVar.LOBBY_TILT);
      changes.add(o.cause(), NationalVar.LOBBY_TILT, -0.5 * round.game().incorporation() * tilt,
          "standing against the ruling party's candidates strains the ties with former peers"
              + " in government");
      double logit = k.getBase()
          + k.getMobilizationWeight() * round.now().get(region, RegionVar.MOBILIZATION)
          + k.getDependenceWeight() * round.stake(region)
          + k.getAllianceWeight() * round.now().get(region, RegionVar.PRESSURE_GROUP)
          + k.getEndorsementWeight() * round.now().get(region, RegionVar.ENDORSEMENT);
      // Without a constituency that lives from gold, nobody votes for the miners' candidate as
      // such: the same gate as strikes (full above a stake of 0.25, none at 0).
      double chance = Math.min(1, round.stake(region) / 0.25) / (1 + Math.exp(-logit));
      if (round.random("election:" + region).nextDouble() >= chance) {
        changes.note(o.cause(), String.format(Locale.ROOT,
            "The federation's candidate lost in %s (chance was %.0f%%).",
            round.game().layout().regionName(region), 100 * chance));
        continue;
      }
      won.add(region);
      String why = String.format(Locale.ROOT, "the federation's leader wins %s (chance %.0f%%)",
          office(round, region), 100 * chance);
      changes.set(o.cause(), region, RegionVar.MINER_IN_OFFICE, 1, why);
      changes.setSeat(o.cause(), o.seat().id(), SeatVar.HOLDS_OFFICE, 1, why);
      for (SeatInfo official : round.game().seatsIn(region, Role.REGIONAL_OFFICIAL)) {
        changes.setSeat(o.cause(), official.id(), SeatVar.ALIGNMENT, 1,
            "the office now answers to the miners' federation");
      }
      double access = k.getAccessPressure() * (1 - round.game().incorporation());
      changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, access,
          "from office the miners reach the centre without middlemen");
    }
    for (SeatInfo official : round.game().seats()) {
      if (official.role() != Role.REGIONAL_OFFICIAL || won.contains(official.region())) {
        continue;
      }
      double approval = round.now().get(official.id(), SeatVar.APPROVAL);
      if (approval < k.getIncumbentApprovalFloor()) {
        String why = String.format(Locale.ROOT, "the incumbent loses the election (approval %.0f%%)",
            100 * approval);
        changes.setSeat(Cause.NONE, official.id(), SeatVar.APPROVAL, 0.5, why);
        changes.setSeat(Cause.NONE, official.id(), SeatVar.ALIGNMENT, 0.5,
            "a new official takes office undecided");
      }
    }
  }

  private static String office(RoundContext round, String region) {
    String office = round.game().scenario().getRegionsList().stream()
        .filter(r -> r.getId().equals(region)).map(r -> r.getOffice()).findFirst().orElse("");
    return office.isBlank() ? "office in " + round.game().layout().regionName(region) : office;
  }
}
