package org.veta.client.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.client.shell.CommandLineParser.Blank;
import org.veta.client.shell.CommandLineParser.Invocation;
import org.veta.client.shell.CommandLineParser.Unknown;

class CommandLineParserTest {
  @Test
  void splitsACommandFromItsArguments() {
    assertThat(CommandLineParser.parse("  order   strike scale=1  days=23 "))
        .isEqualTo(new Invocation(ShellCommand.ORDER, List.of("strike", "scale=1", "days=23")));
    assertThat(CommandLineParser.parse("WAIT phase orders"))
        .isEqualTo(new Invocation(ShellCommand.WAIT, List.of("phase", "orders")));
    assertThat(CommandLineParser.parse("submit")).isEqualTo(new Invocation(ShellCommand.SUBMIT, List.of()));
  }

  @Test
  void blanksAndCommentsAreNothing() {
    assertThat(CommandLineParser.parse("")).isInstanceOf(Blank.class);
    assertThat(CommandLineParser.parse("   \t")).isInstanceOf(Blank.class);
    assertThat(CommandLineParser.parse("# wait for the orders")).isInstanceOf(Blank.class);
  }

  @Test
  void anUnknownWordIsReportedAsTyped() {
    assertThat(CommandLineParser.parse("strike now")).isEqualTo(new Unknown("strike"));
    assertThat(HelpText.unknown("strike")).isEqualTo("There is no command \"strike\". Type `help` to see the commands.");
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(HelpText.overview()).hasSize(ShellCommand.values().length + 1)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
    for (ShellCommand command : ShellCommand.values()) {
      List<String> help = HelpText.about(command.word());
      assertThat(help.get(0)).isEqualTo("Usage: " + command.usage());
      assertThat(help).hasSizeGreaterThan(1);
      assertThat(HelpText.overview()).anySatisfy(line -> assertThat(line).contains(command.summary()));
    }
    assertThat(HelpText.about("dance")).containsExactly(HelpText.unknown("dance"));
  }

  @Test
  void waitTargetsAreRead() {
    assertThat(WaitTargets.parse(List.of("phase", "orders"))).isPresent();
    assertThat(WaitTargets.parse(List.of("round", "3"))).isPresent();
    assertThat(WaitTargets.parse(List.of("end"))).isPresent();
    assertThat(WaitTargets.parse(List.of("phase", "lunch"))).isEmpty();
    assertThat(WaitTargets.parse(List.of("round", "three"))).isEmpty();
    assertThat(WaitTargets.parse(List.of())).isEmpty();
  }
}
