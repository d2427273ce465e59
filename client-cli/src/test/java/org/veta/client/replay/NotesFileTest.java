package org.veta.client.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes file keeps any text a person types, and says where a hand-edited file went wrong. */
class NotesFileTest {
  @TempDir Path dir;

  @Test
  void anyTextComesBackAsItWasTyped() throws Exception {
    Path log = Files.writeString(dir.resolve("s.vlog"), "not read");
    String text = "She said \"no\" \\ then\tleft; la minería ilegal — 100% {ok} [1]\nsecond line \u0001";
    NotesFile notes = NotesFile.of(log);
    notes.mark("the \"turn\"", new NotesFile.Anchor(12, 2, "ORDERS", "TALK public a: \"x\""));
    notes.note(text, new NotesFile.Anchor(7, 1, "TALKS", "PHASE TALKS round 1"));
    assertThat(notes.save()).isEmpty();

    NotesFile again = NotesFile.of(log);
    assertThat(again.unreadable()).isEmpty();
    assertThat(again.notes()).singleElement().satisfies(n -> {
      assertThat(n.text()).isEqualTo(text);
      assertThat(n.at()).isEqualTo(new NotesFile.Anchor(7, 1, "TALKS", "PHASE TALKS round 1"));
    });
    assertThat(again.mark("THE \"TURN\"")).hasValueSatisfying(m -> assertThat(m.at().record()).isEqualTo(12));
    assertThat(Files.readString(log)).isEqualTo("not read");
  }

  @Test
  void aBrokenFileSaysWhere() {
    assertThatThrownBy(() -> Json.parse("{\n  \"marks\": [1, 2,,]\n}")).isInstanceOf(Json.Malformed.class)
        .hasMessage("unexpected ',' at line 2, column 18");
    Path log = dir.resolve("t.vlog");
    assertThat(NotesFile.of(log).marks()).isEmpty();
  }
}
