package org.veta.client.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion: the commands, then seats for `as`, rounds and marks for `goto`. */
final class ReplayCompleter implements Completer {
  private final Replay replay;

  ReplayCompleter(Replay replay) {
    this.replay = replay;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates(line.words(), line.wordIndex()).forEach(c -> candidates.add(new Candidate(c)));
  }

  List<String> candidates(List<String> words, int index) {
    if (index == 0) {
      return Verb.words();
    }
    if (index != 1) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    switch (words.get(0).toLowerCase(Locale.ROOT)) {
      case "as", "view" -> {
        out.addAll(replay.timeline().seatIds());
        out.add("all");
      }
      case "goto", "g" -> {
        for (int r = 1; r <= replay.timeline().rounds(); r++) {
          out.add(String.valueOf(r));
        }
        out.add("end");
        out.add("first");
        replay.notes().marks().forEach(m -> out.add(m.name()));
      }
      case "next", "n", "prev", "p" -> out.add("round");
      case "help", "h" -> out.addAll(Verb.words());
      default -> { }
    }
    return out;
  }
}
