package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Game;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.Role;

/**
 * Roundtables and the drafting of the law outside direct negotiation. The study's Bolivian
 * roundtables were "supposed to be a place where each of us had only one representative, but
 * the cooperativists seemed to have their leaders, local authorities, and state members on their
 * side": a federation's weight at the table grows with the officials aligned with it and with
 * the national lobbying tilt (over-representation).
 */
public final class Roundtable implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.ROUNDTABLE;
  }

  @Override
  public void apply(RoundContext round) {
    Ledger.Changes changes = round.by(id());
    var k = round.game().coefficients().getCentral();
    boolean directAtStart = round.start().get(NationalVar.DIRECT_NEGOTIATION) > 0;
    boolean tableAtStart = round.start().get(NationalVar.ROUNDTABLE_OPEN) > 0;
    for (var o : round.moves(Move.ConveneRoundtable.class)) {
      changes.set(o.cause(), NationalVar.ROUNDTABLE_OPEN, 1, "the centre convenes a roundtable");
      changes.set(o.cause(), NationalVar.ROUNDTABLE_LEGITIMACY, k.getRoundtableLegitimacy(),
          "a new roundtable starts with the seats' good faith");
    }
    weigh(round, changes);
    if (directAtStart) {
      return; // clauses are edited in direct negotiation
    }
    for (var o : round.moves(Move.Draft.class)) {
      var clause = round.game().layout().clause(o.move().clause());
      changes.set(o.cause(), new Target.OfClause(clause), o.move().value(),
          tableAtStart ? "the ministry rewrites the clause at the roundtable"
              : "the ministry drafts the clause on its own");
    }
    if (!tableAtStart) {
      return;
    }
    for (var o : round.moves(Move.Propose.class)) {
      double weight = federationWeight(round.game(), round);
      var clause = round.game().layout().clause(o.move().clause());
      Target target = new Target.OfClause(clause);
      double current = round.now().get(target);
      changes.set(o.cause(), target, current + 0.5 * weight * (o.move().value() - current),
          "the federation's proposal at the roundtable (its weight "
              + "there: %.0f%%, with allied officials and ex-peer ministers on its side)", 100 * weight);
    }
  }

  /** The share one representative would have at a table of the three roles. */
  public static final double FAIR_SHARE = 1.0 / 3;

  /**
   * Records the federation's weight at the table in session, so that over-representation (the
   * study's "they seemed to have their leaders, local authorities, and state members on their
   * side") is visible in the state and the debrief.
   */
  private static void weigh(RoundContext round, Ledger.Changes changes) {
    boolean inSession = round.now().get(NationalVar.ROUNDTABLE_OPEN) > 0
        && round.now().get(NationalVar.DIRECT_NEGOTIATION) == 0;
    if (!inSession) {
      changes.set(org.veta.engine.Cause.NONE, NationalVar.MINERS_TABLE_WEIGHT, 0,
          "no roundtable in session");
      return;
    }
    double weight = federationWeight(round.game(), round);
    changes.set(org.veta.engine.Cause.NONE, NationalVar.MINERS_TABLE_WEIGHT, weight,
        weight > FAIR_SHARE
            ? "over-represented: allied officials and ex-peer ministers (tilt %.0f%%) sit on the"
                + " federation's side; one representative each would be 33%%"
            : "the federation speaks with its own voice only (tilt %.0f%%)",
        100 * round.now().get(NationalVar.LOBBY_TILT));
  }

  /** A federation's weight at the table: its own seat, plus allied officials, plus the tilt. */
  public static double federationWeight(Game game, RoundContext round) {
    int allies = 0;
    for (SeatInfo seat : game.seats()) {
      if (seat.role() == Role.REGIONAL_OFFICIAL
          && round.now().get(seat.id(), SeatVar.ALIGNMENT) >= 0.5
          && round.stake(seat.region()) > 0) {
        allies++;
      }
    }
    return Math.min(1, 0.2 + 0.15 * allies + round.now().get(NationalVar.LOBBY_TILT));
  }
}
