package org.veta.debrief;

/**
 * Something a facilitator did at the table, as its log recorded it: who, when (the round being
 * played, 0 in the lobby), and what, in words.
 */
public record FacilitatorAction(int round, long timeMs, String who, String kind, String what) {
  /** Watching a table or downloading its log changes nothing at it. */
  public boolean changesTheTable() {
    return !kind.equals("watch") && !kind.equals("get_log");
  }
}
