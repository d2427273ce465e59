package org.veta.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermSyntaxTest {
  @Test
  void readsEachKindOfTerm() throws Exception {
    assertThat(TermSyntax.parse("clause tax_rate=1")).isEqualTo(new Term.ClauseTerm("tax_rate", 1));
    assertThat(TermSyntax.parse("commit fedemin no_strike 2"))
        .isEqualTo(new Term.Commitment("fedemin", new Pledge.NoStrike(), 2));
    assertThat(TermSyntax.parse("commit executive no_interdiction madre_de_dios 3"))
        .isEqualTo(new Term.Commitment("executive", new Pledge.NoInterdiction("madre_de_dios"), 3));
    assertThat(TermSyntax.parse("say \"We stand with the miners\""))
        .isEqualTo(new Term.Statement("We stand with the miners"));
    assertThat(TermSyntax.parse("commit mdd_governor endorse 1").syntax())
        .isEqualTo("commit mdd_governor endorse 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"clause tax_rate=1.5", "commit fedemin no_strike 2",
      "commit mdd_governor forbear 6", "commit mdd_governor endorse 1",
      "commit executive no_decree 1", "commit mdd_governor no_enforcement 4",
      "commit executive no_interdiction madre_de_dios 3", "say \"No more interdictions; ever\""})
  void formatsWhatItReads(String text) throws Exception {
    Term term = TermSyntax.parse(text);
    assertThat(term.syntax()).isEqualTo(text);
    assertThat(TermSyntax.parse(term.syntax())).isEqualTo(term);
  }

  @Test
  void readsSeveralTermsSeparatedBySemicolonsOutsideQuotes() throws Exception {
    List<Term> terms = TermSyntax.parseAll(
        "clause tax_rate=1; commit fedemin no_strike 2 ; say \"calm; for now\"");
    assertThat(terms).containsExactly(new Term.ClauseTerm("tax_rate", 1),
        new Term.Commitment("fedemin", new Pledge.NoStrike(), 2), new Term.Statement("calm; for now"));
    assertThat(TermSyntax.parseAll(TermSyntax.formatAll(terms))).isEqualTo(terms);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|No term given",
      "promise fedemin no_strike 2|There is no term called 'promise'",
      "clause tax_rate|clause CLAUSE=VALUE",
      "clause tax_rate=high|must be a number, not 'high'",
      "commit fedemin no_strike|commit SEAT PLEDGE [REGION] ROUNDS",
      "commit fedemin behave 2|There is no pledge called 'behave'",
      "commit executive no_interdiction 3|no_interdiction names a region",
      "commit fedemin no_strike 2 3|commit SEAT no_strike ROUNDS",
      "commit fedemin no_strike 1.5|must be a whole number",
      "say|A statement needs words",
      "say \"unfinished|closing quote",
      "say \"a \"quoted\" word\"|cannot contain a quote mark"})
  void explainsWhatItCannotRead(String text, String sentence) {
    assertThatThrownBy(() -> TermSyntax.parse(text)).isInstanceOf(TermSyntax.SyntaxError.class)
        .hasMessageContaining(sentence);
  }

  @Test
  void refusesAnOverlongStatement() {
    assertThatThrownBy(() -> TermSyntax.parse("say " + "x".repeat(281)))
        .hasMessageContaining("at most 280");
  }
}
