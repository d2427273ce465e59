package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Compare;
import org.veta.protocol.wire.CreateTables;
import org.veta.protocol.wire.DeadlinePolicy;
import org.veta.protocol.wire.Inject;
import org.veta.protocol.wire.ListScenarios;
import org.veta.protocol.wire.ListTables;
import org.veta.protocol.wire.Nudge;
import org.veta.protocol.wire.Pace;
import org.veta.protocol.wire.PaceAction;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.SeatAction;
import org.veta.protocol.wire.SeatCommand;
import org.veta.protocol.wire.SetDeadlinePolicy;
import org.veta.protocol.wire.SetTimer;
import org.veta.protocol.wire.TableSelector;
import org.veta.protocol.wire.WatchTable;

class FacilitatorParserTest {
  private static final TableSelector ALL = TableSelector.newBuilder().setAll(true).build();

  private static ClientMessage request(String line) {
    Action action = FacilitatorParser.parse(line);
    if (action instanceof Action.Confirm confirm) {
      return confirm.send().request();
    }
    assertThat(action).as(line).isInstanceOf(Action.Send.class);
    return ((Action.Send) action).request();
  }

  private static TableSelector tables(String... names) {
    return TableSelector.newBuilder().addAllTables(List.of(names)).build();
  }

  private static String problem(String line) {
    Action action = FacilitatorParser.parse(line);
    assertThat(action).as(line).isInstanceOf(Action.Usage.class);
    return ((Action.Usage) action).problem();
  }

  @Test
  void scenariosTablesWatchAndCompare() {
    assertThat(request("scenarios")).isEqualTo(ClientMessage.newBuilder().setListScenarios(ListScenarios.getDefaultInstance()).build());
    assertThat(request("scenarios reload").getListScenarios().getReload()).isTrue();
    assertThat(request("tables")).isEqualTo(ClientMessage.newBuilder().setListTables(ListTables.getDefaultInstance()).build());
    assertThat(FacilitatorParser.parse("tables --live")).isInstanceOf(Action.LiveTables.class);
    assertThat(request("watch K4TQ-92").getWatch()).isEqualTo(WatchTable.newBuilder().setTable("K4TQ-92").build());
    assertThat(request("unwatch 2").getWatch()).isEqualTo(WatchTable.newBuilder().setTable("2").setStop(true).build());
    assertThat(FacilitatorParser.parse("unwatch")).isInstanceOf(Action.UnwatchAll.class);
    assertThat(request("compare").getCompare()).isEqualTo(Compare.getDefaultInstance());
    assertThat(request("compare bolivia").getCompare().getScenario()).isEqualTo("bolivia");
  }

  @Test
  void createTakesItsOptionsInEitherForm() {
    assertThat(request("create peru --tables 3 --seed 7 --set political_incorporation=0.9 --set=gold_price=1500 "
        + "--bots fedemin=hardline,gore=random --phase-seconds briefing=30,orders=300 --on-deadline=bot").getCreateTables())
        .isEqualTo(CreateTables.newBuilder().setScenario("peru").setTables(3).setHasSeed(true).setSeed(7)
            .addOverrides("political_incorporation=0.9").addOverrides("gold_price=1500")
            .setBots("fedemin=hardline,gore=random").setPhaseSeconds("briefing=30,orders=300")
            .setDeadlinePolicy(DeadlinePolicy.BOT).build());
    assertThat(request("create tutorial").getCreateTables())
        .isEqualTo(CreateTables.newBuilder().setScenario("tutorial").build());
    assertThat(problem("create")).contains("Name the scenario");
    assertThat(problem("create peru --tables 80")).isEqualTo("--tables must be 1 to 50.");
    assertThat(problem("create peru --seed")).isEqualTo("--seed needs a value.");
    assertThat(problem("create peru --colour red")).contains("\"--colour\" is not an option");
    assertThat(problem("create peru --on-deadline wait")).contains("hold or bot");
    assertThat(problem("create peru --set tax")).contains("KEY=VALUE");
  }

  @Test
  void seatActions() {
    assertThat(request("seat 2 fedemin bot").getSeatCommand()).isEqualTo(SeatCommand.newBuilder()
        .setTable("2").setSeat("fedemin").setAction(SeatAction.SEAT_BOT).build());
    assertThat(request("seat 2 fedemin bot hardline").getSeatCommand().getStrategy()).isEqualTo("hardline");
    assertThat(request("seat 2 fedemin open").getSeatCommand().getAction()).isEqualTo(SeatAction.SEAT_OPEN);
    assertThat(request("seat t-7 gore kick").getSeatCommand()).isEqualTo(SeatCommand.newBuilder()
        .setTable("t-7").setSeat("gore").setAction(SeatAction.SEAT_KICK).build());
    assertThat(request("seat 2 fedemin move-to gore").getSeatCommand()).isEqualTo(SeatCommand.newBuilder()
        .setTable("2").setSeat("fedemin").setAction(SeatAction.SEAT_MOVE_TO).setToSeat("gore").build());
    assertThat(problem("seat 2 fedemin")).contains("what to do");
    assertThat(problem("seat 2 fedemin dance")).contains("bot, open, kick or move-to");
    assertThat(problem("seat 2 fedemin move-to")).contains("Name the seat to move to");
  }

  @Test
  void paceNamesTablesOrAll() {
    assertThat(request("start").getPace()).isEqualTo(Pace.newBuilder().setTables(ALL).setAction(PaceAction.PACE_START).build());
    assertThat(request("pause 1 3").getPace()).isEqualTo(Pace.newBuilder().setTables(tables("1", "3"))
        .setAction(PaceAction.PACE_PAUSE).build());
    assertThat(request("resume all").getPace().getTables()).isEqualTo(ALL);
    assertThat(request("advance K4TQ-92").getPace().getAction()).isEqualTo(PaceAction.PACE_ADVANCE);
    assertThat(request("end 2").getPace()).isEqualTo(Pace.newBuilder().setTables(tables("2")).setAction(PaceAction.PACE_END).build());
    assertThat(problem("pause 1 all")).contains("not both");
  }

  @Test
  void endingEveryTableAsksFirstButNotWhenTablesAreNamed() {
    assertThat(FacilitatorParser.parse("end")).isInstanceOf(Action.Confirm.class);
    assertThat(request("end").getPace().getTables()).isEqualTo(ALL);
    assertThat(FacilitatorParser.parse("end all")).isInstanceOf(Action.Send.class);
    assertThat(FacilitatorParser.parse("end 1 2")).isInstanceOf(Action.Send.class);
  }

  @Test
  void timersExtensionsAndDeadlines() {
    assertThat(request("timer 2 ORDERS 4m").getSetTimer()).isEqualTo(SetTimer.newBuilder().setTables(tables("2"))
        .setPhase(Phase.ORDERS).setSeconds(240).build());
    assertThat(request("timer talks 1m30s").getSetTimer()).isEqualTo(SetTimer.newBuilder().setTables(ALL)
        .setPhase(Phase.TALKS).setSeconds(90).build());
    assertThat(request("timer all briefing 0").getSetTimer().getSeconds()).isZero();
    assertThat(request("extend 3 90").getSetTimer()).isEqualTo(SetTimer.newBuilder().setTables(tables("3"))
        .setExtend(true).setSeconds(90).build());
    assertThat(request("extend 1h").getSetTimer().getTables()).isEqualTo(ALL);
    assertThat(request("deadline all bot").getDeadlinePolicy()).isEqualTo(SetDeadlinePolicy.newBuilder()
        .setTables(ALL).setPolicy(DeadlinePolicy.BOT).build());
    assertThat(request("deadline 2 HOLD").getDeadlinePolicy()).isEqualTo(SetDeadlinePolicy.newBuilder()
        .setTables(tables("2")).setPolicy(DeadlinePolicy.HOLD).build());
    assertThat(problem("timer 2 lunch 4m")).contains("\"lunch\" is not a phase with a length");
    assertThat(problem("timer 2 orders soon")).contains("\"soon\" is not a duration");
    assertThat(problem("extend 2 0")).contains("more than nothing");
    assertThat(problem("deadline 2 wait")).contains("hold or bot");
  }

  @Test
  void injectKeepsQuotedArgumentsWholeAndNewsAsTyped() {
    assertThat(request("inject 2 gold_crash gold_price_factor=0.5").getInject()).isEqualTo(Inject.newBuilder()
        .setTables(tables("2")).setEvent("gold_crash").addArgs("gold_price_factor=0.5").build());
    assertThat(request("inject all decree move=\"decree size=0.2\" 'news=The decree is signed'").getInject())
        .isEqualTo(Inject.newBuilder().setTables(ALL).setEvent("decree")
            .addArgs("move=decree size=0.2").addArgs("news=The decree is signed").build());
    assertThat(request("inject all news The ministry's draft   comes on \"Friday\".").getInject())
        .isEqualTo(Inject.newBuilder().setTables(ALL).setEvent("news")
            .addArgs("The ministry's draft   comes on \"Friday\".").build());
    assertThat(request("inject 3 NEWS \"Gold falls\"").getInject().getArgsList()).containsExactly("Gold falls");
    assertThat(problem("inject 2")).contains("Name the table");
    assertThat(problem("inject all news")).contains("Write the news");
    assertThat(problem("inject 2 gold_crash half")).contains("KEY=VALUE");
    assertThat(problem("inject 2 decree move=\"decree")).contains("never closed");
  }

  @Test
  void messagesGoToATableOrASeatWithTheRestOfTheLine() {
    assertThat(request("message 2 Five minutes left, don't forget to submit.").getNudge()).isEqualTo(Nudge.newBuilder()
        .setTable("2").setText("Five minutes left, don't forget to submit.").build());
    assertThat(request("message 2/fedemin \"Please submit\"").getNudge()).isEqualTo(Nudge.newBuilder()
        .setTable("2").setSeat("fedemin").setText("Please submit").build());
    assertThat(problem("message 2")).contains("Name the table");
    assertThat(problem("message 2/ hello")).contains("TABLE/SEAT");
  }

  @Test
  void logWaitHelpAndQuit() {
    assertThat(FacilitatorParser.parse("log 2 \"logs/table 2.log\"")).isEqualTo(new Action.DownloadLog("2", "logs/table 2.log"));
    assertThat(problem("log 2")).contains("the file");
    assertThat(FacilitatorParser.parse("wait 1 phase orders round 2 --timeout 5m")).isEqualTo(new Action.Wait(
        new WaitSpec("1", new WaitGoal.PhaseGoal(Phase.ORDERS, 2), Optional.of(Duration.ofMinutes(5)))));
    assertThat(FacilitatorParser.parse("wait all end")).isEqualTo(new Action.Wait(
        new WaitSpec("all", new WaitGoal.EndGoal(), Optional.empty())));
    assertThat(FacilitatorParser.parse("wait --timeout=30s 3 seats 4")).isEqualTo(new Action.Wait(
        new WaitSpec("3", new WaitGoal.SeatsGoal(4), Optional.of(Duration.ofSeconds(30)))));
    assertThat(FacilitatorParser.parse("wait 2 round 3")).isEqualTo(new Action.Wait(
        new WaitSpec("2", new WaitGoal.RoundGoal(3), Optional.empty())));
    assertThat(problem("wait 2 phase lunch")).contains("\"lunch\" is not a phase");
    assertThat(problem("wait 2 round three")).contains("round must be a whole number");
    assertThat(problem("wait 2 forever")).contains("not \"forever\"");
    assertThat(problem("wait 2 end --timeout")).contains("--timeout needs a duration");
    assertThat(FacilitatorParser.parse("help wait")).isEqualTo(new Action.Help(Optional.of("wait")));
    assertThat(FacilitatorParser.parse("QUIT")).isEqualTo(new Action.Quit());
  }

  @Test
  void blanksCommentsAndUnknownWords() {
    assertThat(FacilitatorParser.parse("   ")).isInstanceOf(Action.Nothing.class);
    assertThat(FacilitatorParser.parse("# set the timers")).isInstanceOf(Action.Nothing.class);
    assertThat(FacilitatorParser.parse("shout 2 hello")).isEqualTo(new Action.Unknown("shout"));
  }

  @Test
  void everyCommandHasHelpThatFitsTheTerminal() {
    assertThat(FacilitatorHelp.overview()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    for (FacilitatorCommand command : FacilitatorCommand.values()) {
      List<String> help = FacilitatorHelp.about(command.word());
      assertThat(help.get(0)).isEqualTo("Usage: " + command.usage());
      assertThat(help.subList(1, help.size())).isNotEmpty().allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
      assertThat(String.join(" ", FacilitatorHelp.overview())).contains(command.summary().split(" ")[0]);
    }
    assertThat(FacilitatorHelp.about("dance")).containsExactly(FacilitatorHelp.unknown("dance"));
  }
}
