package org.veta.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.debrief.Debrief;
import org.veta.debrief.PlayedSessions;
import org.veta.debrief.PlayedTable;

/** The export as researchers read it: JSON Lines line by line, CSV files, pseudonyms. */
class ExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path work;

  private static List<PlayedTable> peru(int n) throws Debrief.Refused {
    return Debrief.open(PlayedSessions.get().peru.subList(0, n));
  }

  @Test
  void everyJsonLineParsesAndEveryTypeHasTheSameKeys() throws Exception {
    List<PlayedTable> tables = peru(2);
    Path file = work.resolve("out.jsonl");
    int written = Export.jsonLines(Dataset.of(tables, false), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(written);
    Map<String, Set<String>> keys = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      assertThat(node.isObject()).isTrue();
      String type = node.get("type").asText();
      Set<String> these = new LinkedHashSet<>();
      node.fieldNames().forEachRemaining(these::add);
      Set<String> first = keys.putIfAbsent(type, these);
      assertThat(first == null ? these : first).as("keys of %s", type).isEqualTo(these);
      assertThat(node.get("table_id").asText()).isNotBlank();
      counts.merge(type, 1, Integer::sum);
    }
    assertThat(counts.keySet()).contains("session", "seat", "round", "effect", "move", "talk",
        "proposal", "agreement", "breach", "facilitator", "score", "scorecard", "stage", "event");
    assertThat(counts.get("session")).isEqualTo(2);
    assertThat(counts.get("round")).isEqualTo(2 * 15);
    // Values come back exactly: the state after round 7 of the first table.
    PlayedTable t = tables.get(0);
    JsonNode round7 = lines.stream().map(ExportTest::read).filter(n -> n.get("type").asText()
        .equals("round") && n.get("round").asInt() == 7
        && n.get("table_id").asText().equals(t.tableId())).findFirst().orElseThrow();
    for (String key : List.of("region.madre_de_dios.mobilization", "national.central_legitimacy",
        "national.gold_price")) {
      assertThat(round7.get(key).asDouble()).isEqualTo(t.value(7, key));
    }
    JsonNode effect = lines.stream().map(ExportTest::read)
        .filter(n -> n.get("type").asText().equals("effect")).findFirst().orElseThrow();
    assertThat(effect.get("before").isNumber()).isTrue();
    assertThat(effect.get("reason").asText()).isNotBlank();
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void everyCsvFileHasAHeaderAndRowsOfItsWidth() throws Exception {
    List<PlayedTable> tables = peru(1);
    Path dir = work.resolve("csv");
    List<Path> files = Export.csv(Dataset.of(tables, false), dir);
    assertThat(files).extracting(f -> f.getFileName().toString()).contains("rounds.csv",
        "effects.csv", "moves.csv", "talk.csv", "proposals.csv", "agreements.csv", "scores.csv",
        "breaches.csv", "session.csv");
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertThat(text).as("%s ends its lines with CRLF", f).endsWith("\r\n");
      List<List<String>> rows = parse(text);
      int width = rows.get(0).size();
      for (List<String> row : rows) {
        assertThat(row).as("%s: %s", f.getFileName(), row).hasSize(width);
      }
    }
    List<List<String>> rounds = parse(Files.readString(dir.resolve("rounds.csv")));
    assertThat(rounds.get(0)).startsWith("table_id", "round", "period")
        .contains("region.madre_de_dios.mobilization", "national.miners_momentum");
    assertThat(rounds).hasSize(1 + 15);
    int column = rounds.get(0).indexOf("region.madre_de_dios.mobilization");
    assertThat(Double.parseDouble(rounds.get(1).get(column))).isEqualTo(0.2);
    List<List<String>> talk = parse(Files.readString(dir.resolve("talk.csv")));
    assertThat(talk).anySatisfy(row -> assertThat(row).contains("Buenos días, soy "
        + PlayedSessions.ANA + ", de FEDEMIN."));
    assertThat(Files.readString(dir.resolve("talk.csv"))).contains("\"Buenos días, soy");
  }

  /** RFC 4180, as a reader that knows nothing of this project reads it. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(row).as("no data after the last CRLF").isEmpty();
    return rows;
  }

  @Test
  void pseudonymizingLeavesNoParticipantsNameAnywhere() throws Exception {
    List<PlayedTable> tables = peru(3);
    Path jsonl = work.resolve("p.jsonl");
    Path csv = work.resolve("p-csv");
    Export.jsonLines(Dataset.of(tables, true), jsonl);
    Export.csv(Dataset.of(tables, true), csv);
    List<String> texts = new ArrayList<>(List.of(Files.readString(jsonl)));
    try (var files = Files.list(csv)) {
      for (Iterator<Path> i = files.iterator(); i.hasNext();) {
        texts.add(Files.readString(i.next()));
      }
    }
    Pattern names = Pattern.compile("(?iu)(?<![\\p{L}])(ana|quispe|bruno|mamani|maria|condori)"
        + "(?![\\p{L}])");
    for (String text : texts) {
      assertThat(names.matcher(text).find()).as("a name in %s", text.substring(0,
          Math.min(200, text.length()))).isFalse();
    }
    String all = String.join("\n", texts);
    assertThat(all).contains("\"from_player\":\"fedemin\"", "Buenos días, soy fedemin",
        "\"facilitator\":\"facilitator\"");
    // Without --pseudonymize the names are there: the check above can fail.
    Path plain = work.resolve("plain.jsonl");
    Export.jsonLines(Dataset.of(tables, false), plain);
    assertThat(names.matcher(Files.readString(plain)).find()).isTrue();
  }
}
