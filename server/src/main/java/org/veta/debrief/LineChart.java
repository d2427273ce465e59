package org.veta.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * An inline SVG line chart of a few series over rounds, drawn for a projector: thick lines, large
 * labels, a legend with each series' last value, and the rounds where something happened marked.
 * Each series has its own colour and dash pattern and marker shape, so it reads in black and white
 * too. Points carry their round and value as data attributes and a tooltip.
 */
public final class LineChart {
  /** One line: a name and a value per round (index = round; NaN = no value). */
  public record Series(String key, String name, double[] values) {}

  /** A round to mark with a vertical line and a short label. */
  public record Marker(int round, String label) {}

  static final String[] COLOURS = {"#1f5fa8", "#c8322d", "#2b8a3e", "#7b3fa0", "#d9730d",
      "#6b4f2a", "#0f8a8a", "#b5178a"};
  private static final String[] DASHES = {"", "10 5", "3 4", "12 4 3 4", "6 3", "2 2", "14 3",
      "4 2 1 2"};
  private static final int WIDTH = 960;
  private static final int HEIGHT = 400;
  private static final int LEFT = 64;
  private static final int RIGHT = 690;
  private static final int TOP = 44;
  private static final int BOTTOM = 338;

  private final String id;
  private final String title;
  private final double max;
  private final DoubleFunction<String> format;
  private final List<Series> series = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private int firstRound;
  private int lastRound;
  private DoubleFunction<String> roundLabel = r -> Integer.toString((int) r);

  private LineChart(String id, String title, double max, DoubleFunction<String> format) {
    this.id = id;
    this.title = title;
    this.max = max;
    this.format = format;
  }

  /** A chart of shares (0 to 100 %). */
  public static LineChart shares(String id, String title) {
    return new LineChart(id, title, 1, Numbers::percent);
  }

  /** A chart of scores (0 to 100). */
  public static LineChart scores(String id, String title) {
    return new LineChart(id, title, 100, Numbers::score);
  }

  public LineChart add(Series s) {
    series.add(s);
    lastRound = Math.max(lastRound, s.values().length - 1);
    return this;
  }

  public LineChart mark(Marker m) {
    markers.add(m);
    return this;
  }

  /** The first round on the x axis (0: the state before round 1). */
  public LineChart from(int round) {
    this.firstRound = round;
    return this;
  }

  /** At least this many rounds on the x axis, so an unfinished game shows what is missing. */
  public LineChart through(int round) {
    lastRound = Math.max(lastRound, round);
    return this;
  }

  public LineChart roundLabels(DoubleFunction<String> labels) {
    this.roundLabel = labels;
    return this;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public List<Series> series() {
    return List.copyOf(series);
  }

  /** The top of the y axis: 1 for shares, 100 for scores. */
  public double max() {
    return max;
  }

  public int firstRound() {
    return firstRound;
  }

  /** A value as the chart labels it: "52%", "61". */
  public String format(double value) {
    return format.apply(value);
  }

  public boolean isEmpty() {
    return series.isEmpty();
  }

  private double x(int round) {
    int span = Math.max(1, lastRound - firstRound);
    return LEFT + (RIGHT - LEFT) * (round - firstRound) / (double) span;
  }

  private double y(double value) {
    double top = Math.max(max, 1e-9);
    double clamped = Math.max(0, Math.min(top, value));
    return BOTTOM - (BOTTOM - TOP) * clamped / top;
  }

  public String svg() {
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"").append(Html.attr(id)).append("\" class=\"chart\" role=\"img\" ")
        .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" aria-labelledby=\"").append(Html.attr(id))
        .append("-title\">\n<title id=\"").append(Html.attr(id)).append("-title\">")
        .append(Html.text(title)).append("</title>\n");
    axes(s);
    double previousX = Double.NEGATIVE_INFINITY;
    int row = 0;
    for (Marker m : markers.stream().sorted(java.util.Comparator.comparingInt(Marker::round))
        .toList()) {
      if (m.round() < firstRound || m.round() > lastRound) {
        continue;
      }
      double x = x(m.round());
      // Labels of close markers go on alternate rows so they do not overlap.
      row = x - previousX < 70 ? 1 - row : 0;
      previousX = x;
      s.append(String.format(Locale.ROOT, "<g class=\"marker\" data-round=\"%d\"><line x1=\"%.1f\" "
          + "y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" stroke-width=\"1.5\" "
          + "stroke-dasharray=\"4 4\"/><text x=\"%.1f\" y=\"%d\" font-size=\"13\" fill=\"#555\" "
          + "text-anchor=\"middle\">%s</text></g>\n", m.round(), x, TOP, x, BOTTOM, x,
          TOP - 8 - 17 * row,
          Html.text(m.label())));
    }
    for (int i = 0; i < series.size(); i++) {
      line(s, series.get(i), i);
    }
    legend(s);
    s.append("</svg>\n");
    return s.toString();
  }

  private void axes(StringBuilder s) {
    s.append("<g class=\"axes\" font-size=\"15\" fill=\"#333\">\n");
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      double y = y(v);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
          + "stroke=\"%s\" stroke-width=\"1\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s"
          + "</text>\n", LEFT, y, RIGHT, y, i == 0 ? "#333" : "#ddd", LEFT - 8, y + 5,
          Html.text(format.apply(v))));
    }
    int span = lastRound - firstRound;
    int step = span > 16 ? (span + 15) / 16 : 1;
    for (int r = firstRound; r <= lastRound; r += step) {
      double x = x(r);
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
          + "stroke=\"#333\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
          x, BOTTOM, x, BOTTOM + 6, x, BOTTOM + 24, Html.text(roundLabel.apply(r))));
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
        + "stroke=\"#333\"/>", LEFT, TOP, LEFT, BOTTOM));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">round"
        + "</text>\n</g>\n", (LEFT + RIGHT) / 2, BOTTOM + 52));
  }

  private void line(StringBuilder s, Series series, int index) {
    String colour = COLOURS[index % COLOURS.length];
    String dash = DASHES[index % DASHES.length];
    s.append("<g class=\"series\" data-key=\"").append(Html.attr(series.key())).append("\">\n");
    StringBuilder points = new StringBuilder();
    for (int r = firstRound; r < series.values().length; r++) {
      double v = series.values()[r];
      if (!Double.isNaN(v)) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(r), y(v)));
      }
    }
    s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"3.5\" ")
        .append(dash.isEmpty() ? "" : "stroke-dasharray=\"" + dash + "\" ")
        .append("stroke-linejoin=\"round\" points=\"").append(points.toString().strip())
        .append("\"/>\n");
    for (int r = firstRound; r < series.values().length; r++) {
      double v = series.values()[r];
      if (Double.isNaN(v)) {
        continue;
      }
      String tip = series.name() + ", round " + r + ": " + format.apply(v);
      s.append(String.format(Locale.ROOT, "<%s class=\"point\" data-round=\"%d\" data-value=\"%s\" "
          + "%s fill=\"%s\"><title>%s</title></%s>\n", shape(index), r, value(v),
          shapeAt(index, x(r), y(v)), colour, Html.text(tip), shape(index)));
    }
    s.append("</g>\n");
  }

  private static String shape(int index) {
    return index % 2 == 0 ? "circle" : "rect";
  }

  private static String shapeAt(int index, double x, double y) {
    return index % 2 == 0 ? String.format(Locale.ROOT, "cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\"", x, y)
        : String.format(Locale.ROOT, "x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\"", x - 4, y - 4);
  }

  private static String value(double v) {
    return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private void legend(StringBuilder s) {
    int x = RIGHT + 24;
    s.append("<g class=\"legend\" font-size=\"16\" fill=\"#222\">\n");
    for (int i = 0; i < series.size(); i++) {
      Series one = series.get(i);
      int y = TOP + 14 + i * 40;
      String dash = DASHES[i % DASHES.length];
      double last = Double.NaN;
      for (double v : one.values()) {
        if (!Double.isNaN(v)) {
          last = v;
        }
      }
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
          + "stroke=\"%s\" stroke-width=\"3.5\"%s/>", x, y, x + 34, y, COLOURS[i % COLOURS.length],
          dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 42, y + 5,
          Html.text(shorten(one.name(), 22))));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#555\">"
          + "last: %s</text>\n", x + 42, y + 23, Html.text(format.apply(last))));
    }
    s.append("</g>\n");
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
