package org.veta.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veta.engine.Effect;
import org.veta.engine.Game;
import org.veta.engine.Note;
import org.veta.engine.RoundContext;
import org.veta.engine.RoundResult;
import org.veta.engine.move.Move;
import org.veta.engine.move.Refusal;
import org.veta.engine.stage.StageReached;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.Variable;

/** The output of `veta simulate`: one JSON object, or a report a facilitator can read. */
public final class SimulationReport {
  private SimulationReport() {}

  public static Map<String, Object> json(SimulationRun run, Map<String, String> bots) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scenario", run.scenario());
    out.put("seed", run.seed());
    out.put("rounds", run.rounds());
    out.put("bots", bots);
    out.put("stages", stages(run.stages()));
    out.put("final_state", run.finalState().values());
    out.put("scores", run.scores());
    out.put("effects_count", run.effectsCount());
    return out;
  }

  /** The final law's fairness, for the readable report. */
  public static String lawText(Game game, org.veta.engine.score.Fairness.Report fairness) {
    StringBuilder out = new StringBuilder("\n== The final law ==\n");
    out.append(String.format(Locale.ROOT, "  distance from the Pareto front %.3f; from the Nash"
        + " bargaining point %s%n", fairness.paretoDistance(), Double.isNaN(fairness.nashDistance())
        ? "- (no law gives every seat more than its reservation value)"
        : String.format(Locale.ROOT, "%.3f", fairness.nashDistance())));
    fairness.utilities().forEach((seat, u) -> out.append(String.format(Locale.ROOT,
        "  %-50s utility %.2f (at the Nash point %.2f)%n", game.layout().seatName(seat), u,
        fairness.nashUtilities().getOrDefault(seat, Double.NaN))));
    return out.toString();
  }

  /** The final law's fairness, added to a single run's JSON as "law". */
  public static Map<String, Object> law(org.veta.engine.score.Fairness.Report fairness) {
    Map<String, Object> law = new LinkedHashMap<>();
    law.put("utilities", fairness.utilities());
    law.put("pareto_distance", fairness.paretoDistance());
    law.put("nash_distance", Double.isNaN(fairness.nashDistance()) ? null : fairness.nashDistance());
    law.put("nash_utilities", fairness.nashUtilities());
    law.put("nash_law", fairness.nashLaw().orElse(null));
    return law;
  }

  static List<Object> stages(List<StageReached> stages) {
    List<Object> out = new ArrayList<>();
    for (StageReached s : stages) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stage", s.stage().name());
      m.put("round", s.round());
      if (!s.region().isEmpty()) {
        m.put("region", s.region());
      }
      if (!s.seat().isEmpty()) {
        m.put("seat", s.seat());
      }
      out.add(m);
    }
    return out;
  }

  public static String text(Game game, SimulationRun run, Map<String, String> bots) {
    StringBuilder out = new StringBuilder();
    var scenario = game.scenario();
    out.append(scenario.getTitle()).append('\n');
    out.append(String.format(Locale.ROOT, "seed %d, %d rounds of %s months from %d%n", run.seed(),
        run.rounds(), MoveText.plain(scenario.getMonthsPerRound()), scenario.getStartYear()));
    out.append("bots: ").append(bots).append("\n\n");
    for (RoundResult r : run.results()) {
      out.append(String.format(Locale.ROOT, "== Round %d (%s) ==%n", r.round(),
          period(game, r.round())));
      Map<String, List<String>> moves = new LinkedHashMap<>();
      for (RoundContext.Ordered<Move> o : r.accepted()) {
        moves.computeIfAbsent(o.seat().id(), s -> new ArrayList<>()).add(o.move().text());
      }
      moves.forEach((seat, list) -> out.append("  ").append(game.layout().seatName(seat))
          .append(": ").append(String.join("; ", list)).append('\n'));
      for (Refusal refusal : r.refusals()) {
        out.append("  refused ").append(refusal.seat()).append(" '").append(refusal.move())
            .append("': ").append(refusal.message()).append('\n');
      }
      for (Note note : r.notes()) {
        out.append("  note: ").append(note.text()).append('\n');
      }
      run.stages().stream().filter(s -> s.round() == r.round()).forEach(s -> out.append("  STAGE ")
          .append(s.stage()).append(s.region().isEmpty() ? "" : " in " + s.region())
          .append(s.seat().isEmpty() ? "" : " (by " + s.seat() + ")").append('\n'));
      out.append("  largest changes:\n");
      r.effects().stream().filter(e -> e.target().variable().unit() == Variable.Unit.SHARE)
          .sorted(Comparator.comparingDouble((Effect e) -> -Math.abs(e.size())))
          .limit(6).forEach(e -> out.append("    ").append(e.describe(game.layout())).append('\n'));
      out.append('\n');
    }
    out.append("== Final state ==\n");
    var s = run.finalState();
    for (NationalVar v : new NationalVar[] {NationalVar.REGULATION_STRINGENCY,
        NationalVar.FORMALIZATION_RATE, NationalVar.STATE_COHERENCE, NationalVar.CENTRAL_LEGITIMACY,
        NationalVar.NEGOTIATION_PRESSURE, NationalVar.POLICY_CONCESSION, NationalVar.LAW_STAGE,
        NationalVar.DEATHS}) {
      out.append(String.format(Locale.ROOT, "  %-32s %s%n", v.label(), v.unit().format(s.get(v))));
    }
    for (String region : game.layout().regions()) {
      out.append("  ").append(game.layout().regionName(region)).append(":");
      for (RegionVar v : new RegionVar[] {RegionVar.DEPENDENCE, RegionVar.MOBILIZATION,
          RegionVar.FORBEARANCE, RegionVar.PRESSURE_GROUP, RegionVar.ENDORSEMENT,
          RegionVar.MINER_IN_OFFICE}) {
        out.append(' ').append(v.label()).append(' ').append(v.unit().format(s.get(region, v)))
            .append(';');
      }
      out.append('\n');
    }
    out.append("\n== Stages reached ==\n");
    for (StageReached st : run.stages()) {
      out.append(String.format(Locale.ROOT, "  round %2d  %-20s %s%n", st.round(), st.stage(),
          st.region()));
    }
    out.append("\n== Scores ==\n");
    run.scores().forEach((seat, score) -> out.append(String.format(Locale.ROOT, "  %-50s %5.1f%n",
        game.layout().seatName(seat), score)));
    out.append(String.format(Locale.ROOT, "%n%d effects, each with its reason.%n", run.effectsCount()));
    return out.toString();
  }

  public static Map<String, Object> json(MonteCarlo.Summary summary, Map<String, String> bots) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scenario", summary.scenario());
    out.put("seed", summary.firstSeed());
    out.put("runs", summary.runs());
    out.put("rounds", summary.rounds());
    out.put("bots", bots);
    List<Object> stages = new ArrayList<>();
    for (MonteCarlo.StageShare share : summary.stages()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stage", share.stage().name());
      m.put("share", share.share());
      m.put("median_round", Double.isNaN(share.medianRound()) ? null : share.medianRound());
      stages.add(m);
    }
    out.put("stages", stages);
    out.put("final_state", percentiles(summary.finalStatePercentiles()));
    out.put("scores", percentiles(summary.scorePercentiles()));
    return out;
  }

  private static Map<String, Object> percentiles(Map<String, double[]> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((key, ps) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < ps.length; i++) {
        m.put("p" + MoveText.plain(MonteCarlo.PERCENTILES[i]), ps[i]);
      }
      out.put(key, m);
    });
    return out;
  }

  public static String text(Game game, MonteCarlo.Summary summary, Map<String, String> bots) {
    StringBuilder out = new StringBuilder();
    out.append(game.scenario().getTitle()).append('\n');
    out.append(String.format(Locale.ROOT, "%d runs (seeds %d to %d), %d rounds each%n",
        summary.runs(), summary.firstSeed(), summary.firstSeed() + summary.runs() - 1, summary.rounds()));
    out.append("bots: ").append(bots).append("\n\n");
    out.append(String.format(Locale.ROOT, "%-20s %8s %14s%n", "stage", "reached", "median round"));
    for (MonteCarlo.StageShare share : summary.stages()) {
      out.append(String.format(Locale.ROOT, "%-20s %7.0f%% %14s%n", share.stage(), 100 * share.share(),
          Double.isNaN(share.medianRound()) ? "-" : MoveText.plain(share.medianRound())));
    }
    out.append("\nfinal state (p5 / p25 / median / p75 / p95):\n");
    for (NationalVar v : new NationalVar[] {NationalVar.CENTRAL_LEGITIMACY, NationalVar.STATE_COHERENCE,
        NationalVar.FORMALIZATION_RATE, NationalVar.NEGOTIATION_PRESSURE, NationalVar.POLICY_CONCESSION}) {
      double[] ps = summary.finalStatePercentiles().get(v.key());
      out.append(String.format(Locale.ROOT, "  %-32s %s%n", v.label(), format(v, ps)));
    }
    out.append("\nscores (p5 / p25 / median / p75 / p95):\n");
    summary.scorePercentiles().forEach((seat, ps) -> out.append(String.format(Locale.ROOT,
        "  %-50s %5.1f / %5.1f / %5.1f / %5.1f / %5.1f%n", game.layout().seatName(seat), ps[0], ps[1],
        ps[2], ps[3], ps[4])));
    return out.toString();
  }

  private static String format(Variable v, double[] ps) {
    List<String> parts = new ArrayList<>();
    for (double p : ps) {
      parts.add(v.unit().format(p));
    }
    return String.join(" / ", parts);
  }

  private static String period(Game game, int round) {
    var s = game.scenario();
    double months = s.getMonthsPerRound() <= 0 ? 6 : s.getMonthsPerRound();
    double start = s.getStartYear() + (round - 1) * months / 12.0;
    int year = (int) Math.floor(start);
    int month = (int) Math.round((start - year) * 12) + 1;
    return String.format(Locale.ROOT, "%d-%02d", year, month);
  }

  /** Small number formatting shared by the reports. */
  static final class MoveText {
    private MoveText() {}

    static String plain(double value) {
      return org.veta.engine.move.MoveSyntax.plain(value);
    }
  }
}
