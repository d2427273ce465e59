package org.veta.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debrief of a whole Peru session as headless Chromium renders it. */
class DebriefPageInChromiumTest {
  @TempDir Path work;

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The markup between an element's start tag (found by its id) and the end of its kind. */
  private static String element(String dom, String tag, String id) {
    int start = dom.indexOf("<" + tag + " id=\"" + id + "\"");
    assertThat(start).as("<%s id=\"%s\"> is on the rendered page", tag, id).isNotNegative();
    int end = dom.indexOf("</" + tag + ">", start);
    return dom.substring(start, end);
  }

  @Test
  void aWholePeruSessionRendersWithChartsAndTheStudysPathAndLoadsNothing() throws Exception {
    Path page = work.resolve("debrief.html");
    Files.writeString(page, Debrief.of(Debrief.open(List.of(PlayedSessions.get().peru.get(0))),
        ZoneOffset.UTC).html());
    long started = System.nanoTime();
    String dom = Chromium.dumpDom(page, work);
    Path png = work.resolve("debrief.png");
    Chromium.screenshot(page, png, 1280, 4000, work);
    System.out.printf("chromium: DOM and screenshot in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    // The charts: inline SVG with lines and a point per round (round 0 to 14) for each line.
    for (String id : List.of("chart-national", "chart-region-madre_de_dios",
        "chart-region-la_libertad", "chart-scores")) {
      String svg = element(dom, "svg", id);
      assertThat(count(svg, "<polyline")).as(id).isGreaterThanOrEqualTo(4);
      assertThat(count(svg, "class=\"point\"")).as(id).isGreaterThanOrEqualTo(4 * 14);
      assertThat(svg).as(id).contains("<title", "round");
    }
    assertThat(element(dom, "svg", "chart-region-madre_de_dios"))
        .contains("data-key=\"region.madre_de_dios.mobilization\"", "data-round=\"14\"",
            "Forbearance", "Pressure group", "Social licence");

    // The historical path: every stage of the study's sequence beside this table's, with notes.
    String path = element(dom, "section", "historical-path");
    assertThat(path).contains("Economic dependence", "Public endorsement", "Ran for office",
        "Won office", "Direct negotiation", "Policy concession", "Otsuka elected (October 2014)",
        "Decree 1293", "the Peruvian way");
    String ladder = element(dom, "svg", "chart-stages");
    assertThat(count(ladder, "<rect class=\"point\"")).as("the study's stages").isEqualTo(9);
    assertThat(count(ladder, "<circle class=\"point\"")).as("this table's stages").isPositive();

    // The other sections, and who played.
    for (String id : List.of("header", "timeline", "charts", "turning-points", "seats",
        "negotiation", "talk")) {
      assertThat(dom).contains("<section id=\"" + id + "\"");
    }
    assertThat(element(dom, "section", "header")).contains(PlayedSessions.ANA,
        PlayedSessions.BRUNO, "Seed", "veta-engine");
    assertThat(element(dom, "section", "timeline")).contains("Gold price falls",
        "Injected by " + PlayedSessions.MARIA);

    // Nothing comes from the network: no URL in any src or href, no stylesheet, image or font.
    Matcher links = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(dom);
    assertThat(links.find()).as("a network URL in src or href").isFalse();
    assertThat(dom).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");

    byte[] image = Files.readAllBytes(png);
    assertThat(image.length).isGreaterThan(50_000);
    assertThat(new String(image, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
