package org.veta.scenario;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.ClauseValue;
import org.veta.protocol.scenario.HistoricalMove;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.scenario.LegislatureRevision;
import org.veta.protocol.scenario.Objective;
import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.scenario.UtilityPoint;
import org.veta.protocol.scenario.UtilityProfile;

/**
 * The semantic checks of a scenario: what the schema cannot say (ranges, references between seats,
 * regions and clauses, moves the engine understands). Every problem is collected, so that {@code
 * veta scenario validate} reports them all at once.
 */
public final class ScenarioValidator {

  /** The stages of the study's sequence, in order; the debrief compares against them. */
  static final List<String> STAGES =
      List.of(
          "ECONOMIC_DEPENDENCE",
          "MOBILIZATION",
          "FORBEARANCE",
          "PRESSURE_GROUP",
          "PUBLIC_ENDORSEMENT",
          "NATIONAL_LOBBYING",
          "RAN_FOR_OFFICE",
          "WON_OFFICE",
          "DIRECT_NEGOTIATION",
          "POLICY_CONCESSION");

  /** The bot strategies a seat may default to when nobody takes it. */
  static final List<String> BOTS =
      List.of("historical", "hardline", "conciliatory", "random", "adaptive");

  /** Each role needs a seat, or the game's central conflict cannot be played. */
  private static final List<Role> PLAYABLE_ROLES =
      List.of(Role.CENTRAL_STATE, Role.REGIONAL_OFFICIAL, Role.FEDERATION);

  private static final String ROLES = "CENTRAL_STATE, REGIONAL_OFFICIAL or FEDERATION";

  private final ScenarioVocabulary vocabulary;

  public ScenarioValidator(ScenarioVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /**
   * Validates a scenario that has no text (built in code); problems are placed at 1:1 of source.
   */
  public List<Problem> validate(Scenario scenario, String source) {
    return validate(scenario, Locator.withoutText(source));
  }

  /** Validates, placing problems with the locator; sorted by line, then column. */
  List<Problem> validate(Scenario scenario, Locator locator) {
    List<Problem> problems = new ArrayList<>();
    new RangeCheck(locator, problems).check(scenario, FieldPath.root());
    new Run(scenario, locator, problems).check();
    // A stable sort: problems at one spot keep the order in which they were found.
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return problems;
  }

  /** One validation: the scenario, its parts by id, and where to put problems. */
  private final class Run {
    private final Scenario scenario;
    private final Locator locator;
    private final List<Problem> problems;
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Map<String, Clause> clauses = new LinkedHashMap<>();

    Run(Scenario scenario, Locator locator, List<Problem> problems) {
      this.scenario = scenario;
      this.locator = locator;
      this.problems = problems;
      // Of duplicate ids the first wins, as it will for whoever looks the id up.
      scenario.getRegionsList().forEach(r -> regions.putIfAbsent(r.getId(), r));
      scenario.getSeatsList().forEach(s -> seats.putIfAbsent(s.getId(), s));
      scenario.getClausesList().forEach(c -> clauses.putIfAbsent(c.getId(), c));
      regions.remove("");
      seats.remove("");
      clauses.remove("");
    }

    void check() {
      checkRequired();
      checkRegions();
      checkSeats();
      checkClauses();
      checkGoldPrice();
      checkElectionRounds();
      checkEvents();
      checkHistory();
      checkStages();
      if (scenario.hasLegislature()) {
        checkLegislature(scenario.getLegislature());
      }
    }

    private void report(FieldPath path, String message) {
      problems.add(locator.problem(path, message));
    }

    // ---- paths ----

    private FieldPath top(int fieldNumber) {
      return FieldPath.root().field(Scenario.getDescriptor().findFieldByNumber(fieldNumber));
    }

    private FieldPath topElement(int fieldNumber, int index) {
      FieldDescriptor field = Scenario.getDescriptor().findFieldByNumber(fieldNumber);
      return FieldPath.root()
          .element(field, index, (Message) scenario.getRepeatedField(field, index));
    }

    private static FieldPath field(FieldPath path, Message in, int fieldNumber) {
      return path.field(in.getDescriptorForType().findFieldByNumber(fieldNumber));
    }

    private static FieldPath element(FieldPath path, Message in, int fieldNumber, int index) {
      return path.element(
          in.getDescriptorForType().findFieldByNumber(fieldNumber), index, Integer.toString(index));
    }

    // ---- the scenario as a whole ----

    private void checkRequired() {
      if (scenario.getId().isEmpty()) {
        report(
            top(Scenario.ID_FIELD_NUMBER),
            "the scenario has no id (add a line such as id: \"peru\")");
      }
      if (scenario.getTitle().isEmpty()) {
        report(top(Scenario.TITLE_FIELD_NUMBER), "the scenario has no title");
      }
      // A written 0 is out of range, and RangeCheck says so; here only the absent ones.
      FieldPath rounds = top(Scenario.ROUNDS_FIELD_NUMBER);
      if (scenario.getRounds() < 1 && !locator.written(rounds)) {
        report(rounds, "rounds is missing; a scenario needs at least 1 round");
      }
      FieldPath moves = top(Scenario.MAX_MOVES_PER_ROUND_FIELD_NUMBER);
      if (scenario.getMaxMovesPerRound() < 1 && !locator.written(moves)) {
        report(moves, "max_moves_per_round is missing; each seat needs at least 1 move per round");
      }
    }

    private void checkRegions() {
      if (scenario.getRegionsCount() == 0) {
        report(
            top(Scenario.REGIONS_FIELD_NUMBER),
            "the scenario has no regions; it needs at least one");
      }
      checkIds(Scenario.REGIONS_FIELD_NUMBER, scenario.getRegionsList(), "region");
    }

    /** Every element has an id, and no two share one. */
    private void checkIds(int fieldNumber, List<? extends Message> elements, String noun) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < elements.size(); i++) {
        Message element = elements.get(i);
        FieldDescriptor idField = element.getDescriptorForType().findFieldByName("id");
        FieldPath at = topElement(fieldNumber, i).field(idField);
        String id = (String) element.getField(idField);
        Integer first = id.isEmpty() ? null : seen.putIfAbsent(id, i);
        if (id.isEmpty()) {
          report(at, "%s number %d has no id".formatted(noun, i + 1));
        } else if (first != null) {
          report(
              at,
              "%s id '%s' is used twice; %s number %d already has it"
                  .formatted(noun, id, noun, first + 1));
        }
      }
    }

    private void checkGoldPrice() {
      if (scenario.getGoldPriceCount() == 0) {
        report(
            top(Scenario.GOLD_PRICE_FIELD_NUMBER),
            "gold_price is empty; give the gold price in US$ per troy ounce, one value per round");
      }
      for (int i = 0; i < scenario.getGoldPriceCount(); i++) {
        double price = scenario.getGoldPrice(i);
        if (!(price > 0)) {
          report(
              element(FieldPath.root(), scenario, Scenario.GOLD_PRICE_FIELD_NUMBER, i),
              "gold price number %d is %s, but every gold price must be above 0"
                  .formatted(i + 1, Words.number(price)));
        }
      }
    }

    private void checkElectionRounds() {
      for (int i = 0; i < scenario.getElectionRoundsCount(); i++) {
        int round = scenario.getElectionRounds(i);
        FieldPath at =
            element(FieldPath.root(), scenario, Scenario.ELECTION_ROUNDS_FIELD_NUMBER, i);
        if (round < 1) {
          report(
              at, "election round %d is not a round; rounds are numbered from 1".formatted(round));
        } else {
          checkRound(at, round, "an election is held in round");
        }
      }
    }

    /** A round after the last cannot happen; not checked when rounds itself is wrong. */
    private void checkRound(FieldPath at, int round, String what) {
      if (scenario.getRounds() >= 1 && round > scenario.getRounds()) {
        report(
            at,
            "%s %d, but the scenario has only %d rounds"
                .formatted(what, round, scenario.getRounds()));
      }
    }

    // ---- seats ----

    private void checkSeats() {
      checkIds(Scenario.SEATS_FIELD_NUMBER, scenario.getSeatsList(), "seat");
      for (Role role : PLAYABLE_ROLES) {
        if (scenario.getSeatsList().stream().noneMatch(s -> s.getRole() == role)) {
          report(
              top(Scenario.SEATS_FIELD_NUMBER),
              "no seat has the role "
                  + role
                  + "; every scenario needs at least one"
                  + " CENTRAL_STATE, one REGIONAL_OFFICIAL and one FEDERATION seat");
        }
      }
      for (int i = 0; i < scenario.getSeatsCount(); i++) {
        Seat seat = scenario.getSeats(i);
        checkSeat(
            seat,
            topElement(Scenario.SEATS_FIELD_NUMBER, i),
            "seat '" + FieldPath.label(seat, i) + "'");
      }
    }

    private void checkSeat(Seat seat, FieldPath at, String name) {
      checkSeatRole(seat, at, name);
      String bot = seat.getDefaultBot();
      if (!bot.isEmpty() && !BOTS.contains(bot)) {
        report(
            field(at, seat, Seat.DEFAULT_BOT_FIELD_NUMBER),
            "%s has default_bot '%s', which is not a bot%s (bots: %s)"
                .formatted(name, bot, Words.didYouMean(bot, BOTS), Words.list(BOTS)));
      }
      for (int i = 0; i < seat.getObjectivesCount(); i++) {
        Objective objective = seat.getObjectives(i);
        FieldPath metric =
            field(
                element(at, seat, Seat.OBJECTIVES_FIELD_NUMBER, i),
                objective,
                Objective.METRIC_FIELD_NUMBER);
        String which = name + ", objective " + (i + 1);
        if (objective.getMetric().isEmpty()) {
          report(metric, which + " has no metric");
        } else {
          vocabulary
              .checkMetric(objective.getMetric())
              .ifPresent(error -> report(metric, which + ": " + error));
        }
      }
      if (seat.hasUtility()) {
        checkUtility(seat.getUtility(), field(at, seat, Seat.UTILITY_FIELD_NUMBER), name);
      }
    }

    /** A role is set; officials and federations belong to a region, the centre to none. */
    private void checkSeatRole(Seat seat, FieldPath at, String name) {
      FieldPath region = field(at, seat, Seat.REGION_FIELD_NUMBER);
      switch (seat.getRole()) {
        case ROLE_UNSPECIFIED ->
            report(
                field(at, seat, Seat.ROLE_FIELD_NUMBER),
                name + " has no role; give it role: " + ROLES);
        case UNRECOGNIZED ->
            report(
                field(at, seat, Seat.ROLE_FIELD_NUMBER),
                "%s has an unknown role (%d); use %s".formatted(name, seat.getRoleValue(), ROLES));
        case CENTRAL_STATE -> {
          if (!seat.getRegion().isEmpty()) {
            report(
                region,
                "%s is a CENTRAL_STATE seat, so it must not have a region (it has '%s')"
                    .formatted(name, seat.getRegion()));
          }
        }
        case REGIONAL_OFFICIAL, FEDERATION -> {
          if (seat.getRegion().isEmpty()) {
            report(
                region,
                "%s is a %s seat, so it must name its region (regions: %s)"
                    .formatted(name, seat.getRole(), Words.list(regions.keySet())));
          } else {
            checkRegionName(region, seat.getRegion(), name + " names region");
          }
        }
      }
    }

    private void checkUtility(UtilityProfile profile, FieldPath at, String seatName) {
      double weights = 0;
      for (int i = 0; i < profile.getClausesCount(); i++) {
        ClauseUtility utility = profile.getClauses(i);
        weights += utility.getWeight();
        FieldPath element = element(at, profile, UtilityProfile.CLAUSES_FIELD_NUMBER, i);
        FieldPath clauseName = field(element, utility, ClauseUtility.CLAUSE_FIELD_NUMBER);
        Clause clause = clauses.get(utility.getClause());
        if (utility.getClause().isEmpty()) {
          report(
              clauseName,
              "%s values a clause without naming it (clauses: %s)"
                  .formatted(seatName, Words.list(clauses.keySet())));
        } else if (clause == null) {
          report(clauseName, missingClause(seatName + " values", utility.getClause()));
        }
        checkPoints(utility, element, seatName + ", clause '" + utility.getClause() + "'", clause);
      }
      if (profile.getClausesCount() > 0 && !(weights > 0)) {
        report(
            at,
            "%s: the weights of its utility profile add up to %s, but at least one clause"
                    .formatted(seatName, Words.number(weights))
                + " must weigh more than 0");
      }
    }

    /** Points sorted by strictly increasing value, each within the clause's range if it exists. */
    private void checkPoints(ClauseUtility utility, FieldPath at, String which, Clause clause) {
      for (int i = 0; i < utility.getPointsCount(); i++) {
        UtilityPoint point = utility.getPoints(i);
        FieldPath value =
            field(
                element(at, utility, ClauseUtility.POINTS_FIELD_NUMBER, i),
                point,
                UtilityPoint.VALUE_FIELD_NUMBER);
        double previous = i > 0 ? utility.getPoints(i - 1).getValue() : 0;
        if (i > 0 && !(point.getValue() > previous)) {
          report(
              value,
              "%s: utility points must be sorted by strictly increasing value, but %s comes after %s"
                  .formatted(which, Words.number(point.getValue()), Words.number(previous)));
        }
        if (clause != null && !inClause(point.getValue(), clause)) {
          report(
              value,
              "%s: utility point value %s is outside the clause's range %s"
                  .formatted(which, Words.number(point.getValue()), range(clause)));
        }
      }
    }

    // ---- the law draft ----

    private void checkClauses() {
      checkIds(Scenario.CLAUSES_FIELD_NUMBER, scenario.getClausesList(), "clause");
      for (int i = 0; i < scenario.getClausesCount(); i++) {
        Clause clause = scenario.getClauses(i);
        FieldPath at = topElement(Scenario.CLAUSES_FIELD_NUMBER, i);
        String name = "clause '" + FieldPath.label(clause, i) + "'";
        if (!(clause.getMin() < clause.getMax())) {
          report(
              field(at, clause, Clause.MAX_FIELD_NUMBER),
              "%s has min %s and max %s, but min must be below max"
                  .formatted(name, Words.number(clause.getMin()), Words.number(clause.getMax())));
        } else if (!inClause(clause.getInitial(), clause)) {
          report(
              field(at, clause, Clause.INITIAL_FIELD_NUMBER),
              "%s starts at %s (initial), outside its range %s"
                  .formatted(name, Words.number(clause.getInitial()), range(clause)));
        }
      }
    }

    private void checkLegislature(LegislatureRevision legislature) {
      FieldPath at = top(Scenario.LEGISLATURE_FIELD_NUMBER);
      for (int i = 0; i < legislature.getRevisionsCount(); i++) {
        ClauseValue revision = legislature.getRevisions(i);
        FieldPath element = element(at, legislature, LegislatureRevision.REVISIONS_FIELD_NUMBER, i);
        Clause clause = clauses.get(revision.getClause());
        if (clause == null) {
          report(
              field(element, revision, ClauseValue.CLAUSE_FIELD_NUMBER),
              missingClause("the legislature revises", revision.getClause()));
        } else if (!inClause(revision.getValue(), clause)) {
          report(
              field(element, revision, ClauseValue.VALUE_FIELD_NUMBER),
              "the legislature revises clause '%s' to %s, outside its range %s"
                  .formatted(clause.getId(), Words.number(revision.getValue()), range(clause)));
        }
      }
      for (int i = 0; i < legislature.getExecutiveReservedCount(); i++) {
        String name = legislature.getExecutiveReserved(i);
        if (!clauses.containsKey(name)) {
          report(
              element(at, legislature, LegislatureRevision.EXECUTIVE_RESERVED_FIELD_NUMBER, i),
              missingClause("the executive reserves", name));
        }
      }
    }

    private String missingClause(String what, String name) {
      return "%s clause '%s', which is missing from the law draft%s (clauses: %s)"
          .formatted(
              what, name, Words.didYouMean(name, clauses.keySet()), Words.list(clauses.keySet()));
    }

    private boolean inClause(double value, Clause clause) {
      return value >= clause.getMin() && value <= clause.getMax();
    }

    private String range(Clause clause) {
      return Words.number(clause.getMin()) + " to " + Words.number(clause.getMax());
    }

    // ---- what happens: events, history, stages ----

    private void checkEvents() {
      checkIds(Scenario.EVENTS_FIELD_NUMBER, scenario.getEventsList(), "event");
      for (int i = 0; i < scenario.getEventsCount(); i++) {
        ScheduledEvent event = scenario.getEvents(i);
        FieldPath at = topElement(Scenario.EVENTS_FIELD_NUMBER, i);
        String name = "event '" + FieldPath.label(event, i) + "'";
        checkRound(
            field(at, event, ScheduledEvent.ROUND_FIELD_NUMBER),
            event.getRound(),
            name + " happens in round");
        if (!event.getMove().isEmpty()) {
          // An event's move is made by the centre: the decree, the interdiction, the deadline.
          vocabulary
              .checkMove(scenario, Role.CENTRAL_STATE, event.getMove())
              .ifPresent(
                  error ->
                      report(
                          field(at, event, ScheduledEvent.MOVE_FIELD_NUMBER), name + ": " + error));
        }
      }
    }

    private void checkHistory() {
      for (int i = 0; i < scenario.getHistoryCount(); i++) {
        HistoricalMove move = scenario.getHistory(i);
        FieldPath at = topElement(Scenario.HISTORY_FIELD_NUMBER, i);
        String entry = "history entry " + (i + 1);
        checkRound(
            field(at, move, HistoricalMove.ROUND_FIELD_NUMBER),
            move.getRound(),
            "%s (seat '%s') is in round".formatted(entry, move.getSeat()));
        FieldPath seatPath = field(at, move, HistoricalMove.SEAT_FIELD_NUMBER);
        Seat seat = seats.get(move.getSeat());
        if (move.getSeat().isEmpty()) {
          report(
              seatPath,
              "%s names no seat (seats: %s)".formatted(entry, Words.list(seats.keySet())));
        } else if (seat == null) {
          report(
              seatPath,
              "seat '%s' in history is not a seat of this scenario (seats: %s)%s"
                  .formatted(
                      move.getSeat(),
                      Words.list(seats.keySet()),
                      Words.didYouMean(move.getSeat(), seats.keySet())));
        }
        FieldPath movePath = field(at, move, HistoricalMove.MOVE_FIELD_NUMBER);
        String which = "%s (round %d, seat '%s')".formatted(entry, move.getRound(), move.getSeat());
        if (move.getMove().isEmpty()) {
          report(movePath, which + " has no move");
        } else if (seat != null) {
          // The historical bot will play it as this seat, so it must be this role's move.
          vocabulary
              .checkMove(scenario, seat.getRole(), move.getMove())
              .ifPresent(error -> report(movePath, which + ": " + error));
        }
      }
    }

    private void checkStages() {
      for (int i = 0; i < scenario.getHistoricalStagesCount(); i++) {
        HistoricalStage stage = scenario.getHistoricalStages(i);
        FieldPath at = topElement(Scenario.HISTORICAL_STAGES_FIELD_NUMBER, i);
        String name =
            "historical stage "
                + (stage.getStage().isEmpty() ? "number " + (i + 1) : stage.getStage());
        FieldPath stagePath = field(at, stage, HistoricalStage.STAGE_FIELD_NUMBER);
        if (stage.getStage().isEmpty()) {
          report(
              stagePath,
              "%s does not say which stage it is (stages: %s)".formatted(name, Words.list(STAGES)));
        } else if (!STAGES.contains(stage.getStage())) {
          report(
              stagePath,
              "'%s' is not a stage of the study%s (stages: %s)"
                  .formatted(
                      stage.getStage(),
                      Words.didYouMean(stage.getStage(), STAGES),
                      Words.list(STAGES)));
        }
        checkRound(
            field(at, stage, HistoricalStage.ROUND_FIELD_NUMBER),
            stage.getRound(),
            name + " is in round");
        if (!stage.getRegion().isEmpty()) {
          checkRegionName(
              field(at, stage, HistoricalStage.REGION_FIELD_NUMBER),
              stage.getRegion(),
              name + " names region");
        }
      }
    }

    private void checkRegionName(FieldPath at, String region, String what) {
      if (!regions.containsKey(region)) {
        report(
            at,
            "%s '%s', which is not a region of this scenario%s (regions: %s)"
                .formatted(
                    what,
                    region,
                    Words.didYouMean(region, regions.keySet()),
                    Words.list(regions.keySet())));
      }
    }
  }
}
