package org.veta.bot;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Param;
import org.veta.engine.state.ClauseVariable;

/**
 * The concrete moves a bot considers: every move kind open to the seat now, with a small grid of
 * arguments (each region, each choice, a moderate and a strong size, clause values at the seat's
 * ideal and half-way to it).
 */
final class Candidates {
  private Candidates() {}

  static List<Move> of(BotView v) {
    List<Move> out = new ArrayList<>();
    for (MoveKind kind : v.available()) {
      if (kind == MoveKind.HOLD) {
        continue;
      }
      for (String args : arguments(v, kind)) {
        out.add(BotView.move(kind.token() + args));
      }
    }
    return out;
  }

  private static List<String> arguments(BotView v, MoveKind kind) {
    List<String> grid = List.of("");
    for (Param p : kind.params()) {
      List<String> values = new ArrayList<>();
      switch (p.type()) {
        case REGION -> v.game().layout().regions().forEach(r -> values.add(r));
        case CHOICE -> values.addAll(p.choices());
        case CLAUSE -> values.add("*");
        case NUMBER, WHOLE_NUMBER -> {
          if (p.name().equals("value")) {
            continue; // written together with the clause below
          }
          values.add(MoveSyntax.plain(p.defaultValue()));
          values.add(MoveSyntax.plain(p.type() == Param.Type.WHOLE_NUMBER
              ? Math.min(p.max(), Math.max(p.defaultValue() * 3, p.min())) : p.max()));
        }
      }
      List<String> next = new ArrayList<>();
      for (String prefix : grid) {
        for (String value : values.stream().distinct().toList()) {
          if (value.equals("*")) {
            next.addAll(clauseOffers(v, prefix));
          } else {
            next.add(prefix + " " + p.name() + "=" + value);
          }
        }
      }
      grid = next;
    }
    return grid;
  }

  private static List<String> clauseOffers(BotView v, String prefix) {
    List<String> out = new ArrayList<>();
    for (ClauseVariable clause : v.game().layout().clauses()) {
      double now = v.state().clause(clause.id());
      double ideal = v.seat().utility().ideal(clause.id()).orElse(now);
      if (Math.abs(ideal - now) <= 0.02 * (clause.max() - clause.min())) {
        continue;
      }
      for (double value : new double[] {ideal, Math.round((now + ideal) * 50) / 100.0}) {
        out.add(prefix + " clause=" + clause.id() + " value=" + MoveSyntax.plain(value));
      }
    }
    return out;
  }
}
