package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The study's sequence as a ladder, as inline SVG: one row per stage (in the study's order), one
 * column per round, the study's path as hollow grey squares on a dashed line and each table's
 * path as filled points on a coloured line. Where a table's line runs left of the study's, it got
 * there sooner than history did.
 */
final class StageChart {
  /** A path: the round each stage was first reached. */
  record Path(String name, Map<String, Integer> rounds, boolean study) {}

  private static final int WIDTH = 960;
  private static final int LEFT = 210;
  private static final int RIGHT = 930;
  private static final int TOP = 30;
  private static final int ROW = 30;

  private final String id;
  private final String title;
  private final int rounds;
  private final List<String> stages = Stages.inOrder();
  private final List<Path> paths = new ArrayList<>();

  StageChart(String id, String title, int rounds) {
    this.id = id;
    this.title = title;
    this.rounds = Math.max(1, rounds);
  }

  StageChart add(Path path) {
    paths.add(path);
    return this;
  }

  List<Path> paths() {
    return paths;
  }

  String title() {
    return title;
  }

  static Map<String, Integer> study(PlayedTable t) {
    Map<String, Integer> rounds = new LinkedHashMap<>();
    t.scenario().getHistoricalStagesList().forEach(h -> rounds.putIfAbsent(h.getStage(), h.getRound()));
    return rounds;
  }

  static Map<String, Integer> played(PlayedTable t) {
    Map<String, Integer> rounds = new LinkedHashMap<>();
    t.stagesReached().forEach(s -> rounds.putIfAbsent(s.getStage(), s.getRound()));
    return rounds;
  }

  private double x(int round) {
    return LEFT + (RIGHT - LEFT) * (round - 0.5) / rounds;
  }

  private double y(int row) {
    return TOP + ROW * (row + 0.5);
  }

  String svg() {
    int height = TOP + ROW * stages.size() + 70;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart stage-chart\" role=\"img\" "
        + "viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title\">\n<title id=\"%s-title\">%s</title>\n",
        Html.attr(id), WIDTH, height, Html.attr(id), Html.attr(id), Html.text(title)));
    s.append("<g class=\"axes\" font-size=\"15\" fill=\"#333\">\n");
    for (int i = 0; i < stages.size(); i++) {
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
          + "stroke=\"#e3e6ea\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
          LEFT, y(i), RIGHT, y(i), LEFT - 10, y(i) + 5, Html.text(Stages.title(stages.get(i)))));
    }
    int bottom = TOP + ROW * stages.size();
    for (int r = 1; r <= rounds; r++) {
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d"
          + "</text>\n", x(r), bottom + 20, r));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">round"
        + "</text>\n</g>\n", (LEFT + RIGHT) / 2, bottom + 42));
    int colour = 0;
    for (int p = 0; p < paths.size(); p++) {
      Path path = paths.get(p);
      String stroke = path.study() ? "#777" : LineChart.COLOURS[colour++ % LineChart.COLOURS.length];
      // Several tables reaching a stage in the same round sit side by side, not on each other.
      double shift = path.study() ? 0 : (p - (paths.size() - 1) / 2.0) * 4;
      StringBuilder points = new StringBuilder();
      StringBuilder marks = new StringBuilder();
      for (int i = 0; i < stages.size(); i++) {
        Integer round = path.rounds().get(stages.get(i));
        if (round == null || round < 1) {
          continue;
        }
        double x = x(Math.min(round, rounds)) + shift;
        double y = y(i);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        String tip = path.name() + ": " + Stages.title(stages.get(i)) + ", round " + round;
        marks.append(path.study()
            ? String.format(Locale.ROOT, "<rect class=\"point\" data-stage=\"%s\" data-round=\"%d\" "
                + "x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" fill=\"#fff\" stroke=\"%s\" "
                + "stroke-width=\"2.5\"><title>%s</title></rect>\n", stages.get(i), round, x - 7,
                y - 7, stroke, Html.text(tip))
            : String.format(Locale.ROOT, "<circle class=\"point\" data-stage=\"%s\" data-round=\"%d\" "
                + "cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"><title>%s</title></circle>\n",
                stages.get(i), round, x, y, stroke, Html.text(tip)));
      }
      s.append("<g class=\"series").append(path.study() ? " study" : "").append("\" data-name=\"")
          .append(Html.attr(path.name())).append("\">\n");
      if (points.length() > 0) {
        s.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
            .append(path.study() ? "2.5\" stroke-dasharray=\"7 5" : "3").append("\" points=\"")
            .append(points.toString().strip()).append("\"/>\n");
      }
      s.append(marks).append("</g>\n");
    }
    legend(s, bottom + 62);
    return s.append("</svg>\n").toString();
  }

  private void legend(StringBuilder s, int y) {
    int x = LEFT;
    int colour = 0;
    s.append("<g class=\"legend\" font-size=\"15\" fill=\"#222\">");
    for (Path path : paths) {
      String stroke = path.study() ? "#777" : LineChart.COLOURS[colour++ % LineChart.COLOURS.length];
      s.append(path.study()
          ? String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" "
              + "fill=\"#fff\" stroke=\"%s\" stroke-width=\"2.5\"/>", x, y - 11, stroke)
          : String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"%s\"/>", x + 6,
              y - 5, stroke));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 18, y,
          Html.text(path.name())));
      x += 30 + 9 * path.name().length();
    }
    s.append("</g>\n");
  }
}
