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
  /**
   * How many recent answers a seat keeps for requests sent again after a broken connection: a
   * client sends again only what was in flight when the connection broke. Kept serialized (an
   * answer is mostly a few bytes of Ok); 8,000 seats keeping 256 answers each as messages held a
   * quarter of a 1 GiB heap, and as arrays of their own they were a large share of what the
   * collector copied in every young pause ({@link RecentBytes}).
   */
  static final int ANSWERS_KEPT = 64;

  /** The last answers to this seat's requests (key: the request id), as they were sent. */
  final RecentBytes answers = new RecentBytes(4 * 1024, ANSWERS_KEPT + 1);

  // The clauses' worth to this seat, for the state they were worked out in (states are
  // immutable, so identity says when they change). A seat's view is read every few seconds and
  // the state changes once a round: working them out for every view built a utility function per
  // clause each time, a fifth of what the server allocated under load.
  private org.veta.engine.state.PolicyState clausesOf;
  private List<org.veta.protocol.wire.ClauseUtilityView> clauses = List.of();

  List<org.veta.protocol.wire.ClauseUtilityView> clauseViews(org.veta.engine.state.PolicyState now,
      java.util.function.Supplier<List<org.veta.protocol.wire.ClauseUtilityView>> workOut) {
    if (now != clausesOf) {
      clauses = workOut.get();
      clausesOf = now;
    }
    return clauses;
  }

  /** Keeps an answer as it was sent (the bytes its reader's socket got). */
  void keepAnswer(long requestId, byte[] answer) {
    answers.add(requestId, 0, "", answer);
    while (answers.size() > ANSWERS_KEPT) {
      answers.removeOldest();
    }
  }

  /** The answer already given to this request id, or null. */
  org.veta.protocol.wire.ServerMessage answerTo(long requestId) {
    int kept = answers.newest(requestId);
    if (kept < 0) {
      return null;
    }
    byte[] bytes = answers.copy(kept);
    try {
      return org.veta.protocol.wire.ServerMessage.parseFrom(bytes);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException("an answer kept by this seat does not read back", e);
    }
  }

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
