package org.veta.client.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.log.LogFormat;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogRecord;
import org.veta.replay.SessionRecord;

/**
 * `veta replay LOG --script -` on a real session (see {@link RecordedSession}): stepping by event
 * and by round, goto, the omniscient view and a seat's, state and changes, marks and notes kept
 * beside the log and read back, private talk withheld where the table was not told otherwise, a
 * torn log and files that are no log.
 */
class ReplayScriptTest {
  private static final Pattern EVENT = Pattern.compile("event (\\d+) of (\\d+)");

  @TempDir static Path shared;
  private static Path recorded;

  @TempDir Path dir;
  private int copies;

  @BeforeAll
  static void record() throws Exception {
    recorded = RecordedSession.tutorial(shared);
  }

  private Path log() throws Exception {
    return RecordedSession.copy(recorded, dir.resolve("logs" + ++copies));
  }

  private static ReplayRun replay(Path log, String script, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "replay";
    args[1] = log.toString();
    args[2] = "--script";
    args[3] = "-";
    System.arraycopy(more, 0, args, 4, more.length);
    return ReplayRun.of(script, args);
  }

  private static String at(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("AT ")).findFirst()
        .orElseThrow(() -> new AssertionError("no AT line in " + lines));
  }

  private static int eventNumber(List<String> lines) {
    Matcher m = EVENT.matcher(at(lines));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void stepsByEventAndByRoundAndGoesToARoundsResolution() throws Exception {
    ReplayRun run = replay(log(), String.join("\n", "next", "prev", "prev", "next round", "next round",
        "prev round", "prev round", "goto 2", "goto 9", "goto end", "next", "first", "n 3", "p", "") );

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> opening = run.opening();
    assertThat(opening.get(0)).startsWith("REPLAY " + dir.resolve("logs"))
        .contains("Tutorial: Valle Dorado in four rounds (scenario tutorial), seed 3, 4 of 4 rounds resolved")
        .endsWith("view all");
    assertThat(at(opening)).startsWith("AT Lobby, before round 1 of 4 | LOBBY | event 1 of ");
    assertThat(opening).contains("SEAT federation FEDERATION region=valle_dorado | The miners' federation of Valle Dorado",
        "PANEL before round 1 (as the session opened)", "KEY central legitimacy: 60% =");
    Matcher total = EVENT.matcher(at(opening));
    assertThat(total.find()).isTrue();
    int events = Integer.parseInt(total.group(2));

    assertThat(eventNumber(run.after("next"))).isEqualTo(2);
    assertThat(eventNumber(run.after("prev"))).isEqualTo(1);
    assertThat(run.after("prev", 2)).containsExactly("START event 1 is the first; `next` goes on");
    assertThat(at(run.after("next round"))).startsWith("AT Round 1 of 4 | BRIEFING");
    assertThat(run.after("next round")).contains("PHASE BRIEFING round 1 (deadline in 1:00)");
    assertThat(at(run.after("next round", 2))).startsWith("AT Round 2 of 4 | BRIEFING");
    assertThat(at(run.after("prev round"))).startsWith("AT Round 1 of 4 | BRIEFING");
    assertThat(at(run.after("prev round", 2))).startsWith("AT Lobby, before round 1 of 4 | LOBBY | event 1 of");

    List<String> round2 = run.after("goto 2");
    assertThat(at(round2)).startsWith("AT Round 2 of 4 | RESOLUTION");
    assertThat(round2).contains("ORDERS federation: organize", "ORDERS mayor [bot adaptive]: forbear; endorse",
        "INJECTED Mine collapse in Valle Dorado (mine_accident+1): A tunnel collapses at an informal mine;"
            + " the valley asks who let it operate.", "PANEL after round 2 of 4");
    assertThat(round2.get(1)).startsWith("ROUND 2 RESOLVED: ");
    assertThat(round2).anyMatch(l -> l.startsWith("LARGEST 5 of "));
    assertThat(round2.stream().filter(l -> l.startsWith("CHANGE "))).hasSize(5);

    assertThat(run.after("goto 9")).containsExactly("NO ROUND 9: the scenario has 4 rounds");
    List<String> end = run.after("goto end");
    assertThat(at(end)).contains("| ENDED | event " + events + " of " + events);
    assertThat(end).contains("LOG CLOSED");
    assertThat(run.after("next")).isNotEmpty();
    assertThat(run.after("next", 2)).containsExactly(
        "END event " + events + " of " + events + " is the last; `first` goes back to the start");
    assertThat(eventNumber(run.after("first"))).isEqualTo(1);
    assertThat(eventNumber(run.after("n 3"))).isEqualTo(4);
    assertThat(eventNumber(run.after("p"))).isEqualTo(3);
  }

  @Test
  void everythingIsShownToEveryoneButASeatSeesOnlyWhatItCouldRead() throws Exception {
    String everyStep = "next\n".repeat(150);
    ReplayRun all = replay(log(), everyStep + "talk\nproposals\n");
    assertThat(all.out()).contains("TALK private federation (Ana) -> government: " + RecordedSession.SECRET_FROM_ANA,
        "TALK private government (Ben) -> federation: " + RecordedSession.SECRET_FROM_BEN,
        "ORDERS federation sets: lobby; strike scale=1 days=10", "ORDERS government sets: draft clause=tax_rate value=3",
        "REFUSED lobby: The miners in this scenario are not politically incorporated",
        "FACILITATOR Maria: pauses the table", "PAUSED BRIEFING round 2", "FACILITATOR Maria: resumes the clock",
        "CLOCK BRIEFING round 2", "FACILITATOR Maria: injects mine_accident",
        "TALK facilitator -> federation: Mind the clock", "SEAT TAKEN federation: Ana from 127.0.0.1:40001",
        "AGREEMENT 1 federation, government: clause tax_rate=3", "GAME OVER");
    assertThat(all.after("talk")).containsExactly("IN round 1 TALKS",
        "TALK public federation (Ana): " + RecordedSession.PUBLIC_FROM_ANA,
        "TALK private federation (Ana) -> government: " + RecordedSession.SECRET_FROM_ANA,
        "TALK private government (Ben) -> federation: " + RecordedSession.SECRET_FROM_BEN,
        "IN round 2 BRIEFING", "TALK facilitator -> federation: Mind the clock");
    assertThat(all.after("proposals")).contains(
        "PROPOSAL 1 ACCEPTED from federation to government: clause tax_rate=3 | accepted by government",
        "AGREEMENT 1 federation, government: clause tax_rate=3");

    // Government: its own orders before resolution, never the federation's; no facilitator's desk.
    ReplayRun government = replay(log(), everyStep, "--as", "government");
    assertThat(government.opening().get(0)).endsWith("view government");
    assertThat(government.out()).contains("ORDERS government sets: draft clause=tax_rate value=3",
        "TALK private federation (Ana) -> government: " + RecordedSession.SECRET_FROM_ANA,
        "PAUSED BRIEFING round 2", "MOVES federation: strike scale=1 days=10",
        "NOTICE News: Mine collapse in Valle Dorado")
        .doesNotContain("ORDERS federation sets", "FACILITATOR Maria", "Mind the clock", "SEAT TAKEN",
            "REFUSED lobby", "ORDERS mayor [bot");

    // The mayor (a bot's seat) could read the public talk, none of the private talk or the deal.
    ReplayRun mayor = replay(log(), "goto end\nas mayor\ntalk\nproposals\nas all\ntalk\n");
    assertThat(mayor.after("as mayor").get(0)).startsWith("VIEW mayor: only what the table sent mayor")
        .contains("nobody sat there");
    assertThat(mayor.after("talk")).containsExactly("IN round 1 TALKS",
        "TALK public federation (Ana): " + RecordedSession.PUBLIC_FROM_ANA);
    assertThat(mayor.after("proposals")).containsExactly("NO PROPOSALS up to this moment that mayor was party to");
    assertThat(mayor.after("as all").get(0)).startsWith("VIEW all");
    assertThat(mayor.after("talk", 2)).contains("TALK private government (Ben) -> federation: "
        + RecordedSession.SECRET_FROM_BEN);

    // Talk is as of the moment shown: before round 1's talks there is none.
    ReplayRun early = replay(log(), "next round\ntalk\n");
    assertThat(early.after("talk")).containsExactly("NO TALK up to this moment");
  }

  @Test
  void stateAndChangesAreThoseOfTheLastResolvedRoundWithTheirReasons() throws Exception {
    SessionRecord session = SessionRecord.open(recorded);
    int effects = session.rounds().get(0).getEffectsCount();
    ReplayRun run = replay(log(), "changes\ngoto 1\nchanges\nstate\nas federation\nstate\n");

    assertThat(run.after("changes")).containsExactly("CHANGES none yet: no round is resolved at this moment");
    List<String> changes = run.after("changes", 2);
    assertThat(changes.get(0)).isEqualTo("CHANGES round 1: " + effects + " changes, largest first");
    assertThat(changes.subList(1, changes.size())).hasSize(effects).allMatch(l -> l.startsWith("CHANGE "))
        .anyMatch(l -> l.contains("[mobilization and strikes, federation strike scale=1 days=10]"))
        .anyMatch(l -> l.contains("[forbearance, mayor forbear]"));
    List<Double> points = changes.stream().filter(l -> l.matches("CHANGE [+-][0-9.]+ pts .*"))
        .map(l -> Double.parseDouble(l.substring(8, l.indexOf(" pts")))).toList();
    assertThat(points).isNotEmpty();
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i)).as("changes in points, largest first").isLessThanOrEqualTo(points.get(i - 1));
    }

    List<String> state = run.after("state");
    assertThat(state.get(0)).isEqualTo("STATE after round 1 of 4, view all: "
        + session.rounds().get(0).getStateCount() + " indicators");
    assertThat(state).anyMatch(l -> l.startsWith("INDICATOR national central legitimacy: "))
        .anyMatch(l -> l.startsWith("INDICATOR mayor local approval of The mayor of Valle Dorado: "))
        .contains("CHANGES round 1: " + effects + " changes, in the order the engine made them");
    List<String> federation = run.after("state", 2);
    assertThat(federation).anyMatch(l -> l.startsWith("INDICATOR federation "))
        .noneMatch(l -> l.startsWith("INDICATOR mayor ") || l.startsWith("INDICATOR government "));
  }

  @Test
  void marksAndNotesAreKeptBesideTheLogAndReadBackNextTime() throws Exception {
    Path log = log();
    byte[] before = Files.readAllBytes(log);
    ReplayRun first = replay(log, String.join("\n", "goto 1", "mark strike", "note The federation strikes alone",
        "next round", "mark", "mark 3", "marks", "notes", ""));

    assertThat(first.after("mark strike").get(0)).startsWith("MARK strike at round 1, event ")
        .endsWith("(saved in " + NotesFile.beside(log) + ")");
    assertThat(first.after("note The federation strikes alone").get(0)).startsWith("NOTED at round 1, event ");
    assertThat(first.after("mark").get(0)).startsWith("MARK mark1 at round 2, event ");
    assertThat(first.after("mark 3")).containsExactly(
        "A mark cannot be called \"3\": `goto 3` already means something else");
    assertThat(first.after("marks")).hasSize(2);
    assertThat(first.after("marks").get(0)).matches("MARK strike \\| round 1 event \\d+: ROUND 1 RESOLVED: .*");
    assertThat(first.after("notes")).singleElement().asString()
        .matches("NOTE round 1 event \\d+: The federation strikes alone");

    assertThat(Files.readAllBytes(log)).as("the log itself is never written").isEqualTo(before);
    Path notes = NotesFile.beside(log);
    assertThat(notes.getFileName().toString()).isEqualTo(log.getFileName() + ".notes.json");
    Map<?, ?> json = (Map<?, ?>) Json.parse(Files.readString(notes));
    assertThat(json.get("log")).isEqualTo(log.getFileName().toString());
    assertThat((List<?>) json.get("marks")).hasSize(2);
    Map<?, ?> strike = (Map<?, ?>) ((List<?>) json.get("marks")).get(0);
    assertThat(strike.get("name")).isEqualTo("strike");
    assertThat(strike.get("round")).isEqualTo(1L);
    assertThat(strike.get("phase")).isEqualTo("RESOLUTION");
    assertThat((String) strike.get("event")).startsWith("ROUND 1 RESOLVED");
    assertThat(((Map<?, ?>) ((List<?>) json.get("notes")).get(0)).get("text"))
        .isEqualTo("The federation strikes alone");
    try (var files = Files.list(log.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
          .containsExactlyInAnyOrder(log.getFileName().toString(), notes.getFileName().toString());
    }

    ReplayRun second = replay(log, String.join("\n", "goto strike", "as federation", "marks", "mark strike",
        "goto nowhere", ""));
    assertThat(second.opening()).contains("NOTES 2 marks and 1 note from " + notes);
    List<String> back = second.after("goto strike");
    assertThat(back).anyMatch(l -> l.startsWith("ROUND 1 RESOLVED")).contains("MARK strike",
        "NOTE The federation strikes alone");
    assertThat(second.after("as federation")).contains("MARK strike", "NOTE The federation strikes alone");
    assertThat(second.after("marks")).anyMatch(l -> l.startsWith("MARK strike | round 1 event "));
    assertThat(second.after("mark strike").get(0)).startsWith("MARK strike moved to round 1, event ");
    assertThat(second.after("goto nowhere").get(0)).startsWith("NO MARK \"nowhere\": the marks are strike, mark1");
  }

  @Test
  void anUnreadableNotesFileIsSetAsideNeverOverwritten() throws Exception {
    Path log = log();
    Path notes = NotesFile.beside(log);
    Files.writeString(notes, "{ \"marks\": [ my own scribbles");
    ReplayRun run = replay(log, "mark here\n");

    assertThat(run.opening()).anyMatch(l -> l.startsWith("NOTES FILE " + notes + " cannot be read ("));
    assertThat(run.after("mark here").get(0)).startsWith("MARK here at the lobby, event 1 (saved in ");
    assertThat(Files.readString(notes.resolveSibling(notes.getFileName() + ".unreadable")))
        .isEqualTo("{ \"marks\": [ my own scribbles");
    assertThat(Files.readString(notes)).contains("\"name\": \"here\"");
  }

  @Test
  void privateTalkIsWithheldWhenTheTableWasNotToldTheFacilitatorReadsIt() throws Exception {
    List<LogRecord> records = LogReader.read(recorded).records();
    LogRecord header = records.get(0);
    String text = header.getHeader().getScenarioText();
    assertThat(text).contains("facilitator_reads_private: true");
    Path log = write(dir.resolve("closed.vlog"), records, 0, header.toBuilder().setHeader(header.getHeader()
        .toBuilder().setScenarioText(text.replace("facilitator_reads_private: true", "facilitator_reads_private: false")))
        .build());

    ReplayRun run = replay(log, "next\n".repeat(150) + "talk\nproposals\nas federation\ntalk\n");
    assertThat(run.opening()).anyMatch(l -> l.startsWith("PRIVATE talk, proposals and private agreements are withheld"));
    assertThat(run.out()).doesNotContain(RecordedSession.SECRET_FROM_ANA, RecordedSession.SECRET_FROM_BEN,
        "tax_rate=3;", "clause tax_rate=3")
        .contains("TALK private federation (Ana) -> government: (withheld", "TALK public federation (Ana): "
            + RecordedSession.PUBLIC_FROM_ANA, "AGREEMENT 1 federation, government: (withheld");
    assertThat(run.after("talk", 2)).contains("TALK private government (Ben) -> federation: " + Words.WITHHELD);
  }

  @Test
  void aTornLogSaysWhereAndReplaysWhatIsThere() throws Exception {
    byte[] bytes = Files.readAllBytes(recorded);
    Path torn = Files.write(dir.resolve("torn.vlog"), java.util.Arrays.copyOf(bytes, bytes.length - 7));
    ReplayRun run = replay(torn, "goto end\ngoto 4\n");

    assertThat(run.exit()).isZero();
    assertThat(run.opening()).anyMatch(l -> l.matches("DAMAGED the last record is cut short at byte \\d+ .*"
        + "everything before it is intact: replaying the \\d+ records before the damage"));
    assertThat(run.after("goto end")).doesNotContain("LOG CLOSED").anyMatch(l -> l.startsWith("ENDED: state "));
    assertThat(run.after("goto 4").get(1)).startsWith("ROUND 4 RESOLVED");

    // Cut in the middle of round 3's record: rounds 3 and 4 are not there, and goto says so.
    byte[] cut = java.util.Arrays.copyOf(bytes, offsetOfRound(3) + 9);
    Path short3 = Files.write(dir.resolve("short.vlog"), cut);
    ReplayRun shortRun = replay(short3, "goto 3\n");
    assertThat(shortRun.opening().get(0)).contains("2 of 4 rounds resolved");
    assertThat(shortRun.after("goto 3")).singleElement().asString()
        .startsWith("NOT RESOLVED round 3: the log is damaged and what is left of it ends in RESOLUTION of round 3,"
            + " with 2 of 4 rounds resolved");
  }

  @Test
  void aFileThatIsNoLogIsASentenceAndANonZeroExit() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "these are my notes, not a log\n");
    ReplayRun run = replay(text, "next\n");
    assertThat(run.exit()).isEqualTo(ReplayExitCodes.NOT_A_LOG);
    assertThat(run.out()).startsWith("NOT A LOG: ").contains("is not a veta session log").doesNotContain("at org.");

    ReplayRun missing = replay(dir.resolve("nothing.vlog"), "");
    assertThat(missing.exit()).isEqualTo(ReplayExitCodes.NOT_A_LOG);
    assertThat(missing.out()).startsWith("NOT A LOG: there is no file ");

    ReplayRun seat = replay(log(), "", "--as", "atlantis");
    assertThat(seat.exit()).isEqualTo(ReplayExitCodes.USAGE);
    assertThat(seat.err()).contains("there is no seat atlantis", "government, mayor, federation");
  }

  @Test
  void helpExplainsAndAMistypedLineDoesNotStopTheScript() throws Exception {
    ReplayRun run = replay(log(), "help\nhelp goto\nhelp next round\nfly away\nnext\nquit\nnext\n");
    assertThat(run.after("help").get(0)).isEqualTo("Commands (type `help COMMAND` for more):");
    assertThat(run.after("help")).anyMatch(l -> l.startsWith("  as SEAT|all "))
        .anyMatch(l -> l.startsWith("  note TEXT "));
    assertThat(run.after("help goto")).startsWith("Usage: goto ROUND|end|first|MARK");
    assertThat(run.after("help next round")).startsWith("Usage: next round");
    assertThat(run.after("fly away")).containsExactly("There is no command \"fly\". Type `help` to see the commands.");
    assertThat(eventNumber(run.after("next"))).isEqualTo(2);
    assertThat(run.out()).doesNotContain("> next\n> next").endsWith("> quit\n");

    ReplayRun usage = ReplayRun.of("", "replay", "--help");
    assertThat(usage.exit()).isZero();
    assertThat(usage.out()).contains("LOG", "--as", "--script", "--verify", "LOG.notes.json");
  }

  /** The byte offset at which round N's record starts in the recorded log. */
  private static int offsetOfRound(int round) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogFormat.writeMagic(out);
    for (LogRecord r : LogReader.read(recorded).records()) {
      if (r.hasRound() && r.getRound().getRound() == round) {
        return out.size();
      }
      LogFormat.write(r, out);
    }
    throw new AssertionError("no round " + round);
  }

  /** The records written as a log, with one of them replaced. */
  static Path write(Path file, List<LogRecord> records, int at, LogRecord replacement) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LogFormat.writeMagic(out);
    for (int i = 0; i < records.size(); i++) {
      LogFormat.write(i == at ? replacement : records.get(i), out);
    }
    return Files.write(file, out.toByteArray());
  }
}
