package org.veta.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.veta.protocol.log.LogRound;

/**
 * Who sat where: the people who held each seat (by the names the table knew them by), the bots
 * that played it round by round, and every change of seat the log recorded.
 */
public final class Seating {
  /** A seat taken, freed, dropped, retaken, moved or handed to a bot, in the round it happened. */
  public record Change(int round, String event, String seat, String detail) {}

  private final Map<String, Set<String>> players = new LinkedHashMap<>();
  private final Set<String> facilitators = new LinkedHashSet<>();
  private final Set<String> otherNames = new LinkedHashSet<>();
  private final List<Change> changes = new ArrayList<>();
  /** Seat, then strategy, then how many rounds it played. */
  private final Map<String, Map<String, Integer>> bots = new LinkedHashMap<>();

  void player(String seat, String name) {
    if (!name.isBlank()) {
      players.computeIfAbsent(seat, s -> new LinkedHashSet<>()).add(name);
    }
  }

  void name(String name) {
    if (!name.isBlank()) {
      otherNames.add(name);
    }
  }

  void facilitator(String name) {
    if (!name.isBlank()) {
      facilitators.add(name);
    }
  }

  void change(Change change) {
    changes.add(change);
  }

  void botRounds(List<LogRound> rounds) {
    for (LogRound r : rounds) {
      for (String bot : r.getBotsList()) {
        int eq = bot.indexOf('=');
        if (eq > 0) {
          bots.computeIfAbsent(bot.substring(0, eq), s -> new TreeMap<>())
              .merge(bot.substring(eq + 1), 1, Integer::sum);
        }
      }
    }
  }

  /** The people who held the seat, in the order they took it. */
  public List<String> players(String seat) {
    return List.copyOf(players.getOrDefault(seat, Set.of()));
  }

  /** Strategy to rounds played, for the bots that played the seat. */
  public Map<String, Integer> bots(String seat) {
    return bots.getOrDefault(seat, Map.of());
  }

  public List<Change> changes() {
    return changes;
  }

  public Set<String> facilitators() {
    return facilitators;
  }

  /** Every participant's name the log holds (not the facilitators'), each once. */
  public Set<String> participants() {
    Set<String> all = new LinkedHashSet<>();
    players.values().forEach(all::addAll);
    all.addAll(otherNames);
    all.removeAll(facilitators);
    return all;
  }

  /** The first seat a participant held, if any. */
  public String seatOf(String name) {
    for (Map.Entry<String, Set<String>> e : players.entrySet()) {
      if (e.getValue().contains(name)) {
        return e.getKey();
      }
    }
    return "";
  }

  /** " (left in round 3)", " (lost the connection in round 5)", or "" if they stayed. */
  private String departure(String seat, String name) {
    String how = "";
    for (Change c : changes) {
      if (!c.seat().equals(seat)) {
        continue;
      }
      boolean theirs = c.detail().startsWith(name + " ");
      if (c.event().equals("seat freed") && theirs) {
        how = " (left " + when(c.round()) + ")";
      } else if (c.event().equals("seat dropped") && theirs) {
        how = " (lost the connection " + when(c.round()) + ")";
      } else if (c.event().equals("seat kicked") || c.event().equals("seat to bot")
          || c.event().equals("seat opened")) {
        how = how.isEmpty() && players(seat).size() == 1
            ? " (removed by the facilitator " + when(c.round()) + ")" : how;
      } else if ((c.event().equals("seat taken") || c.event().equals("seat retaken"))
          && c.detail().equals(name)) {
        how = "";
      }
    }
    return how;
  }

  private static String when(int round) {
    return round == 0 ? "before the game" : "in round " + round;
  }

  /** "Ana Quispe; a bot (adaptive) in 13 rounds", or "a bot (historical) in every round". */
  public String describe(String seat, int rounds) {
    List<String> parts = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (String name : players(seat)) {
      people.add(name + departure(seat, name));
    }
    if (!people.isEmpty()) {
      parts.add(String.join(", ", people));
    }
    for (Map.Entry<String, Integer> bot : bots(seat).entrySet()) {
      parts.add("a bot (" + bot.getKey() + ") "
          + (bot.getValue() >= rounds && rounds > 0 ? "in every round"
          : "in " + bot.getValue() + (bot.getValue() == 1 ? " round" : " rounds")));
    }
    return parts.isEmpty() ? "nobody" : String.join("; ", parts);
  }
}
