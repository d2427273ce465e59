package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void quotesKeepSpacesInsideAWordEvenMidWord() {
    assertThat(Words.texts(Words.split("inject all decree move=\"decree size=0.2\"  x='a b'")))
        .containsExactly("inject", "all", "decree", "move=decree size=0.2", "x=a b");
    assertThat(Words.texts(Words.split("log 2 \"my logs/t 2.log\""))).containsExactly("log", "2", "my logs/t 2.log");
    assertThat(Words.texts(Words.split("say \"she said \\\"no\\\"\""))).containsExactly("say", "she said \"no\"");
    assertThat(Words.texts(Words.split("log 2 C:\\veta\\t2.log"))).containsExactly("log", "2", "C:\\veta\\t2.log");
    assertThat(Words.texts(Words.split("a \"\" b"))).containsExactly("a", "", "b");
  }

  @Test
  void anUnclosedQuoteIsSaid() {
    assertThatThrownBy(() -> Words.split("inject 2 decree move=\"decree size=0.2"))
        .hasMessage("The line has a double quote that is never closed.");
  }

  @Test
  void theRestOfTheLineIsAsTyped() {
    assertThat(Words.after("message 2/fedemin   Don't   wait: \"now\"", 2)).isEqualTo("Don't   wait: \"now\"");
    assertThat(Words.after("inject all news \"Gold falls 30%\"", 3)).isEqualTo("Gold falls 30%");
    assertThat(Words.after("inject all news \"Gold\" falls", 3)).isEqualTo("\"Gold\" falls");
    assertThat(Words.after("message 2", 2)).isEmpty();
    assertThat(Words.after("message", 2)).isEmpty();
  }
}
