package org.veta.debrief;

import java.util.List;

/**
 * Writes a debrief document as one self-contained HTML page: inline CSS, inline SVG charts, no
 * fonts, scripts or images from anywhere. Folded parts open with a click and unfold for printing
 * (the one line of script); without script everything but the folded talk is shown.
 */
final class HtmlPage {
  private HtmlPage() {}

  static String render(String title, List<Doc.Block> blocks, String footer) {
    StringBuilder out = new StringBuilder(256 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"veta debrief\">\n")
        // The page loads nothing: not even a browser that follows a link in a talk message may.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<title>").append(Html.text(title)).append("</title>\n<style>\n")
        .append(Style.CSS).append("</style>\n</head>\n<body>\n<main>\n<h1 id=\"title\">")
        .append(Html.text(title)).append("</h1>\n");
    nav(out, blocks);
    for (Doc.Block b : blocks) {
      block(out, b);
    }
    out.append("<footer>").append(Html.text(footer)).append("</footer>\n</main>\n")
        .append("<script>window.addEventListener('beforeprint',function(){document")
        .append(".querySelectorAll('details').forEach(function(d){d.open=true;});});</script>\n")
        .append("</body>\n</html>\n");
    return out.toString();
  }

  /** Links to the sections of the page (the cohort and the first table's). */
  private static void nav(StringBuilder out, List<Doc.Block> blocks) {
    out.append("<nav class=\"contents\">");
    boolean first = true;
    for (Doc.Block b : blocks) {
      if (b instanceof Doc.Group g) {
        if (g.tag().equals("section")) {
          first = link(out, g, first);
        } else if (g.id().equals("table-1")) {
          for (Doc.Block inner : g.blocks()) {
            if (inner instanceof Doc.Group s && s.tag().equals("section")) {
              first = link(out, s, first);
            }
          }
        }
      }
    }
    out.append("</nav>\n");
  }

  private static boolean link(StringBuilder out, Doc.Group g, boolean first) {
    String name = g.blocks().stream().filter(b -> b instanceof Doc.Heading).map(b ->
        ((Doc.Heading) b).text()).findFirst().orElse(g.id());
    if (g.id().equals("header")) {
      name = "The table";
    }
    out.append(first ? "" : " \u00b7 ").append("<a href=\"#").append(Html.attr(g.id()))
        .append("\">").append(Html.text(name)).append("</a>");
    return false;
  }

  private static void block(StringBuilder out, Doc.Block block) {
    if (block instanceof Doc.Heading h) {
      out.append("<h").append(h.level()).append(h.id().isEmpty() ? "" : " id=\""
          + Html.attr(h.id()) + "\"").append('>').append(Html.text(h.text())).append("</h")
          .append(h.level()).append(">\n");
    } else if (block instanceof Doc.Para p) {
      out.append("<p").append(css(p.css())).append('>').append(Html.text(p.text()))
          .append("</p>\n");
    } else if (block instanceof Doc.Note n) {
      out.append("<p class=\"note ").append(Html.attr(n.kind())).append("\" role=\"note\">")
          .append(Html.text(n.text())).append("</p>\n");
    } else if (block instanceof Doc.Bullets b) {
      out.append("<ul>\n");
      b.items().forEach(i -> out.append("<li>").append(Html.text(i)).append("</li>\n"));
      out.append("</ul>\n");
    } else if (block instanceof Doc.Grid g) {
      grid(out, g);
    } else if (block instanceof Doc.Figure f) {
      out.append("<figure>\n").append(f.chart().svg()).append("<figcaption>")
          .append(Html.text(f.caption())).append("</figcaption>\n</figure>\n");
    } else if (block instanceof Doc.Ladder l) {
      out.append("<figure>\n").append(l.chart().svg()).append("<figcaption>")
          .append(Html.text(l.caption())).append("</figcaption>\n</figure>\n");
    } else if (block instanceof Doc.Group g) {
      out.append('<').append(g.tag()).append(g.id().isEmpty() ? "" : " id=\"" + Html.attr(g.id())
          + "\"").append(css(g.css())).append(">\n");
      g.blocks().forEach(b -> block(out, b));
      out.append("</").append(g.tag()).append(">\n");
    } else if (block instanceof Doc.Fold f) {
      out.append("<details id=\"").append(Html.attr(f.id())).append("\">\n<summary>")
          .append(Html.text(f.summary())).append("</summary>\n");
      f.blocks().forEach(b -> block(out, b));
      out.append("</details>\n");
    }
  }

  private static void grid(StringBuilder out, Doc.Grid g) {
    out.append("<table").append(g.id().isEmpty() ? "" : " id=\"" + Html.attr(g.id()) + "\"")
        .append(css(g.css())).append(">\n");
    if (!g.header().isEmpty()) {
      out.append("<thead><tr>");
      g.header().forEach(h -> out.append("<th scope=\"col\">").append(Html.text(h)).append("</th>"));
      out.append("</tr></thead>\n");
    }
    out.append("<tbody>\n");
    for (List<Doc.Cell> row : g.rows()) {
      out.append("<tr>");
      for (Doc.Cell c : row) {
        out.append("<td").append(css(c.css())).append('>');
        if (c.moments().isEmpty()) {
          out.append(Html.text(c.text()));
        } else {
          out.append("<ul class=\"moments\">");
          for (Moment m : c.moments()) {
            if (m.kind().isEmpty()) {
              out.append("<li>").append(Html.text(m.text())).append("</li>");
              continue;
            }
            out.append("<li class=\"moment moment-").append(Html.attr(m.kind()))
                .append("\"><span class=\"badge\">").append(Html.text(m.kind()))
                .append("</span>").append(Html.text(m.text())).append("</li>");
          }
          out.append("</ul>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String css(String css) {
    return css.isBlank() ? "" : " class=\"" + Html.attr(css) + "\"";
  }
}
