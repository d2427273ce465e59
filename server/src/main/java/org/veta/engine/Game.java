package org.veta.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.veta.engine.mechanism.EconomicDependence;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.Layout;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;
import org.veta.engine.state.WorkingState;
import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.Coefficients;
import org.veta.protocol.scenario.HistoricalMove;
import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;

/**
 * A scenario compiled for the engine: its layout, seats, coefficients (over the defaults), the
 * exogenous paths and the parsed historical moves. Immutable and shared by every round of every
 * table playing the scenario.
 */
public final class Game {
  /** A move the scenario makes happen in a round, performed by a pseudo-seat of the centre. */
  public record ScheduledMove(ScheduledEvent event, Optional<Move> move) {
    public SeatInfo actor() {
      return new SeatInfo("event:" + event.getId(), event.getTitle(), Role.CENTRAL_STATE, "",
          Seat.getDefaultInstance(), new org.veta.engine.score.UtilityFunction(
              org.veta.protocol.scenario.UtilityProfile.getDefaultInstance()), List.of());
    }
  }

  private final Scenario scenario;
  private final Coefficients coefficients;
  private final Layout layout;
  private final List<SeatInfo> seats;
  private final Map<String, SeatInfo> seatById = new LinkedHashMap<>();
  private final Set<Integer> electionRounds;
  private final Map<Integer, List<ScheduledMove>> events = new HashMap<>();
  private final Map<Integer, Map<String, List<Move>>> history = new HashMap<>();
  private final SeatInfo leadFederation;
  private final Map<String, List<SeatInfo>> seatsByRegionAndRole = new HashMap<>();
  private volatile PolicyState initialState; // see initialState()

  private Game(Scenario scenario) {
    this.scenario = scenario;
    this.coefficients = CoefficientDefaults.merge(scenario.getCoefficients());
    List<ClauseVariable> clauses = new ArrayList<>();
    for (Clause c : scenario.getClausesList()) {
      clauses.add(new ClauseVariable(c.getId(), c.getName(), c.getMin(), c.getMax(), c.getUnit()));
    }
    this.layout = new Layout(
        scenario.getRegionsList().stream().map(Region::getId).toList(),
        scenario.getRegionsList().stream().map(Region::getName).toList(),
        scenario.getSeatsList().stream().map(Seat::getId).toList(),
        scenario.getSeatsList().stream().map(Seat::getName).toList(),
        clauses);
    this.seats = scenario.getSeatsList().stream().map(SeatInfo::of).toList();
    for (SeatInfo s : seats) {
      seatById.put(s.id(), s);
      seatsByRegionAndRole.computeIfAbsent(s.region() + "/" + s.role(), k -> new ArrayList<>()).add(s);
    }
    this.electionRounds = new TreeSet<>(scenario.getElectionRoundsList());
    for (ScheduledEvent e : scenario.getEventsList()) {
      Optional<Move> move = e.getMove().isBlank() ? Optional.empty() : Optional.of(parse(e.getMove(),
          "event " + e.getId()));
      events.computeIfAbsent(e.getRound(), r -> new ArrayList<>()).add(new ScheduledMove(e, move));
    }
    for (HistoricalMove h : scenario.getHistoryList()) {
      history.computeIfAbsent(h.getRound(), r -> new LinkedHashMap<>())
          .computeIfAbsent(h.getSeat(), s -> new ArrayList<>())
          .add(parse(h.getMove(), "history of " + h.getSeat() + " in round " + h.getRound()));
    }
    this.leadFederation = seats.stream().filter(s -> s.role() == Role.FEDERATION).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a scenario needs a federation seat"));
  }

  /** Compiles a validated scenario. Throws IllegalArgumentException on a move it cannot read. */
  public static Game compile(Scenario scenario) {
    return new Game(scenario);
  }

  private static Move parse(String text, String where) {
    try {
      return MoveSyntax.parse(text);
    } catch (MoveSyntax.SyntaxError e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  public Scenario scenario() {
    return scenario;
  }

  public Coefficients coefficients() {
    return coefficients;
  }

  public Layout layout() {
    return layout;
  }

  public List<SeatInfo> seats() {
    return seats;
  }

  public Optional<SeatInfo> seat(String id) {
    return Optional.ofNullable(seatById.get(id));
  }

  public List<SeatInfo> seatsIn(String region, Role role) {
    return seatsByRegionAndRole.getOrDefault(region + "/" + role, List.of());
  }

  /** The federation whose demands stand for "the miners'" where a clause needs one ideal. */
  public SeatInfo leadFederation() {
    return leadFederation;
  }

  public int rounds() {
    return scenario.getRounds();
  }

  public int maxMovesPerRound() {
    return Math.max(1, scenario.getMaxMovesPerRound());
  }

  public double incorporation() {
    return scenario.getPoliticalIncorporation();
  }

  /** A scheduled election round, or a round in which an event calls one (an early election). */
  public boolean isElectionRound(int round) {
    return electionRounds.contains(round)
        || eventsIn(round).stream().anyMatch(e -> e.event().getElection());
  }

  /**
   * This game with one more event, in the event's round: what a facilitator's inject does. The
   * scenario is amended rather than the table's state touched, so the event resolves through the
   * engine like any scheduled one, and a replay that applies the same amendments reaches the same
   * states.
   */
  public Game withEvent(ScheduledEvent event) {
    return new Game(scenario.toBuilder().addEvents(event).build());
  }

  /** The scenario's gold price path for a round (1-based); the last value repeats. */
  public double goldPricePath(int round) {
    List<Double> path = scenario.getGoldPriceList();
    if (path.isEmpty()) {
      return coefficients.getEconomicDependence().getReferenceGoldPrice();
    }
    return path.get(Math.max(0, Math.min(round, path.size()) - 1));
  }

  public List<ScheduledMove> eventsIn(int round) {
    return events.getOrDefault(round, List.of());
  }

  /** The moves a seat made historically in a round; empty when the record has none. */
  public List<Move> history(int round, String seat) {
    return history.getOrDefault(round, Map.of()).getOrDefault(seat, List.of());
  }

  public double federationIdeal(String clause, double otherwise) {
    return leadFederation.utility().ideal(clause).orElse(otherwise);
  }

  /** The state before the first round, from the scenario's initial values. */
  public PolicyState initialState() {
    // Worked out once: a state is immutable, and every network bot rebuilds its view of the table
    // from it once a round (a third of a bot's choosing, JFR on the load tool). Racing threads
    // compute equal states; the volatile field publishes a whole one.
    PolicyState initial = initialState;
    if (initial == null) {
      initial = computeInitialState();
      initialState = initial;
    }
    return initial;
  }

  private PolicyState computeInitialState() {
    WorkingState s = WorkingState.blank(layout);
    var n = scenario.getNational();
    set(s, NationalVar.GOLD_PRICE, goldPricePath(1));
    set(s, NationalVar.GOLD_PRICE_FACTOR, 1);
    set(s, NationalVar.REGULATION_STRINGENCY, n.getRegulationStringency());
    set(s, NationalVar.ENFORCEMENT_INTENSITY, n.getEnforcementIntensity());
    set(s, NationalVar.FORMALIZATION_RATE, n.getFormalizationRate());
    set(s, NationalVar.FORMALIZATION_DEADLINE, n.getFormalizationDeadlineRound());
    set(s, NationalVar.STATE_COHERENCE, n.getStateCoherence());
    set(s, NationalVar.CENTRAL_LEGITIMACY, n.getCentralLegitimacy());
    set(s, NationalVar.FISCAL_REVENUE, n.getFiscalRevenue());
    set(s, NationalVar.EX_PEER_MINISTERS, n.getExPeerMinisters());
    set(s, NationalVar.MINERS_MOMENTUM, n.getMinersMomentum());
    set(s, NationalVar.NEGOTIATION_PRESSURE, n.getNegotiationPressure());
    for (Region r : scenario.getRegionsList()) {
      String id = r.getId();
      set(s, id, RegionVar.MINING_SHARE_GDP, r.getMiningShareGdp());
      set(s, id, RegionVar.GOLD_LINKED_ECONOMY, r.getGoldLinkedEconomy());
      set(s, id, RegionVar.AGRICULTURAL_INCOME, r.getAgriculturalIncome());
      set(s, id, RegionVar.ENFORCEMENT_CAPACITY, r.getEnforcementCapacity());
      set(s, id, RegionVar.SOCIAL_LICENCE, r.getSocialLicence());
      set(s, id, RegionVar.CONFLICT, r.getConflict());
      set(s, id, RegionVar.MOBILIZATION, r.getMobilization());
      set(s, id, RegionVar.MEMBERSHIP, r.getMembership());
      set(s, id, RegionVar.PRESSURE_GROUP, r.getPressureGroup());
      set(s, id, RegionVar.DEPENDENCE, EconomicDependence.dependence(this, s, id, goldPricePath(1)));
    }
    for (Seat seat : scenario.getSeatsList()) {
      s.set(new Target.OfSeat(seat.getId(), SeatVar.ALIGNMENT), seat.getAlignment());
      s.set(new Target.OfSeat(seat.getId(), SeatVar.APPROVAL), seat.getApproval());
    }
    for (Clause c : scenario.getClausesList()) {
      s.set(new Target.OfClause(layout.clause(c.getId())), c.getInitial());
    }
    return s.freeze(0);
  }

  private static void set(WorkingState s, NationalVar var, double value) {
    s.set(new Target.National(var), var.clamp(value));
  }

  private static void set(WorkingState s, String region, RegionVar var, double value) {
    s.set(new Target.Regional(region, var), var.clamp(value));
  }
}
