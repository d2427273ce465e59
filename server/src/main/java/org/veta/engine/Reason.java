package org.veta.engine;

import java.util.Locale;

/**
 * Why an effect happened, in words: a template and its values, formatted only when someone reads
 * it. Bots look ahead thousands of rounds whose reasons nobody reads, so formatting is deferred.
 */
public record Reason(String template, Object... values) {
  public String text() {
    return values.length == 0 ? template : String.format(Locale.ROOT, template, values);
  }

  @Override
  public String toString() {
    return text();
  }
}
