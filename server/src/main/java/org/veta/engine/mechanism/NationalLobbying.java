package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.move.Move;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.LobbyingCoefficients;

/**
 * National lobbying, where miners are incorporated (the study: "Miners in Bolivia contacted
 * former peers working as officials in the MAS government"; ministers Echazú and Pimentel were
 * "both miners and unionists"; their drafts "considerably favored cooperatives' interests"; yet
 * miners "still opposed the drafts ... organized more strikes to demand the resignation of the
 * two ministers"). Lobbying tilts the roundtables; while a roundtable sits, the draft drifts
 * toward the federation by the tilt. Rejecting a draft postpones the law: a visible retreat.
 *
 * <p>Incorporation gives the channel (the ruling party's ties to social organizations); former peers
 * in the ministries make it stronger. tilt += gain * incorporation * (0.5 + 0.5 * exPeerMinisters)
 * * (1 - tilt); each open-roundtable round,
 * clause += drift * tilt * (federation's ideal - clause).
 */
public final class NationalLobbying implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.NATIONAL_LOBBYING;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    LobbyingCoefficients k = round.game().coefficients().getLobbying();
    double incorporation = round.game().incorporation();
    boolean lobbied = false;
    for (var o : round.moves(Move.Lobby.class)) {
      lobbied = true;
      double tilt = round.now().get(NationalVar.LOBBY_TILT);
      double peers = round.now().get(NationalVar.EX_PEER_MINISTERS);
      changes.add(o.cause(), NationalVar.LOBBY_TILT,
          k.getTiltGain() * incorporation * (0.5 + 0.5 * peers) * (1 - tilt),
          "the federation lobbies former peers in government "
              + "(incorporation %.0f%%, ex-peer ministers %.0f%%)", 100 * incorporation, 100 * peers);
    }
    if (!lobbied) {
      double tilt = round.now().get(NationalVar.LOBBY_TILT);
      changes.add(Cause.NONE, NationalVar.LOBBY_TILT, -k.getTiltDecay() * tilt,
          "without lobbying, ministers answer to other pressures");
    }
    for (var o : round.moves(Move.RejectDraft.class)) {
      changes.add(o.cause(), NationalVar.RETREATS, 1, "the draft's presentation is postponed");
      changes.add(o.cause(), NationalVar.ROUNDTABLE_LEGITIMACY, -0.15, "the miners reject the draft");
      changes.add(o.cause(), NationalVar.MINERS_MOMENTUM, k.getRejectionMomentum(),
          "the miners show they are not spectators but participants");
    }
    for (var o : round.moves(Move.DemandResignation.class)) {
      double mobilization = round.now().get(o.seat().region(), RegionVar.MOBILIZATION);
      if (mobilization >= 0.5) {
        changes.add(o.cause(), NationalVar.MINISTER_CHANGES, 1, "the minister resigns under the strikes");
        changes.add(o.cause(), NationalVar.RETREATS, 1, "a minister brought down is a retreat");
        changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, k.getResignationPressure(),
            "the executive must now deal with the miners itself");
      } else {
        changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, k.getResignationPressure() / 2,
            "the demand is heard, but mobilization (%.0f%%) is too weak"
                + " to bring the minister down", 100 * mobilization);
      }
    }
    for (var o : round.moves(Move.ThreatenWithdrawal.class)) {
      changes.add(o.cause(), NationalVar.NEGOTIATION_PRESSURE, k.getWithdrawalPressure() * incorporation,
          "the miners threaten to withdraw their support from the ruling party");
      changes.add(o.cause(), NationalVar.CENTRAL_LEGITIMACY, -0.02,
          "editorials speak of a state unable to set rules");
    }
    boolean table = round.now().get(NationalVar.ROUNDTABLE_OPEN) > 0
        && round.now().get(NationalVar.DIRECT_NEGOTIATION) == 0
        && round.now().get(NationalVar.LAW_STAGE) == 0;
    double tilt = round.now().get(NationalVar.LOBBY_TILT);
    if (table && tilt > 0) {
      for (ClauseVariable clause : round.game().layout().clauses()) {
        Target target = new Target.OfClause(clause);
        double current = round.now().get(target);
        double ideal = round.game().federationIdeal(clause.id(), current);
        changes.add(Cause.NONE, target, k.getDraftDrift() * tilt * (ideal - current),
            "the roundtable leans to the miners (tilt %.0f%%)", 100 * tilt);
      }
    }
  }
}
