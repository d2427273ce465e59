package org.veta.client.shell;

import java.util.Arrays;
import java.util.List;

/** Splits a typed line into a command and its arguments. */
public final class CommandLineParser {
  private CommandLineParser() {}

  /** What a line asks for. */
  public sealed interface Parsed {}

  /** Nothing to do: a blank line or a # comment. */
  public record Blank() implements Parsed {}

  public record Unknown(String word) implements Parsed {}

  public record Invocation(ShellCommand command, List<String> args) implements Parsed {}

  public static Parsed parse(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return new Blank();
    }
    List<String> words = Arrays.asList(text.split("\\s+"));
    return ShellCommand.byWord(words.get(0))
        .<Parsed>map(command -> new Invocation(command, List.copyOf(words.subList(1, words.size()))))
        .orElseGet(() -> new Unknown(words.get(0)));
  }
}
