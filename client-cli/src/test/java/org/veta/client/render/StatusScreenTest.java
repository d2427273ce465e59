package org.veta.client.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.client.net.CannedTable;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.TableView;

class StatusScreenTest {
  private static final long NOW = 1_700_000_000_000L;

  /** The canned table plus many regional indicators, as a full scenario has. */
  private static TableView crowdedTable() {
    TableView.Builder table = CannedTable.table(3, Phase.ORDERS).toBuilder()
        .setRounds(8).setDeadlineUnixMs(NOW + 105_000)
        .addNews("The gold price falls to US$1,300 an ounce; dredge owners cut wages.")
        .addNews("The army announces an eradication operation on the Inambari river.");
    for (int i = 0; i < 20; i++) {
      table.addIndicators(Indicator.newBuilder().setKey("region.r" + i + ".forbearance")
          .setLabel("forbearance of the regional government in province number " + i + " of the southern highlands")
          .setValue(0.5).setPrevious(i == 7 ? 0.2 : 0.5).setShown("50%"));
    }
    return table.build();
  }

  @Test
  void fitsEightyByTwentyFourWithThePromptLineFree() {
    List<String> lines = new StatusScreen(Glyphs.UNICODE, 80).render(crowdedTable(), NOW, 24);

    assertThat(lines).hasSizeLessThanOrEqualTo(23).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("Round 3 of 8").contains("2012-01 to 2012-06").contains("ORDERS").contains("1:45 left"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("miners' mobilization").contains("52%").contains("↑ 12 pts"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("gold price").contains("US$1,300").contains("↓ 150"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("forbearance of the regional").contains("↑ 30 pts"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("more that changed less"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("News: - The gold price falls"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("You: fedemin").endsWith("score 72.7"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("informal miners"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Objectives: formalisation of miners"));
    assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("Submitted: nobody | waiting for: fedemin | 2 bots"));
  }

  @Test
  void growsWithTheTerminal() {
    List<String> narrow = new StatusScreen(Glyphs.UNICODE, 80).render(crowdedTable(), NOW, 24);
    List<String> wide = new StatusScreen(Glyphs.UNICODE, 120).render(crowdedTable(), NOW, 40);

    assertThat(wide).hasSizeLessThanOrEqualTo(39).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(wide).anySatisfy(line -> assertThat(line.length()).isGreaterThan(80));
    assertThat(wide.size()).isGreaterThan(narrow.size());
    assertThat(wide).anySatisfy(line -> assertThat(line).isEqualTo("      - The army announces an eradication operation on the Inambari river."));
    // A label cut at 80 columns is whole at 120.
    String label = "forbearance of the regional government in province number 7 of the southern highlands";
    assertThat(narrow).noneMatch(line -> line.contains(label));
    assertThat(wide).anyMatch(line -> line.contains(label));
  }

  @Test
  void asciiTerminalsGetAsciiArrowsAndRules() {
    List<String> lines = new StatusScreen(Glyphs.ASCII, 80).render(crowdedTable(), NOW, 24);

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("^ 12 pts"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("v 150"));
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("\\p{ASCII}*"));
  }

  @Test
  void theLobbySaysHowToStart() {
    List<String> lines = new StatusScreen(Glyphs.ASCII, 80).render(CannedTable.table(0, Phase.LOBBY), NOW, 24);

    assertThat(lines.get(1)).startsWith("Lobby: waiting for the game to start");
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void timeLeftCountsDownAndStopsAtZero() {
    assertThat(Text.timeLeft(NOW + 105_000, NOW)).isEqualTo("1:45 left");
    assertThat(Text.timeLeft(NOW - 5_000, NOW)).isEqualTo("0:00 left");
    assertThat(Text.timeLeft(0, NOW)).isEqualTo("no deadline");
  }
}
