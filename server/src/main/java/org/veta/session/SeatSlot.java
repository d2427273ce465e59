package org.veta.session;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;

/**
 * One seat at a table and who holds it: a person; a person whose connection dropped (the seat is
 * held for them); a bot; or nobody (open). Plus its orders this round.
 */
final class SeatSlot {
  final SeatInfo seat;
  Member member;
  String player = "";
  String botStrategy = "";
  /** The person lost their connection; player keeps their name so they can take the seat back. */
  boolean dropped;
  boolean ready;
  boolean submitted;
  final List<Move> orders = new ArrayList<>();
  /** The key back to this seat for the person who holds it (empty when nobody does). */
  String token = "";
  /** The token's SHA-256: what a returning client's token is checked against (and what the log keeps). */
  String fingerprint = "";
  /** The last answers to this seat's requests, by request id: a request sent again gets its answer again. */
  final java.util.LinkedHashMap<Long, org.veta.protocol.wire.ServerMessage> answers =
      new java.util.LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(
            java.util.Map.Entry<Long, org.veta.protocol.wire.ServerMessage> eldest) {
          return size() > 256;
        }
      };

  SeatSlot(SeatInfo seat) {
    this.seat = seat;
  }

  boolean person() {
    return member != null;
  }

  boolean dropped() {
    return member == null && dropped;
  }

  boolean bot() {
    return member == null && !dropped && !botStrategy.isEmpty();
  }

  /** Nobody holds the seat: a person may join it, and it plays by the deadline policy. */
  boolean open() {
    return member == null && !dropped && botStrategy.isEmpty();
  }

  /** A person may take it without asking anyone: open, or a bot's. */
  boolean free() {
    return member == null && !dropped;
  }

  /** "person", "dropped", "bot:STRATEGY" or "open", for the facilitator. */
  String occupant() {
    return person() ? "person" : dropped() ? "dropped" : bot() ? "bot:" + botStrategy : "open";
  }

  void seatPerson(Member who, String name, String newToken) {
    member = who;
    player = name;
    dropped = false;
    botStrategy = "";
    submitted = false;
    ready = false;
    token = newToken;
    fingerprint = newToken.isEmpty() ? "" : SeatTokens.fingerprint(newToken);
    answers.clear();
  }

  /** Nobody holds the seat any more (its person, if any, is already told or gone). */
  void empty() {
    member = null;
    player = "";
    dropped = false;
    botStrategy = "";
    token = "";
    fingerprint = "";
    answers.clear();
  }
}
