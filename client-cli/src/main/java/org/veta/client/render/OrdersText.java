package org.veta.client.render;

import java.util.ArrayList;
import java.util.List;
import org.veta.protocol.wire.MoveList;
import org.veta.protocol.wire.MoveOption;
import org.veta.protocol.wire.OrderResult;
import org.veta.protocol.wire.OrdersView;

/** Orders and moves as lines: "ACCEPTED strike scale=1 days=23", "REFUSED lobby: reason". */
public final class OrdersText {
  private OrdersText() {}

  public static List<String> results(OrdersView view) {
    List<String> lines = new ArrayList<>();
    for (OrderResult result : view.getResultsList()) {
      lines.add(result.getAccepted()
          ? "ACCEPTED " + result.getMove()
          : "REFUSED " + result.getMove() + ": " + (result.getReason().isEmpty() ? result.getRefusal() : result.getReason()));
    }
    return lines;
  }

  public static List<String> orders(List<String> orders, boolean submitted) {
    if (orders.isEmpty()) {
      return List.of("NO ORDERS" + (submitted ? " (submitted)" : ""));
    }
    List<String> lines = new ArrayList<>();
    orders.forEach(order -> lines.add("ORDER " + order));
    if (submitted) {
      lines.add("SUBMITTED");
    }
    return lines;
  }

  /** "OPTION strike [scale=N] [days=N]: what it does. Costs: what it risks." */
  public static List<String> moves(MoveList list) {
    if (list.getMovesCount() == 0) {
      return List.of("NO MOVES available now");
    }
    List<String> lines = new ArrayList<>();
    for (MoveOption move : list.getMovesList()) {
      String usage = move.getUsage().isEmpty() ? move.getToken() : move.getUsage();
      lines.add("OPTION " + usage + ": " + move.getSummary()
          + (move.getConsequence().isEmpty() ? "" : " Costs: " + move.getConsequence()));
    }
    if (list.getMaxMoves() > 0) {
      lines.add("MAX " + list.getMaxMoves() + " moves per round");
    }
    return lines;
  }
}
