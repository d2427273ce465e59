package org.veta.bot;

import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.NationalVar;

/**
 * Looks for an agreement: the centre convenes, funds credit, extends deadlines, negotiates and
 * meets the federation half-way on each clause; an official voices the miners' concerns and
 * forbears where they depend on mining; a federation organizes, formalizes and asks to negotiate,
 * proposing half-way values.
 */
public final class ConciliatoryStrategy implements Strategy {
  @Override
  public String name() {
    return "conciliatory";
  }

  @Override
  public List<Move> choose(BotView v) {
    Picks picks = new Picks(v);
    double lawStage = v.state().get(NationalVar.LAW_STAGE);
    switch (v.seat().role()) {
      case CENTRAL_STATE -> {
        picks.addIf(lawStage == 2, "enact");
        if (v.directNegotiation()) {
          halfway(v, picks, "draft");
          picks.addIf(v.round() >= v.game().rounds() - 2, "submit_law");
        }
        picks.add("negotiate").add("roundtable").add("fund_credit amount=0.3");
        double deadline = v.state().get(NationalVar.FORMALIZATION_DEADLINE);
        picks.addIf(deadline > 0 && v.round() >= deadline, "extend_deadline rounds=2");
      }
      case REGIONAL_OFFICIAL -> picks.add("voice").add(v.stake() > 0 ? "forbear" : "enforce");
      case FEDERATION -> {
        if (v.directNegotiation() || v.roundtable()) {
          halfway(v, picks, "propose");
        }
        picks.add("demand_negotiation").add("organize").add("formalize");
      }
      default -> { }
    }
    return picks.done();
  }

  /** Offers the point half-way between the clause now and what this seat would like best. */
  private static void halfway(BotView v, Picks picks, String verb) {
    for (ClauseVariable clause : v.game().layout().clauses()) {
      double now = v.state().clause(clause.id());
      double ideal = v.seat().utility().ideal(clause.id()).orElse(now);
      if (Math.abs(ideal - now) > 0.05 * (clause.max() - clause.min())) {
        double offer = Math.round(((now + ideal) / 2) * 100) / 100.0;
        picks.add(verb + " clause=" + clause.id() + " value=" + MoveSyntax.plain(offer));
        return;
      }
    }
  }
}
