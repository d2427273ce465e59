package org.veta.client.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.veta.client.render.Glyphs;
import org.veta.client.render.Text;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.TalkMessage;
import org.veta.replay.SessionRecord;

/**
 * A replay in progress: the log, the view, the position, the marks and notes. Each typed line
 * gives lines to print and whether the screen should be shown afterwards; the shells (a script,
 * a terminal) decide how. Everything shown comes from the log's records: the engine never runs.
 */
final class Replay {
  /** What a command gives back: lines to print, whether to show the screen, whether to leave. */
  record Result(List<String> lines, boolean screen, boolean quit) {
    static Result lines(List<String> lines) {
      return new Result(lines, false, false);
    }

    static Result line(String line) {
      return new Result(List.of(line), false, false);
    }

    static Result screen(List<String> lines) {
      return new Result(lines, true, false);
    }
  }

  private final SessionRecord session;
  private final NotesFile notes;
  private final Glyphs glyphs;
  private Timeline timeline;
  private int position;

  Replay(SessionRecord session, View view, NotesFile notes, Glyphs glyphs) {
    this.session = session;
    this.notes = notes;
    this.glyphs = glyphs;
    this.timeline = Timeline.of(session, view, glyphs);
  }

  /** Whether the log's scenario keeps private talk from the facilitator, and so from the replay. */
  static boolean withholdsPrivate(SessionRecord session) {
    return !session.scenario().getFacilitatorReadsPrivate();
  }

  Timeline timeline() {
    return timeline;
  }

  int position() {
    return position;
  }

  NotesFile notes() {
    return notes;
  }

  String fileName() {
    return session.file().getFileName().toString();
  }

  /** What is said once, before the first screen. */
  List<String> opening() {
    List<String> lines = new ArrayList<>();
    lines.add("REPLAY " + session.file() + ": " + session.scenario().getTitle() + " (scenario "
        + session.scenario().getId() + "), seed " + session.header().getSeed() + ", "
        + timeline.resolvedRounds() + " of " + timeline.rounds() + " rounds resolved, "
        + timeline.events().size() + " events, view " + timeline.view().name());
    session.damage().ifPresent(d -> lines.add("DAMAGED " + d.describe() + ": replaying the "
        + session.records().size() + " records before the damage"));
    if (timeline.view().withholdPrivate()) {
      lines.add("PRIVATE talk, proposals and private agreements are withheld: this scenario does not let "
          + "the facilitator read them, and its players were not told otherwise");
    }
    notes.unreadable().ifPresent(why -> lines.add("NOTES FILE " + notes.file() + " cannot be read (" + why
        + "); it will be set aside as " + notes.file().getFileName() + ".unreadable when you add a mark or note"));
    if (notes.unreadable().isEmpty() && (!notes.marks().isEmpty() || !notes.notes().isEmpty())) {
      lines.add("NOTES " + count(notes.marks().size(), "mark") + " and " + count(notes.notes().size(), "note")
          + " from " + notes.file());
    }
    return lines;
  }

  /** Runs one typed line. */
  Result run(String line) {
    Optional<Verb.Invocation> parsed;
    try {
      parsed = Verb.parse(line);
    } catch (Verb.Unknown e) {
      return Result.line("There is no command \"" + e.word() + "\". Type `help` to see the commands.");
    }
    if (parsed.isEmpty()) {
      return Result.lines(List.of());
    }
    Verb.Invocation call = parsed.get();
    List<String> args = call.args();
    switch (call.verb()) {
      case NEXT:
        return step(count(args), true);
      case PREV:
        return step(count(args), false);
      case NEXT_ROUND:
        return nextRound();
      case PREV_ROUND:
        return prevRound();
      case GOTO:
        return call.rest().isEmpty() ? Result.line("Usage: " + Verb.GOTO.usage()) : go(call.rest());
      case FIRST:
        return moveTo(0);
      case LAST:
        return moveTo(timeline.events().size() - 1);
      case SHOW:
        return Result.screen(List.of());
      case STATE:
        return Result.lines(state());
      case CHANGES:
        return Result.lines(changes());
      case TALK:
        return Result.lines(talk());
      case PROPOSALS:
        return Result.lines(proposals());
      case SEATS:
        return Result.lines(Timeline.seatLines(timeline.seats(event().record())));
      case AS:
        return args.isEmpty() ? Result.line("Usage: " + Verb.AS.usage()) : as(args.get(0));
      case MARK:
        return mark(call.rest());
      case MARKS:
        return Result.lines(marks());
      case NOTE:
        return call.rest().isEmpty() ? Result.line("Usage: " + Verb.NOTE.usage()) : note(call.rest());
      case NOTES:
        return Result.lines(notesList());
      case HELP:
        return Result.lines(help(call.rest()));
      case QUIT:
        return new Result(List.of(), false, true);
      default:
        return Result.lines(List.of());
    }
  }

  Timeline.Event event() {
    return timeline.events().get(position);
  }

  // ------------------------------------------------------------ moving

  private static int count(List<String> args) {
    if (args.isEmpty()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(args.get(0)));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private Result step(int count, boolean forward) {
    int last = timeline.events().size() - 1;
    if (forward && position == last) {
      return Result.line("END event " + (last + 1) + " of " + (last + 1) + " is the last"
          + session.damage().map(d -> " before the damage").orElse("") + "; `first` goes back to the start");
    }
    if (!forward && position == 0) {
      return Result.line("START event 1 is the first; `next` goes on");
    }
    return moveTo(forward ? Math.min(last, position + count) : Math.max(0, position - count));
  }

  private Result moveTo(int to) {
    position = Math.max(0, Math.min(timeline.events().size() - 1, to));
    return Result.screen(List.of());
  }

  private Result nextRound() {
    int round = event().round();
    for (int i = position + 1; i < timeline.events().size(); i++) {
      if (timeline.events().get(i).round() > round) {
        return moveTo(i);
      }
    }
    return Result.line("END there is no round after round " + round + " in this log; `goto end` goes to its last event");
  }

  private Result prevRound() {
    int round = event().round();
    int start = timeline.firstOfRound(round).orElse(0);
    if (start < position) {
      return moveTo(start);
    }
    for (int r = round - 1; r >= 0; r--) {
      Optional<Integer> first = timeline.firstOfRound(r);
      if (first.isPresent()) {
        return moveTo(first.get());
      }
    }
    return Result.line("START this is the first round of the log; `next` goes on");
  }

  private Result go(String where) {
    String w = where.strip().toLowerCase(Locale.ROOT);
    if (w.equals("end") || w.equals("last")) {
      return moveTo(timeline.events().size() - 1);
    }
    if (w.equals("first") || w.equals("start")) {
      return moveTo(0);
    }
    if (w.matches("(round\\s+)?\\d{1,6}")) {
      int round = Integer.parseInt(w.replaceAll("\\D", ""));
      if (round == 0) {
        return moveTo(0);
      }
      if (round > timeline.rounds()) {
        return Result.line("NO ROUND " + round + ": the scenario has " + timeline.rounds() + " rounds");
      }
      Optional<Integer> at = timeline.roundEvent(round);
      if (at.isPresent()) {
        return moveTo(at.get());
      }
      Timeline.Event last = timeline.events().get(timeline.events().size() - 1);
      return Result.line("NOT RESOLVED round " + round + ": the log "
          + (session.damage().isPresent() ? "is damaged and what is left of it " : "")
          + "ends in " + last.phase().name() + (last.round() == 0 ? " before round 1" : " of round " + last.round())
          + ", with " + timeline.resolvedRounds() + " of " + timeline.rounds() + " rounds resolved"
          + "; `goto end` goes there");
    }
    Optional<NotesFile.Mark> mark = notes.mark(where.strip());
    if (mark.isPresent()) {
      return moveTo(timeline.positionOf(mark.get().at().record()));
    }
    return Result.line("NO MARK \"" + where.strip() + "\": " + (notes.marks().isEmpty() ? "there are no marks yet"
        : "the marks are " + String.join(", ", notes.marks().stream().map(NotesFile.Mark::name).toList()))
        + "; goto takes a round (1-" + timeline.rounds() + "), end, first or a mark");
  }

  private Result as(String who) {
    String seat = who.strip();
    View view;
    if (seat.equalsIgnoreCase("all") || seat.equals("*")) {
      view = View.all(timeline.view().withholdPrivate());
    } else if (timeline.seatIds().contains(seat)) {
      view = timeline.view().as(session, seat);
    } else {
      return Result.line("NO SEAT " + seat + ": the seats are " + String.join(", ", timeline.seatIds()) + ", or all");
    }
    int record = event().record();
    timeline = Timeline.of(session, view, glyphs);
    position = timeline.positionOf(record);
    String line = view.omniscient() ? "VIEW all: everything the log recorded (the omniscient view)"
        : "VIEW " + view.seat() + ": only what the table sent " + view.seat() + " and what it sent"
            + (someoneSat(view.seat()) ? "" : " (nobody sat there: this is what the seat could have read)");
    return Result.screen(List.of(line));
  }

  /** Whether a person ever held the seat (bots' seats get their views logged too). */
  private boolean someoneSat(String seat) {
    return session.records().stream().anyMatch(r -> r.hasLifecycle()
        && r.getLifecycle().getSeat().equals(seat) && r.getLifecycle().getEvent().equals("seat taken"));
  }

  // ------------------------------------------------------------ looking

  private List<String> state() {
    int record = event().record();
    List<String> lines = new ArrayList<>();
    List<Indicator> state = timeline.state(record);
    lines.add("STATE " + Screen.stateHeading(timeline, record) + ", view " + timeline.view().name() + ": "
        + count(state.size(), "indicator"));
    if (state.isEmpty()) {
      lines.add("NO INDICATORS: this log records none (it was written by an older server)");
    }
    for (Indicator i : state) {
      lines.add("INDICATOR " + i.getScope() + " " + ChangeText.label(i) + ": " + ChangeText.shown(i) + " "
          + ChangeText.change(i, glyphs));
    }
    var round = timeline.lastRound(record);
    if (round.isEmpty()) {
      lines.add("CHANGES none yet: no round is resolved at this moment");
      return lines;
    }
    List<EffectView> effects = timeline.effects(round.get());
    lines.add("CHANGES round " + round.get().getRound() + ": " + count(effects.size(), "change")
        + ", in the order the engine made them");
    effects.forEach(e -> lines.add(ChangeText.line(e, glyphs)));
    return lines;
  }

  private List<String> changes() {
    var round = timeline.lastRound(event().record());
    if (round.isEmpty()) {
      return List.of("CHANGES none yet: no round is resolved at this moment");
    }
    List<EffectView> effects = timeline.effects(round.get());
    List<String> lines = new ArrayList<>();
    lines.add("CHANGES round " + round.get().getRound() + ": " + count(effects.size(), "change") + ", largest first");
    ChangeText.bySize(effects).forEach(e -> lines.add(ChangeText.line(e, glyphs)));
    return lines;
  }

  private List<String> talk() {
    List<TalkMessage> talk = timeline.talk(event().record());
    if (talk.isEmpty()) {
      return List.of("NO TALK up to this moment" + (timeline.view().omniscient() ? "" : " that "
          + timeline.view().seat() + " could read"));
    }
    Words words = new Words(timeline.view(), glyphs);
    List<String> lines = new ArrayList<>();
    String heading = "";
    for (TalkMessage m : talk) {
      String h = "IN round " + m.getRound() + " " + (m.getPhase() == Phase.PHASE_UNSPECIFIED ? "" : m.getPhase().name());
      if (!h.equals(heading)) {
        lines.add(h.strip());
        heading = h;
      }
      lines.add(words.talk(m));
    }
    return lines;
  }

  private List<String> proposals() {
    Timeline.Deals deals = timeline.deals(event().record());
    if (deals.proposals().isEmpty() && deals.agreements().isEmpty()) {
      return List.of("NO PROPOSALS up to this moment" + (timeline.view().omniscient() ? ""
          : " that " + timeline.view().seat() + " was party to"));
    }
    Words words = new Words(timeline.view(), glyphs);
    List<String> lines = new ArrayList<>();
    for (ProposalView p : deals.proposals()) {
      lines.add(words.proposal(p));
    }
    deals.agreements().forEach(a -> lines.addAll(words.agreement(a)));
    if (deals.agreements().isEmpty()) {
      lines.add("NO AGREEMENTS up to this moment");
    }
    return lines;
  }

  // ------------------------------------------------------------ marks and notes

  private NotesFile.Anchor anchor() {
    Timeline.Event e = event();
    return new NotesFile.Anchor(e.record(), e.round(), e.phase().name(), e.summary());
  }

  private String here() {
    Timeline.Event e = event();
    return (e.round() == 0 ? "the lobby" : "round " + e.round()) + ", event " + (position + 1);
  }

  private Result mark(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      int i = 1;
      while (notes.mark("mark" + i).isPresent()) {
        i++;
      }
      n = "mark" + i;
    }
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.matches("(round\\s+)?\\d+") || List.of("end", "last", "first", "start").contains(lower)) {
      return Result.line("A mark cannot be called \"" + n + "\": `goto " + n + "` already means something else");
    }
    boolean moved = notes.mark(n, anchor());
    Optional<String> failed = notes.save();
    return Result.line((moved ? "MARK " + n + " moved to " : "MARK " + n + " at ") + here()
        + failed.map(why -> "; NOT SAVED: " + why + " (kept until you quit)").orElse(" (saved in " + notes.file() + ")"));
  }

  private List<String> marks() {
    if (notes.marks().isEmpty()) {
      return List.of("NO MARKS yet: `mark NAME` bookmarks a moment");
    }
    List<String> lines = new ArrayList<>();
    for (NotesFile.Mark m : notes.marks()) {
      int at = timeline.positionOf(m.at().record());
      Timeline.Event e = timeline.events().get(at);
      lines.add("MARK " + m.name() + " | " + (e.round() == 0 ? "lobby" : "round " + e.round()) + " event "
          + (at + 1) + ": " + e.summary());
    }
    return lines;
  }

  private Result note(String text) {
    notes.note(text, anchor());
    Optional<String> failed = notes.save();
    return Result.line("NOTED at " + here()
        + failed.map(why -> "; NOT SAVED: " + why + " (kept until you quit)").orElse(" (saved in " + notes.file() + ")"));
  }

  private List<String> notesList() {
    if (notes.notes().isEmpty()) {
      return List.of("NO NOTES yet: `note TEXT` keeps one at this moment");
    }
    List<String> lines = new ArrayList<>();
    for (NotesFile.Note n : notes.notes()) {
      int at = timeline.positionOf(n.at().record());
      Timeline.Event e = timeline.events().get(at);
      lines.add("NOTE " + (e.round() == 0 ? "lobby" : "round " + e.round()) + " event " + (at + 1) + ": " + n.text());
    }
    return lines;
  }

  // ------------------------------------------------------------ help

  static List<String> help(String about) {
    if (about.isBlank()) {
      List<String> lines = new ArrayList<>();
      lines.add("Commands (type `help COMMAND` for more):");
      for (Verb v : Verb.values()) {
        lines.add("  " + Text.padRight(v.usage(), 26) + " " + v.summary());
      }
      lines.add("Keys on a terminal, on an empty line: Right or Space next, Left prev, Page Down/Up next/prev round,"
          + " Home first, End last.");
      return lines;
    }
    Optional<Verb> verb;
    try {
      verb = Verb.parse(about).map(Verb.Invocation::verb);
    } catch (Verb.Unknown e) {
      verb = Optional.empty();
    }
    if (verb.isEmpty()) {
      return List.of("There is no command \"" + about.strip() + "\". Type `help` to see the commands.");
    }
    List<String> lines = new ArrayList<>();
    lines.add("Usage: " + verb.get().usage());
    lines.addAll(List.of(verb.get().help().split("\n")));
    return lines;
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
