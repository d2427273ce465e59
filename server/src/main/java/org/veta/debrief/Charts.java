package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veta.protocol.scenario.Region;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;

/**
 * Which indicators the debrief draws: per region, the study's regional sequence (mobilization,
 * forbearance, pressure group, endorsement) with conflict and social licence; nationally, the
 * centre's legitimacy and coherence against the miners' momentum, lobbying, the pressure to
 * negotiate and formalization; and every seat's score.
 */
final class Charts {
  static final Map<String, String> REGIONAL = new LinkedHashMap<>();
  static final Map<String, String> NATIONAL = new LinkedHashMap<>();

  static {
    REGIONAL.put("mobilization", "Mobilization");
    REGIONAL.put("forbearance", "Forbearance");
    REGIONAL.put("pressure_group", "Pressure group");
    REGIONAL.put("endorsement", "Endorsement");
    REGIONAL.put("conflict", "Conflict");
    REGIONAL.put("social_licence", "Social licence");
    NATIONAL.put("central_legitimacy", "Central legitimacy");
    NATIONAL.put("state_coherence", "State coherence");
    NATIONAL.put("miners_momentum", "Miners' momentum");
    NATIONAL.put("lobby_tilt", "Lobby tilt");
    NATIONAL.put("negotiation_pressure", "Negotiation pressure");
    NATIONAL.put("formalization_rate", "Formalized");
  }

  private Charts() {}

  static double[] series(PlayedTable table, String key) {
    double[] values = new double[table.roundsPlayed() + 1];
    for (int r = 0; r < values.length; r++) {
      values[r] = table.value(r, key);
    }
    return values;
  }

  static LineChart national(PlayedTable table, String suffix) {
    LineChart chart = frame(LineChart.shares("chart-national" + suffix,
        "National indicators over rounds"), table);
    NATIONAL.forEach((name, shortName) -> {
      String key = "national." + name;
      if (table.has(key)) {
        chart.add(new LineChart.Series(key, shortName, series(table, key)));
      }
    });
    return chart;
  }

  static LineChart region(PlayedTable table, Region region, String suffix) {
    LineChart chart = frame(LineChart.shares("chart-region-" + Html.id(region.getId()) + suffix,
        region.getName() + ": regional indicators over rounds"), table);
    REGIONAL.forEach((name, shortName) -> {
      String key = "region." + region.getId() + "." + name;
      if (table.has(key)) {
        chart.add(new LineChart.Series(key, shortName, series(table, key)));
      }
    });
    return chart;
  }

  static LineChart scores(PlayedTable table, String suffix) {
    LineChart chart = frame(LineChart.scores("chart-scores" + suffix,
        "Each seat's score over rounds (0 to 100)"), table).from(1);
    for (Seat seat : table.scenario().getSeatsList()) {
      double[] values = new double[table.roundsPlayed() + 1];
      values[0] = Double.NaN;
      boolean any = false;
      for (int r = 1; r < values.length; r++) {
        var line = table.scores(r).get(seat.getId());
        values[r] = line == null ? Double.NaN : line.getScore();
        any |= line != null;
      }
      if (any) {
        chart.add(new LineChart.Series("score." + seat.getId(), seat.getId(), values));
      }
    }
    return chart;
  }

  /** The x axis through the scenario's last round, with elections and injected events marked. */
  static LineChart frame(LineChart chart, PlayedTable table) {
    chart.through(table.roundsTotal());
    for (int round : table.scenario().getElectionRoundsList()) {
      chart.mark(new LineChart.Marker(round, "election"));
    }
    for (var r : table.rounds()) {
      for (ScheduledEvent e : r.getInjectedList()) {
        chart.mark(new LineChart.Marker(r.getRound(), e.getElection() ? "election" : "injected"));
      }
    }
    return chart;
  }

  /** One line per table for one indicator, for a cohort. */
  static LineChart cohort(List<PlayedTable> tables, String key, String title) {
    LineChart chart = LineChart.shares("chart-cohort-" + Html.id(key), title);
    int total = 0;
    for (int i = 0; i < tables.size(); i++) {
      PlayedTable t = tables.get(i);
      total = Math.max(total, t.roundsTotal());
      chart.add(new LineChart.Series(t.tableId(), "Table " + (i + 1) + " (seed "
          + t.header().getSeed() + ")", series(t, key)));
    }
    return chart.through(total);
  }

  /** The indicators a cohort compares: the scenario's key indicators, or national ones. */
  static List<String> keyIndicators(PlayedTable table) {
    List<String> keys = new ArrayList<>();
    for (String key : table.scenario().getKeyIndicatorsList()) {
      if (table.has(key)) {
        keys.add(key);
      }
    }
    if (keys.isEmpty()) {
      for (String name : List.of("miners_momentum", "central_legitimacy", "formalization_rate")) {
        if (table.has("national." + name)) {
          keys.add("national." + name);
        }
      }
    }
    return keys;
  }
}
