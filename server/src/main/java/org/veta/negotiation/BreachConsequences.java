package org.veta.negotiation;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.Role;

/**
 * What a breach costs. Every other party to the breached agreement trusts the breaker less; only
 * they were promised anything, so seats outside the agreement keep their trust. A public breach
 * also costs the breaker standing: everyone saw the promise and saw it broken.
 */
public final class BreachConsequences {
  /**
   * Trust lost per breach. The study gives no figure; 0.2 takes a neutral 0.5 to 0.1 in two
   * breaches, so a seat that betrays twice is hardly believed again within a game.
   */
  public static final double TRUST_LOSS = 0.2;

  /**
   * Standing lost per public breach. Sized like the engine's visible retreats (a deadline
   * extension costs the centre 0.02 of legitimacy, a concession 0.05): a broken public word is a
   * retreat everyone watched.
   */
  public static final double PUBLIC_STANDING_LOSS = 0.03;

  private BreachConsequences() {}

  public static List<Consequence> of(Game game, Negotiations negotiations, List<Breach> breaches) {
    List<Consequence> out = new ArrayList<>();
    for (Breach breach : breaches) {
      Agreement agreement = negotiations.agreement(breach.agreement()).orElseThrow(() ->
          new IllegalArgumentException("breach of an unknown agreement " + breach.agreement()));
      out.addAll(of(game, agreement, breach));
    }
    return List.copyOf(out);
  }

  public static List<Consequence> of(Game game, Agreement agreement, Breach breach) {
    List<Consequence> out = new ArrayList<>();
    String why = breach.describe();
    for (String party : agreement.parties()) {
      if (!party.equals(breach.seat())) {
        out.add(new Consequence.TrustChange(party, breach.seat(), -TRUST_LOSS, why));
      }
    }
    if (breach.isPublic()) {
      game.seat(breach.seat()).ifPresent(seat -> out.add(new Consequence.StandingChange(
          standing(seat), -PUBLIC_STANDING_LOSS, "a public promise broken: " + why)));
    }
    return List.copyOf(out);
  }

  /**
   * Where a seat's standing lives in the policy state: the centre's legitimacy; an official's local
   * approval; a federation's membership in its region (members leave a federation whose public
   * word is worth nothing).
   */
  static Target standing(SeatInfo seat) {
    if (seat.role() == Role.REGIONAL_OFFICIAL) {
      return new Target.OfSeat(seat.id(), SeatVar.APPROVAL);
    }
    if (seat.role() == Role.FEDERATION && seat.hasRegion()) {
      return new Target.Regional(seat.region(), RegionVar.MEMBERSHIP);
    }
    return new Target.National(NationalVar.CENTRAL_LEGITIMACY);
  }
}
