package org.veta.engine;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.move.Param;

/**
 * Orders drawn at random for property tests: any move kind for any seat, with arguments that are
 * sometimes valid and sometimes not (unknown regions and clauses, values outside a clause's
 * range), and sometimes for seats that do not exist. Most are refused; the rest play.
 */
final class RandomOrders {
  private RandomOrders() {}

  static Orders draw(Game game, SeededRandom random) {
    Orders.Builder orders = Orders.builder();
    List<String> seats = new ArrayList<>(game.layout().seats());
    seats.add("nobody");
    for (String seat : seats) {
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        orders.add(seat, move(game, random));
      }
    }
    return orders.build();
  }

  static Move move(Game game, SeededRandom random) {
    MoveKind[] kinds = MoveKind.values();
    MoveKind kind = kinds[random.nextInt(kinds.length)];
    StringBuilder text = new StringBuilder(kind.token());
    for (Param p : kind.params()) {
      text.append(' ').append(p.name()).append('=');
      switch (p.type()) {
        case REGION -> text.append(pick(game.layout().regions(), "atlantis", random));
        case CLAUSE -> text.append(pick(game.layout().clauses().stream().map(c -> c.id()).toList(),
            "no_such_clause", random));
        case CHOICE -> text.append(p.choices().get(random.nextInt(p.choices().size())));
        default -> {
          double lo = p.name().equals("value") ? -20 : p.min();
          double hi = p.name().equals("value") ? 120 : p.max();
          double v = lo + random.nextDouble() * (hi - lo);
          text.append(MoveSyntax.plain(p.type() == Param.Type.WHOLE_NUMBER ? Math.rint(v)
              : Math.round(v * 100) / 100.0));
        }
      }
    }
    try {
      return MoveSyntax.parse(text.toString());
    } catch (MoveSyntax.SyntaxError e) {
      throw new IllegalStateException(text + ": " + e.getMessage(), e);
    }
  }

  private static String pick(List<String> ids, String bogus, SeededRandom random) {
    return random.nextInt(5) == 0 ? bogus : ids.get(random.nextInt(ids.size()));
  }
}
