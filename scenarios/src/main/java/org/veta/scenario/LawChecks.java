package org.veta.scenario;

import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.ClauseValue;
import org.veta.protocol.scenario.LegislatureRevision;
import org.veta.protocol.scenario.Scenario;

/** The law draft: clauses and the legislature's revision. */
final class LawChecks extends ScenarioChecks {
  LawChecks(ScenarioChecks shared) {
    super(shared);
  }

  @Override
  void check() {
    checkClauses();
    checkLegislatureIfAny();
  }

  void checkLegislatureIfAny() {
    if (scenario.hasLegislature()) {
      checkLegislature(scenario.getLegislature());
    }
  }

  void checkClauses() {
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

  void checkLegislature(LegislatureRevision legislature) {
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
}
