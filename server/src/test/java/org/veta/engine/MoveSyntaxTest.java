package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.MoveSyntax;

class MoveSyntaxTest {
  @Test
  void readsNamedPositionalAndDefaultArguments() throws Exception {
    assertThat(MoveSyntax.parse("strike scale=0.8 days=14")).isEqualTo(new Move.Strike(0.8, 14));
    assertThat(MoveSyntax.parse("strike 0.8 14")).isEqualTo(new Move.Strike(0.8, 14));
    assertThat(MoveSyntax.parse("strike days=14")).isEqualTo(new Move.Strike(0.6, 14));
    assertThat(MoveSyntax.parse("  STRIKE   ")).isEqualTo(new Move.Strike(0.6, 7));
    assertThat(MoveSyntax.parse("interdiction madre_de_dios 0.5"))
        .isEqualTo(new Move.Interdiction("madre_de_dios", 0.5));
    assertThat(MoveSyntax.parse("appoint_minister conciliator"))
        .isEqualTo(new Move.AppointMinister("conciliator"));
  }

  @Test
  void writesTheCanonicalFormThatReadsBackToTheSameMove() throws Exception {
    for (MoveKind kind : MoveKind.values()) {
      String text = kind.token() + kind.params().stream().map(p -> switch (p.type()) {
        case REGION -> " region=r1";
        case CLAUSE -> " clause=c1";
        case CHOICE -> " " + p.name() + "=" + p.choices().get(0);
        default -> " " + p.name() + "=" + MoveSyntax.plain(p.hasDefault() ? p.defaultValue() : 2.5);
      }).reduce("", String::concat);
      Move move = MoveSyntax.parse(text);
      assertThat(move.kind()).isEqualTo(kind);
      assertThat(move.text()).isEqualTo(text);
      assertThat(MoveSyntax.parse(move.text())).isEqualTo(move);
    }
  }

  @Test
  void explainsWhatIsWrongInWordsForAPlayer() {
    assertThatThrownBy(() -> MoveSyntax.parse("strik")).hasMessageContaining("no move called 'strik'")
        .hasMessageContaining("`moves`");
    assertThatThrownBy(() -> MoveSyntax.parse("strike scale=2"))
        .hasMessageContaining("scale must be between 0.1 and 1");
    assertThatThrownBy(() -> MoveSyntax.parse("strike days=3.5")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> MoveSyntax.parse("strike scale=lots")).hasMessageContaining("must be a number");
    assertThatThrownBy(() -> MoveSyntax.parse("strike 1 2 3")).hasMessageContaining("Too many arguments");
    assertThatThrownBy(() -> MoveSyntax.parse("strike loud=1")).hasMessageContaining("no argument 'loud'");
    assertThatThrownBy(() -> MoveSyntax.parse("draft tax_rate")).hasMessageContaining("needs value");
    assertThatThrownBy(() -> MoveSyntax.parse("appoint_minister saint")).hasMessageContaining("conciliator, hardliner");
    assertThatThrownBy(() -> MoveSyntax.parse("")).hasMessageContaining("No move given");
  }
}
