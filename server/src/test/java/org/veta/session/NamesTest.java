package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Nothing a participant types can repaint another player's screen: escape sequences in every
 * form a terminal obeys (7-bit ESC and 8-bit C1), controls, bidirectional overrides, zero-width
 * characters and line separators are gone from names and talk, and ordinary text in any script
 * is kept as typed.
 */
class NamesTest {
  private static String cleaned(String raw) {
    return Names.clean(raw, 500).orElse("");
  }

  @Test
  void csiSequencesGoWhole() {
    assertThat(cleaned("\u001b[2J\u001b[HAna")).isEqualTo("Ana");
    assertThat(cleaned("Ana\u001b[31;1mred\u001b[0m")).isEqualTo("Anared");
    assertThat(cleaned("\u001b[?1049hAna")).as("private modes: the alternate screen").isEqualTo("Ana");
    assertThat(cleaned("Ana\u001b[")).as("a sequence cut off at the end").isEqualTo("Ana");
  }

  @Test
  void oscAndOtherStringSequencesGoWholeWhateverEndsThem() {
    assertThat(cleaned("\u001b]0;pwned\u0007Ana")).as("a window title, ended by BEL").isEqualTo("Ana");
    assertThat(cleaned("\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\"))
        .as("a hyperlink, ended by ESC \\").isEqualTo("click");
    assertThat(cleaned("\u001b]52;c;cm0gLXJmIH4=\u0007Ana")).as("writing the clipboard").isEqualTo("Ana");
    assertThat(cleaned("\u001bPq#0;2;0;0;0\u001b\\Ana")).as("DCS (sixel)").isEqualTo("Ana");
    assertThat(cleaned("Ana\u001b]0;never ended")).as("an unterminated OSC to the end").isEqualTo("Ana");
  }

  @Test
  void eightBitC1ControlsGoWithWhatTheyIntroduce() {
    assertThat(cleaned("\u009b2JAna")).as("CSI as one C1 character").isEqualTo("Ana");
    assertThat(cleaned("\u009d0;pwned\u009cAna")).as("OSC and ST as C1 characters").isEqualTo("Ana");
    assertThat(cleaned("A\u0085n\u008da")).as("NEL, RI and the other C1 controls").isEqualTo("Ana");
  }

  @Test
  void otherEscapesAndControlsGo() {
    assertThat(cleaned("\u001bcAna")).as("ESC c resets the terminal").isEqualTo("Ana");
    assertThat(cleaned("\u001b7Ana\u001b8")).as("save and restore the cursor").isEqualTo("Ana");
    assertThat(cleaned("\u001b(0Ana")).as("a character set").isEqualTo("Ana");
    assertThat(cleaned("A\rn\ba\u0007\u007f")).isEqualTo("Ana");
    assertThat(cleaned("line one\nline two")).isEqualTo("line oneline two");
  }

  @Test
  void bidiOverridesZeroWidthAndSeparatorsGo() {
    assertThat(cleaned("\u202eanA")).as("RIGHT-TO-LEFT OVERRIDE").isEqualTo("anA");
    assertThat(cleaned("\u2066Ana\u2069\u200f")).as("isolates and marks").isEqualTo("Ana");
    assertThat(cleaned("A\u200bn\u200da\ufeff\u2060")).as("zero-width characters").isEqualTo("Ana");
    assertThat(cleaned("Ana\u2028\u2029")).as("line and paragraph separators").isEqualTo("Ana");
    assertThat(cleaned("Ana\ud800")).as("a lone surrogate").isEqualTo("Ana");
  }

  @Test
  void stackedCombiningMarksAreCutToFour() {
    String zalgo = "A" + "\u0301".repeat(50) + "na";
    assertThat(cleaned(zalgo)).isEqualTo("A" + "\u0301".repeat(4) + "na");
  }

  @Test
  void ordinaryTextInAnyScriptIsKept() {
    for (String name : new String[] {"Ana María", "Nguyễn Văn Anh", "Đặng Thị Ngọc",
        "Квашнин", "محمد", "שָׁלוֹם", "李小龍", "अनुराग", "Zoë O'Brien-Smith", "👩🏽 Ana"}) {
      assertThat(Names.clean(name)).as(name).contains(name);
    }
  }

  @Test
  void aNameThatIsNothingButEscapesIsRefused() {
    assertThat(Names.clean("\u001b[2J\u202e\u200b")).isEmpty();
    assertThat(Names.clean("x".repeat(41))).isEmpty();
  }

  @Property(tries = 300)
  void nothingThatATerminalObeysSurvives(@ForAll @StringLength(max = 60)
      @CharRange(from = '\u0000', to = '\u00ff') @CharRange(from = '\u2000', to = '\u206f')
      @CharRange(from = '\ufeff', to = '\ufeff') @CharRange(from = 'a', to = 'z') String raw) {
    Optional<String> clean = Names.clean(raw, 500);
    clean.ifPresent(text -> assertThat(text.codePoints()).noneMatch(NamesTest::obeyed));
  }

  @Property(tries = 1000)
  void theQuickWayGivesWhatTheFullCleaningGives(@ForAll @StringLength(max = 40)
      @CharRange(from = '\u0000', to = '\u00ff') @CharRange(from = '\u0300', to = '\u036f')
      @CharRange(from = '\u2000', to = '\u206f') @CharRange(from = '\ud800', to = '\udfff')
      @CharRange(from = '\ufeff', to = '\ufeff') @CharRange(from = 'a', to = 'z')
      @CharRange(from = '\u00e0', to = '\u00ff') String raw) {
    // Texts with nothing to remove skip the regular expressions; whichever way a text goes, the
    // result is the one the full cleaning gives.
    assertThat(Names.printable(raw)).isEqualTo(Names.cleaned(raw));
  }

  @Test
  void ordinaryTalkIsGivenBackAsItIs() {
    String talk = "La federación no aceptará esto: ¡formalización ya! 30% en 2026.";
    assertThat(Names.printable(talk)).isSameAs(talk);
    assertThat(Names.printable("Ana\u202Eevil")).isEqualTo("Anaevil");
    assertThat(Names.printable("e\u0301\u0301\u0301\u0301\u0301\u0301"))
        .isEqualTo("e\u0301\u0301\u0301\u0301");
  }

  /** A character a terminal acts on or that changes how the text around it shows. */
  static boolean obeyed(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
