package org.veta.client.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.veta.client.net.CannedTable;
import org.veta.client.table.TableState;
import org.veta.protocol.wire.Phase;

class ShellCompleterTest {
  private final TableState table = new TableState();
  private final ShellCompleter completer = new ShellCompleter(table);

  private List<String> values(List<String> words, int index) {
    return completer.candidates(words, index).stream().map(Candidate::value).toList();
  }

  @Test
  void completesCommandsMovesSeatsAndPhases() {
    table.update(CannedTable.table(1, Phase.ORDERS));
    table.moves(CannedTable.moves());

    assertThat(values(List.of(""), 0)).containsAll(ShellCommand.words());
    assertThat(values(List.of("order", ""), 1)).containsExactly("strike", "lobby");
    assertThat(values(List.of("order", "strike", ""), 2)).contains("scale=", "days=");
    assertThat(values(List.of("order", "lobby", ""), 2)).contains("target=", "target=gore", "gore", "minem");
    assertThat(values(List.of("wait", ""), 1)).containsExactly("phase", "round", "end");
    assertThat(values(List.of("wait", "phase", ""), 2)).contains("ORDERS", "REPORT", "ENDED");
    assertThat(values(List.of("wait", "round", ""), 2)).containsExactly("2");
    assertThat(values(List.of("help", ""), 1)).contains("order", "wait");
  }

  @Test
  void beforeAnyMoveListThereIsNothingToGuess() {
    assertThat(values(List.of("order", ""), 1)).isEmpty();
  }
}
