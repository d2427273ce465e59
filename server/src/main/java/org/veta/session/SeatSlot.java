package org.veta.session;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;

/** One seat at a table: who holds it (a person, a bot, or nobody) and its orders this round. */
final class SeatSlot {
  final SeatInfo seat;
  Member member;
  String player = "";
  String botStrategy = "";
  boolean ready;
  boolean submitted;
  final List<Move> orders = new ArrayList<>();

  SeatSlot(SeatInfo seat) {
    this.seat = seat;
  }

  boolean person() {
    return member != null;
  }

  boolean bot() {
    return member == null && !botStrategy.isEmpty();
  }

  boolean free() {
    return member == null;
  }
}
