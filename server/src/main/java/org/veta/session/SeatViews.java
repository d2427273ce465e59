package org.veta.session;

import java.util.List;
import org.veta.engine.Effect;
import org.veta.engine.Game;
import org.veta.engine.Note;
import org.veta.engine.RoundContext;
import org.veta.engine.RoundResult;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.Refusal;
import org.veta.engine.score.Scorer;
import org.veta.engine.stage.StageReached;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.SeatVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.wire.ClauseUtilityView;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.MoveList;
import org.veta.protocol.wire.MoveOption;
import org.veta.protocol.wire.Objective;
import org.veta.protocol.wire.Role;
import org.veta.protocol.wire.RoundReport;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.StageView;
import org.veta.protocol.wire.YourSeat;

/**
 * What each seat may see, built from the engine's state: the shared indicators, its own private
 * seat (briefing, objectives, utility, orders), others' seats without their orders, and reports
 * in which everyone's moves are revealed only after resolution.
 */
final class SeatViews {
  private SeatViews() {}

  static Role role(org.veta.protocol.scenario.Role role) {
    return switch (role) {
      case CENTRAL_STATE -> Role.CENTRAL_STATE;
      case REGIONAL_OFFICIAL -> Role.REGIONAL_OFFICIAL;
      case FEDERATION -> Role.FEDERATION;
      default -> Role.ROLE_UNSPECIFIED;
    };
  }

  /** The seat of a view that sees every seat's private values: the facilitator's. */
  static final String EVERYONE = "*";

  static SeatView seat(SeatSlot slot) {
    return SeatView.newBuilder().setId(slot.seat.id()).setName(slot.seat.name())
        .setRole(role(slot.seat.role())).setRegion(slot.seat.region()).setPlayer(slot.player)
        .setBot(slot.bot()).setBotStrategy(slot.bot() ? slot.botStrategy : "")
        .setSubmitted(slot.submitted).setReady(slot.ready).setDropped(slot.dropped()).build();
  }

  /** The shared indicators, and this seat's own seat variables (others' are private). */
  static List<Indicator> indicators(Game game, PolicyState now, PolicyState previous, String seat) {
    List<Indicator> out = new java.util.ArrayList<>();
    for (Target t : PolicyState.targets(game.layout())) {
      String scope;
      if (t instanceof Target.National) {
        scope = "national";
      } else if (t instanceof Target.Regional r) {
        scope = r.region();
      } else if (t instanceof Target.OfSeat s) {
        if (!s.seat().equals(seat) && !EVERYONE.equals(seat)) {
          continue;
        }
        scope = s.seat();
      } else {
        scope = "clause";
      }
      double value = now.get(t);
      out.add(Indicator.newBuilder().setKey(t.key()).setLabel(t.describe(game.layout()))
          .setValue(value).setPrevious(previous.get(t))
          .setShown(t instanceof Target.OfClause c ? plain(value) + " " + c.clause().unitLabel()
              : t.variable().unit().format(value))
          .setScope(scope).build());
    }
    return out;
  }

  static YourSeat you(Game game, PolicyState now, SeatSlot slot) {
    SeatInfo seat = slot.seat;
    YourSeat.Builder you = YourSeat.newBuilder().setSeat(seat.id()).setName(seat.name())
        .setRole(role(seat.role())).setRegion(seat.region())
        // As bytes: the scenario keeps them, and a briefing is not encoded again for every view.
        .setBriefingBytes(seat.definition().getBriefingBytes())
        .setScore(Scorer.score(game, now, seat))
        .setLawUtility(seat.utility().isEmpty() ? 0 : seat.utility().of(now::clause))
        .setReservationValue(seat.utility().reservationValue()).setSubmitted(slot.submitted);
    for (var o : seat.definition().getObjectivesList()) {
      you.addObjectives(Objective.newBuilder().setLabel(o.getLabel()).setMetric(o.getMetric())
          .setWeight(o.getWeight()).setLowerIsBetter(o.getLowerIsBetter()));
    }
    you.addAllClauses(slot.clauseViews(now, () -> clauseViews(game, now, seat)));
    for (Move m : slot.orders) {
      you.addOrders(m.text());
    }
    return you.build();
  }

  /** What each clause of the law is worth to the seat in this state. */
  static List<ClauseUtilityView> clauseViews(Game game, PolicyState now, SeatInfo seat) {
    List<ClauseUtilityView> views = new java.util.ArrayList<>();
    for (ClauseUtility c : seat.definition().getUtility().getClausesList()) {
      if (!game.layout().hasClause(c.getClause())) {
        continue;
      }
      ClauseVariable clause = game.layout().clause(c.getClause());
      double value = now.clause(clause.id());
      double single = new org.veta.engine.score.UtilityFunction(
          org.veta.protocol.scenario.UtilityProfile.newBuilder().addClauses(c.toBuilder().setWeight(1))
              .build()).of(id -> value);
      views.add(ClauseUtilityView.newBuilder().setClause(clause.id()).setName(clause.label())
          .setValue(value).setYourUtility(single).setWeight(seat.utility().weight(clause.id()))
          .build());
    }
    return List.copyOf(views);
  }

  static MoveList moves(Game game, PolicyState now, SeatInfo seat) {
    MoveList.Builder list = MoveList.newBuilder().setMaxMoves(game.maxMovesPerRound());
    for (MoveKind kind : MoveRules.available(game, now, seat)) {
      list.addMoves(MoveOption.newBuilder().setToken(kind.token()).setUsage(kind.usage())
          .setSummary(kind.summary()).setConsequence(kind.consequence()));
    }
    return list.build();
  }

  /**
   * What every reader of a round's report reads alike: the moves, effects, notes and stages, no
   * refusals. Most of a report's cost (each effect's reason and its values shown in their units).
   */
  static RoundReport shared(Game game, RoundResult result, List<StageReached> stages) {
    RoundReport.Builder report = RoundReport.newBuilder().setRound(result.round())
        .setStateDigest(result.after().digest());
    java.util.Map<String, SeatMoves.Builder> moves = new java.util.LinkedHashMap<>();
    for (RoundContext.Ordered<Move> o : result.accepted()) {
      moves.computeIfAbsent(o.seat().id(), id -> SeatMoves.newBuilder().setSeat(id))
          .addMoves(o.move().text());
    }
    moves.values().forEach(report::addMoves);
    for (Effect e : result.effects()) {
      var unit = e.target().variable().unit();
      report.addEffects(EffectView.newBuilder().setMechanism(e.mechanism().label())
          .setSeat(e.cause().seat()).setMove(e.cause().isNone() ? "" : e.cause().move())
          .setTarget(e.target().key()).setLabel(e.target().describe(game.layout()))
          .setBefore(e.before()).setAfter(e.after())
          .setShownBefore(unit.format(e.before())).setShownAfter(unit.format(e.after()))
          .setReason(e.reason().text()));
    }
    for (Note n : result.notes()) {
      report.addNotes(n.text());
    }
    for (StageReached s : stages) {
      if (s.round() == result.round()) {
        report.addStages(stage(s));
      }
    }
    return report.build();
  }

  /** The refusals a seat reads in a round's report: its own; everyone's, named, for EVERYONE. */
  static List<String> refusals(RoundResult result, String seat) {
    List<String> refusals = new java.util.ArrayList<>();
    for (Refusal r : result.refusals()) {
      if (r.seat().equals(seat)) {
        refusals.add(r.move() + ": " + r.message());
      } else if (EVERYONE.equals(seat)) {
        refusals.add(r.seat() + ": " + r.move() + ": " + r.message());
      }
    }
    return refusals;
  }

  static StageView stage(StageReached s) {
    return StageView.newBuilder().setStage(s.stage().name()).setRound(s.round())
        .setRegion(s.region()).setSeat(s.seat()).build();
  }

  static double ownVar(PolicyState state, String seat, SeatVar var) {
    return state.get(seat, var);
  }

  static String period(Game game, int round) {
    var s = game.scenario();
    double months = s.getMonthsPerRound() <= 0 ? 6 : s.getMonthsPerRound();
    double startMonths = (round - 1) * months;
    int fromYear = s.getStartYear() + (int) (startMonths / 12);
    int fromMonth = (int) (startMonths % 12) + 1;
    double endMonths = startMonths + months - 1;
    int toYear = s.getStartYear() + (int) (endMonths / 12);
    int toMonth = (int) (endMonths % 12) + 1;
    // By hand: String.format here was 4 % of the server's CPU (every table view has a period).
    StringBuilder out = new StringBuilder(18);
    yearMonth(out, fromYear, fromMonth).append(" to ");
    return yearMonth(out, toYear, toMonth).toString();
  }

  private static StringBuilder yearMonth(StringBuilder out, int year, int month) {
    return out.append(year).append(month < 10 ? "-0" : "-").append(month);
  }

  private static String plain(double v) {
    return org.veta.engine.move.MoveSyntax.plain(Math.round(v * 100) / 100.0);
  }

  /** What terms are worth to a seat: its utility for the draft with their clause values in it. */
  static double utilityWith(SeatInfo seat, List<org.veta.negotiation.Term> terms, PolicyState state) {
    if (seat.utility().isEmpty()) {
      return 0;
    }
    // Loops, not a stream per clause: every proposal's view for every party goes through here
    // (a third of the cost of telling the parties of a proposal, JFR).
    return seat.utility().of(id -> {
      for (org.veta.negotiation.Term t : terms) {
        if (t instanceof org.veta.negotiation.Term.ClauseTerm c && c.clause().equals(id)) {
          return c.value();
        }
      }
      return state.clause(id);
    });
  }

  /** The scorecard: scores, each seat's utility for the final law and at the Nash point, fairness. */
  static Scorecard scorecard(Game game, PolicyState state, java.util.Collection<SeatSlot> seats) {
    var fairness = org.veta.engine.score.Fairness.of(game, state);
    Scorecard.Builder card = Scorecard.newBuilder().setStateDigest(state.digest())
        .setParetoDistance(fairness.paretoDistance()).setNashDistance(fairness.nashDistance());
    fairness.nashLaw().ifPresent(law -> law.forEach((clause, value) -> card.addNashLaw(
        org.veta.protocol.wire.LawClause.newBuilder().setClause(clause)
            .setName(game.layout().clause(clause).label()).setValue(value))));
    var scores = Scorer.scores(game, state);
    for (SeatSlot slot : seats) {
      card.addLines(org.veta.protocol.wire.ScoreLine.newBuilder().setSeat(slot.seat.id())
          .setName(slot.seat.name()).setPlayer(slot.player).setScore(scores.get(slot.seat.id()))
          .setLawUtility(fairness.utilities().getOrDefault(slot.seat.id(), 0.0))
          .setNashUtility(fairness.nashUtilities().getOrDefault(slot.seat.id(), 0.0)));
    }
    return card.build();
  }

  /** A seat's own view with the trust that stands between it and every other seat. */
  static YourSeat withTrust(YourSeat you, SeatSlot slot, java.util.Collection<SeatSlot> seats,
      org.veta.negotiation.Trust trust) {
    YourSeat.Builder out = you.toBuilder();
    for (SeatSlot other : seats) {
      if (other != slot) {
        out.addTrust(org.veta.protocol.wire.TrustLine.newBuilder().setSeat(other.seat.id())
            .setYouTrustThem(trust.of(slot.seat.id(), other.seat.id()))
            .setTheyTrustYou(trust.of(other.seat.id(), slot.seat.id())));
      }
    }
    return out.build();
  }
}
