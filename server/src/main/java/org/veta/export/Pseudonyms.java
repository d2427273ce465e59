package org.veta.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veta.debrief.PlayedTable;

/**
 * Participants' names replaced by the seat each first took ("Ana Quispe" becomes "fedemin"), and
 * facilitators' by "facilitator" (numbered when there were several): in name fields, and in free
 * text (talk, promises, the facilitator's messages) as whole names and as each part of a name of
 * three letters or more, so "Ana, strike now" loses "Ana" too. Connection addresses are not
 * exported at all.
 */
final class Pseudonyms {
  private final Map<String, String> byName = new LinkedHashMap<>();
  private final List<Map.Entry<Pattern, String>> patterns = new ArrayList<>();

  private Pseudonyms(boolean active, List<PlayedTable> tables) {
    if (!active) {
      return;
    }
    List<String> facilitators = new ArrayList<>();
    for (PlayedTable t : tables) {
      for (String name : t.seating().participants()) {
        String seat = t.seating().seatOf(name);
        byName.putIfAbsent(name, seat.isEmpty() ? "participant" : seat);
      }
      for (String f : t.seating().facilitators()) {
        if (!facilitators.contains(f)) {
          facilitators.add(f);
        }
      }
    }
    for (int i = 0; i < facilitators.size(); i++) {
      byName.putIfAbsent(facilitators.get(i), facilitators.size() == 1 ? "facilitator"
          : "facilitator-" + (i + 1));
    }
    List<Map.Entry<String, String>> words = new ArrayList<>();
    byName.forEach((name, alias) -> words.add(Map.entry(name, alias)));
    byName.forEach((name, alias) -> {
      for (String part : name.split("[\\s\\p{Punct}]+")) {
        if (part.codePointCount(0, part.length()) >= 3 && !part.equalsIgnoreCase(name)) {
          words.add(Map.entry(part, alias));
        }
      }
    });
    // Whole names first, longest first, so "Ana Quispe" is one replacement, not two.
    words.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
        .reversed());
    for (Map.Entry<String, String> w : words) {
      patterns.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w.getKey())
          + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), w.getValue()));
    }
  }

  static Pseudonyms none() {
    return new Pseudonyms(false, List.of());
  }

  static Pseudonyms of(List<PlayedTable> tables) {
    return new Pseudonyms(true, tables);
  }

  boolean active() {
    return !byName.isEmpty();
  }

  /** A name field: the person's pseudonym, or the name as it is when not replacing. */
  String name(String name) {
    if (name == null || name.isEmpty() || byName.isEmpty()) {
      return name;
    }
    String alias = byName.get(name);
    return alias != null ? alias : text(name);
  }

  /** Free text with every known name in it replaced. */
  String text(String text) {
    if (text == null || text.isEmpty() || patterns.isEmpty()) {
      return text;
    }
    String out = text;
    for (Map.Entry<Pattern, String> p : patterns) {
      Matcher m = p.getKey().matcher(out);
      out = m.replaceAll(Matcher.quoteReplacement(p.getValue()));
    }
    return out;
  }

  /** For the report of what was replaced: how many names. */
  int size() {
    return byName.size();
  }

}
