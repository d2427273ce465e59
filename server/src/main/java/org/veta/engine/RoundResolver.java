package org.veta.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.mechanism.BrokenPromises;
import org.veta.engine.mechanism.CentralResponses;
import org.veta.engine.mechanism.DirectNegotiation;
import org.veta.engine.mechanism.EconomicDependence;
import org.veta.engine.mechanism.ExposureOfIncoherence;
import org.veta.engine.mechanism.Forbearance;
import org.veta.engine.mechanism.Formalization;
import org.veta.engine.mechanism.Mechanism;
import org.veta.engine.mechanism.Mobilization;
import org.veta.engine.mechanism.NationalLobbying;
import org.veta.engine.mechanism.PressureGroupFormation;
import org.veta.engine.mechanism.PublicEndorsement;
import org.veta.engine.mechanism.RegulationAndThreat;
import org.veta.engine.mechanism.Roundtable;
import org.veta.engine.mechanism.RunningForOffice;
import org.veta.engine.mechanism.ScenarioEvents;
import org.veta.engine.mechanism.SocialLicenceAndConflict;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.Orders;
import org.veta.engine.move.Refusal;
import org.veta.engine.state.PolicyState;

/**
 * Resolves one round: a pure function of (game, state, orders, seed) to the next state and its
 * effects. The mechanisms run in this fixed order, each seeing what the earlier ones did:
 *
 * <ol>
 *   <li>scenario events: the round's gold price, shocks, news;
 *   <li>economic dependence: what is at stake in each region;
 *   <li>central responses: decrees, interdictions, ministers, extensions, derogation, delegation,
 *       credit;
 *   <li>roundtable: convening, drafting and proposing outside direct negotiation;
 *   <li>regulation and threat: the threat miners feel;
 *   <li>mobilization and strikes;
 *   <li>forbearance and enforcement, and the effective enforcement that results;
 *   <li>pressure-group formation;
 *   <li>public endorsement and defiance;
 *   <li>national lobbying (incorporated miners) and rejection of drafts;
 *   <li>exposure of incoherence: retreats become momentum and pressure to negotiate;
 *   <li>running for office and elections;
 *   <li>direct negotiation, the legislature's revision, enactment;
 *   <li>social licence and conflict;
 *   <li>formalization and revenue;
 *   <li>broken promises: the standing a seat loses for breaking a public commitment.
 * </ol>
 *
 * <p>Within a mechanism, moves apply in seat order (the scenario's order), scheduled events last.
 * Moves are checked against the state at the start of the round; refused moves are reported and
 * never reach a mechanism.
 */
public final class RoundResolver {
  private static final List<Mechanism> ORDER = List.of(
      new ScenarioEvents(),
      new EconomicDependence(),
      new CentralResponses(),
      new Roundtable(),
      new RegulationAndThreat(),
      new Mobilization(),
      new Forbearance(),
      new PressureGroupFormation(),
      new PublicEndorsement(),
      new NationalLobbying(),
      new ExposureOfIncoherence(),
      new RunningForOffice(),
      new DirectNegotiation(),
      new SocialLicenceAndConflict(),
      new Formalization(),
      new BrokenPromises());

  private RoundResolver() {}

  public static List<MechanismId> order() {
    return ORDER.stream().map(Mechanism::id).toList();
  }

  public static RoundResult resolve(Game game, PolicyState state, Orders orders, long seed) {
    return resolve(game, state, orders, seed, List.of());
  }

  /** A round in which the negotiation rules found broken public promises to sanction. */
  public static RoundResult resolve(Game game, PolicyState state, Orders orders, long seed,
      List<Sanction> sanctions) {
    List<RoundContext.Ordered<Move>> accepted = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    for (String seatId : orders.bySeat().keySet()) {
      if (game.seat(seatId).isEmpty()) {
        for (Move move : orders.of(seatId)) {
          refusals.add(new Refusal(seatId, move.text(), Refusal.Code.UNKNOWN_SEAT,
              "There is no seat '" + seatId + "' at this table."));
        }
      }
    }
    for (SeatInfo seat : game.seats()) {
      List<Move> kept = new ArrayList<>();
      for (Move move : orders.of(seat.id())) {
        Optional<Refusal> refusal = MoveRules.check(game, state, seat, move, kept);
        if (refusal.isPresent()) {
          refusals.add(refusal.get());
        } else {
          kept.add(move);
          accepted.add(new RoundContext.Ordered<>(seat, move));
        }
      }
    }
    int round = state.round() + 1;
    for (Game.ScheduledMove scheduled : game.eventsIn(round)) {
      if (scheduled.move().isPresent()) {
        SeatInfo actor = scheduled.actor();
        Move move = scheduled.move().get();
        Optional<Refusal> refusal = MoveRules.check(game, state, actor, move, List.of());
        if (refusal.isPresent()) {
          refusals.add(refusal.get());
        } else {
          accepted.add(new RoundContext.Ordered<>(actor, move));
        }
      }
    }
    Ledger ledger = new Ledger(state.edit(), round);
    RoundContext context = new RoundContext(game, state, ledger, List.copyOf(accepted), seed,
        sanctions);
    for (Mechanism mechanism : ORDER) {
      mechanism.apply(context);
    }
    return new RoundResult(state, ledger.state().freeze(round), List.copyOf(accepted),
        List.copyOf(refusals), List.copyOf(ledger.effects()), List.copyOf(ledger.notes()));
  }
}
