package org.veta.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.Effect;
import org.veta.engine.Game;
import org.veta.engine.RoundResolver;
import org.veta.engine.RoundResult;
import org.veta.engine.Sanction;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Orders;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.log.LogSanction;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.SeatMoves;
import org.veta.session.TableRegistry;

/**
 * Re-executes a session through today's engine from what its log recorded (the scenario, the seed,
 * each round's orders, injected events and sanctions) and compares every state digest. The first
 * round that differs is located by comparing the re-executed effects with the recorded report's:
 * the first change that differs names its seat and mechanism.
 */
public final class Verifier {
  private Verifier() {}

  /** Where a re-execution first left the recorded path. */
  public record Divergence(int round, String seat, String mechanism, String detail) {
    public String describe() {
      return "round " + round + (seat.isEmpty() ? "" : ", seat " + seat)
          + (mechanism.isEmpty() ? "" : ", mechanism " + mechanism) + ": " + detail;
    }
  }

  /** The outcome: how many rounds matched, and the divergence if one did not. */
  public record Verdict(int roundsChecked, Optional<Divergence> divergence,
      Optional<String> otherEngine) {
    public boolean matches() {
      return divergence.isEmpty();
    }
  }

  public static Verdict verify(SessionRecord session) {
    String recordedEngine = session.header().getEngineVersion();
    Optional<String> otherEngine = recordedEngine.equals(TableRegistry.ENGINE_VERSION)
        ? Optional.empty() : Optional.of(recordedEngine);
    Game game;
    try {
      game = session.game();
    } catch (IllegalArgumentException e) {
      return new Verdict(0, Optional.of(new Divergence(0, "", "", "the scenario does not compile in "
          + "this engine: " + e.getMessage())), otherEngine);
    }
    long seed = session.header().getSeed();
    PolicyState state = game.initialState();
    int checked = 0;
    for (LogRound round : session.rounds()) {
      for (var event : round.getInjectedList()) {
        game = game.withEvent(event);
      }
      Orders orders;
      try {
        orders = orders(round);
      } catch (MoveSyntax.SyntaxError e) {
        return new Verdict(checked, Optional.of(new Divergence(round.getRound(), "", "",
            "a recorded move does not read in this engine: " + e.getMessage())), otherEngine);
      }
      List<Sanction> sanctions = new ArrayList<>();
      for (LogSanction s : round.getSanctionsList()) {
        var target = game.layout().target(s.getTarget());
        if (target.isEmpty()) {
          return new Verdict(checked, Optional.of(new Divergence(round.getRound(), s.getSeat(),
              "broken promises", "the sanction's indicator " + s.getTarget()
                  + " does not exist in this engine")), otherEngine);
        }
        sanctions.add(new Sanction(s.getSeat(), s.getMove(), target.get(), s.getDelta(),
            s.getReason()));
      }
      if (round.getRound() != state.round() + 1) {
        return new Verdict(checked, Optional.of(new Divergence(round.getRound(), "", "",
            "the log skips from round " + state.round() + " to round " + round.getRound())),
            otherEngine);
      }
      RoundResult result = RoundResolver.resolve(game, state, orders, seed, sanctions);
      if (!result.after().digest().equals(round.getStateDigest())) {
        return new Verdict(checked, Optional.of(locate(session, round.getRound(), result)),
            otherEngine);
      }
      state = result.after();
      checked++;
    }
    return new Verdict(checked, Optional.empty(), otherEngine);
  }

  static Orders orders(LogRound round) throws MoveSyntax.SyntaxError {
    Orders.Builder orders = Orders.builder();
    for (SeatMoves seat : round.getOrdersList()) {
      List<Move> moves = new ArrayList<>();
      for (String text : seat.getMovesList()) {
        moves.add(MoveSyntax.parse(text));
      }
      orders.set(seat.getSeat(), moves);
    }
    return orders.build();
  }

  /** The first change that differs from the recorded report's, or the digest alone. */
  private static Divergence locate(SessionRecord session, int round, RoundResult result) {
    var recorded = session.report(round);
    if (recorded.isEmpty()) {
      return new Divergence(round, "", "", "the state after the round differs from the recorded "
          + "digest (no report was recorded to say where)");
    }
    List<EffectView> was = recorded.get().getEffectsList();
    List<Effect> now = result.effects();
    for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
      if (i >= now.size()) {
        EffectView w = was.get(i);
        return new Divergence(round, w.getSeat(), w.getMechanism(), "the log records a change to "
            + w.getTarget() + " that re-execution does not make");
      }
      Effect e = now.get(i);
      if (i >= was.size()) {
        return new Divergence(round, e.cause().seat(), e.mechanism().label(), "re-execution "
            + "changes " + e.target().key() + " where the log records no change");
      }
      EffectView w = was.get(i);
      if (!w.getTarget().equals(e.target().key()) || w.getAfter() != e.after()) {
        return new Divergence(round, e.cause().seat(), e.mechanism().label(), e.target().key()
            + " was " + w.getAfter() + " in the log and is " + e.after() + " re-executed");
      }
    }
    return new Divergence(round, "", "", "every recorded change matches, but the state's digest "
        + "differs");
  }
}
