package org.veta.engine;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.WorkingState;

/**
 * What a mechanism sees while a round resolves: the game, the state at the start of the round,
 * the state as earlier mechanisms left it, the accepted moves, and the round's seeded streams.
 */
public final class RoundContext {
  /** An accepted move with the seat that ordered it. */
  public record Ordered<T extends Move>(SeatInfo seat, T move, Cause cause) {
    public Ordered(SeatInfo seat, T move) {
      this(seat, move, Cause.of(seat.id(), move));
    }
  }

  private final Game game;
  private final PolicyState start;
  private final Ledger ledger;
  private final List<Ordered<Move>> accepted;
  private final long seed;
  private final List<Sanction> sanctions;
  private final java.util.Map<Class<?>, List<?>> byType = new java.util.HashMap<>();

  RoundContext(Game game, PolicyState start, Ledger ledger, List<Ordered<Move>> accepted,
      long seed, List<Sanction> sanctions) {
    this.sanctions = List.copyOf(sanctions);
    this.game = game;
    this.start = start;
    this.ledger = ledger;
    this.accepted = accepted;
    this.seed = seed;
  }

  public Game game() {
    return game;
  }

  /** The round being resolved, 1-based. */
  public int round() {
    return start.round() + 1;
  }

  /** The state before this round: what seats knew when they ordered their moves. */
  public PolicyState start() {
    return start;
  }

  /** The state as the mechanisms before this one left it. */
  public WorkingState now() {
    return ledger.state();
  }

  public Ledger.Changes by(MechanismId mechanism) {
    return ledger.by(mechanism);
  }

  public List<Effect> effectsSoFar() {
    return ledger.effects();
  }

  /** Accepted moves of one type, in seat order. */
  @SuppressWarnings("unchecked")
  public <T extends Move> List<Ordered<T>> moves(Class<T> type) {
    return (List<Ordered<T>>) byType.computeIfAbsent(type, t -> {
      List<Ordered<T>> out = new ArrayList<>();
      for (Ordered<Move> o : accepted) {
        if (type.isInstance(o.move())) {
          out.add(new Ordered<>(o.seat(), type.cast(o.move()), o.cause()));
        }
      }
      return List.copyOf(out);
    });
  }

  public boolean anyMove(Class<? extends Move> type, String seat) {
    return accepted.stream().anyMatch(o -> type.isInstance(o.move()) && o.seat().id().equals(seat));
  }

  /** Costs of broken public promises, found by the negotiation rules for this round. */
  public List<Sanction> sanctions() {
    return sanctions;
  }

  /** A stream of this round's randomness for one purpose; streams never shift each other. */
  public SeededRandom random(String purpose) {
    return SeededRandom.stream(seed, round(), purpose);
  }

  /**
   * What local actors have at stake in a region: 0 below the activation threshold, rising to 1.
   * The gate of every political mechanism: below the threshold nobody activates.
   */
  public double stake(String region) {
    double threshold = game.coefficients().getEconomicDependence().getActivationThreshold();
    double dependence = now().get(region, RegionVar.DEPENDENCE);
    return dependence <= threshold ? 0 : (dependence - threshold) / (1 - threshold);
  }

  /** Gold price relative to the scenario's reference price. */
  public double priceFactor() {
    double reference = game.coefficients().getEconomicDependence().getReferenceGoldPrice();
    return now().get(NationalVar.GOLD_PRICE) / reference;
  }

  public double coherence() {
    return now().get(NationalVar.STATE_COHERENCE);
  }
}
