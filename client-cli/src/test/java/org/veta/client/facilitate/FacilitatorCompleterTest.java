package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ServerMessage;

class FacilitatorCompleterTest {
  private final TableBoard board = new TableBoard();
  private final FacilitatorCompleter completer = new FacilitatorCompleter(board);

  private List<String> values(int index, String... words) {
    return completer.candidates(List.of(words), index).stream().map(Candidate::value).toList();
  }

  @Test
  void completesFromWhatTheServerLastSaid() {
    board.learn(ServerMessage.newBuilder().setTables(CannedTables.overview()).build());
    board.learn(ServerMessage.newBuilder().setScenarios(CannedTables.scenarios()).build());

    assertThat(values(0, "")).containsAll(FacilitatorCommand.words());
    assertThat(values(1, "help", "")).contains("inject", "wait");
    assertThat(values(1, "pause", "")).containsExactly("1", "2", "3", "all");
    assertThat(values(2, "pause", "1", "")).containsExactly("1", "2", "3", "all");
    assertThat(values(1, "watch", "")).containsExactly("1", "2", "3");
    assertThat(values(2, "seat", "1", "")).containsExactly("fedemin", "gore", "minem", "mdd_governor");
    assertThat(values(2, "seat", "QQ22-11", "")).containsExactly("fencomin", "mining_ministry");
    assertThat(values(3, "seat", "1", "gore", "")).containsExactly("bot", "open", "kick", "move-to");
    assertThat(values(4, "seat", "1", "gore", "bot", "")).contains("adaptive", "hardline");
    assertThat(values(4, "seat", "1", "gore", "move-to", "")).contains("mdd_governor");
    assertThat(values(1, "message", "")).contains("1", "1/fedemin", "3/fencomin");
    assertThat(values(1, "timer", "")).contains("2", "all", "orders", "briefing").doesNotContain("lobby");
    assertThat(values(2, "timer", "2", "")).containsExactly("briefing", "orders", "report", "talks");
    assertThat(values(2, "deadline", "all", "")).containsExactly("hold", "bot");
    // The events of the table's scenario; bolivia has none here, so only news.
    assertThat(values(2, "inject", "1", "")).containsExactly("gold_crash", "decree", "news");
    assertThat(values(2, "inject", "3", "")).containsExactly("news");
    assertThat(values(1, "create", "")).containsExactly("peru"); // not the broken scenario
    assertThat(values(2, "create", "peru", "")).contains("--tables", "--on-deadline");
    assertThat(values(3, "create", "peru", "--on-deadline", "")).containsExactly("hold", "bot");
    assertThat(values(2, "wait", "1", "")).containsExactly("phase", "round", "end", "seats", "dropped");
    assertThat(values(3, "wait", "1", "phase", "")).contains("ORDERS", "ENDED");
    assertThat(values(4, "wait", "1", "phase", "ORDERS", "")).containsExactly("round", "--timeout");
    assertThat(values(1, "unwatch", "")).isEmpty();
    board.watching("t-2", true);
    assertThat(values(1, "unwatch", "")).containsExactly("2");
  }

  @Test
  void beforeTheServerHasSaidAnythingThereIsNothingToGuess() {
    assertThat(values(1, "watch", "")).isEmpty();
    assertThat(values(1, "pause", "")).containsExactly("all");
    assertThat(values(2, "seat", "1", "")).isEmpty();
    assertThat(values(1, "dance", "")).isEmpty();
  }
}
