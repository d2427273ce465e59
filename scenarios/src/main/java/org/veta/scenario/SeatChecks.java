package org.veta.scenario;

import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.Objective;
import org.veta.protocol.scenario.Role;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.scenario.UtilityPoint;
import org.veta.protocol.scenario.UtilityProfile;

/** Seats: roles, regions, objectives and utility profiles. */
final class SeatChecks extends ScenarioChecks {
  SeatChecks(ScenarioChecks shared) {
    super(shared);
  }

  @Override
  void check() {
    checkSeats();
  }

  void checkSeats() {
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

  void checkSeat(Seat seat, FieldPath at, String name) {
    checkSeatRole(seat, at, name);
    String bot = seat.getDefaultBot();
    if (!bot.isEmpty() && !ScenarioValidator.BOTS.contains(bot)) {
      report(
          field(at, seat, Seat.DEFAULT_BOT_FIELD_NUMBER),
          "%s has default_bot '%s', which is not a bot%s (bots: %s)"
              .formatted(name, bot, Words.didYouMean(bot, ScenarioValidator.BOTS), Words.list(ScenarioValidator.BOTS)));
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

  void checkSeatRole(Seat seat, FieldPath at, String name) {
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

  void checkUtility(UtilityProfile profile, FieldPath at, String seatName) {
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

  void checkPoints(ClauseUtility utility, FieldPath at, String which, Clause clause) {
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
}
