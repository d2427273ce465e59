package org.veta.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.Refusal;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.protocol.scenario.Role;

/**
 * Whether an agreement's clause terms can reach the law draft now, and by which moves. Agreements
 * are not enforcement: a clause agreed in the talks changes the draft only when the parties order
 * the moves and the engine resolves them. The study's miners won clauses where the law was made:
 * first at roundtables, then "now without middlemen" in direct negotiation, always with the
 * central state across the table. So a clause term is allowed only while a roundtable is in
 * session or direct negotiation is open, the draft is not yet with the legislature, and a
 * central-state seat is a party; nothing here changes the draft.
 */
public final class DraftChanges {
  private DraftChanges() {}

  /** One seat's move that carries a clause term out. */
  public record SeatMove(String seat, Move move) {
    /** In move syntax, as the seat would order it: {@code draft clause=tax_rate value=1}. */
    public String text() {
      return move.text();
    }
  }

  /**
   * The verdict for one clause term: allowed with the moves to order in the same round, or not
   * allowed with a sentence saying why (and no moves).
   */
  public record DraftChange(Term.ClauseTerm term, boolean allowed, String reason,
      List<SeatMove> moves) {
    public DraftChange {
      moves = List.copyOf(moves);
    }
  }

  /**
   * @param state the state at the start of the round in which the parties would order the moves
   */
  public static List<DraftChange> allowed(Game game, PolicyState state, Agreement agreement) {
    List<DraftChange> out = new ArrayList<>();
    Optional<SeatInfo> centre = party(game, agreement, Role.CENTRAL_STATE);
    Optional<SeatInfo> federation = party(game, agreement, Role.FEDERATION);
    for (Term.ClauseTerm term : agreement.clauseTerms()) {
      Optional<String> problem = momentProblem(state).or(() -> centre.isEmpty()
          ? Optional.of("No central-state seat is a party to agreement " + agreement.id()
              + ": only the central state writes the law draft.")
          : Optional.empty());
      if (problem.isPresent()) {
        out.add(new DraftChange(term, false, problem.get(), List.of()));
        continue;
      }
      List<SeatMove> moves = new ArrayList<>();
      // In direct negotiation both sides must write the same value for the clause to land on it
      // (the engine meets them at central + power x (federation - central)); at a roundtable the
      // draft sets it and a matching proposal leaves it there.
      federation.ifPresent(f -> moves.add(new SeatMove(f.id(),
          new Move.Propose(term.clause(), term.value()))));
      moves.add(new SeatMove(centre.get().id(), new Move.Draft(term.clause(), term.value())));
      Optional<String> refused = refusal(game, state, moves);
      out.add(refused.map(r -> new DraftChange(term, false, r, List.of()))
          .orElseGet(() -> new DraftChange(term, true, "Allowed: "
              + (state.get(NationalVar.DIRECT_NEGOTIATION) > 0 ? "direct negotiation is open"
              : "a roundtable is in session") + "; the parties order "
              + String.join(" and ", moves.stream().map(m -> m.seat() + " `" + m.text() + "`")
              .toList()) + " this round.", moves)));
    }
    return List.copyOf(out);
  }

  private static Optional<String> momentProblem(PolicyState state) {
    if (state.get(NationalVar.LAW_STAGE) > 0) {
      return Optional.of("The draft is with the legislature or already law; it can no longer be "
          + "edited.");
    }
    if (state.get(NationalVar.ROUNDTABLE_OPEN) <= 0
        && state.get(NationalVar.DIRECT_NEGOTIATION) <= 0) {
      return Optional.of("Neither a roundtable nor direct negotiation is open: an agreed clause "
          + "reaches the law draft only where the law is negotiated.");
    }
    return Optional.empty();
  }

  /** The engine's own rules have the last word on each move (a seat without a region, say). */
  private static Optional<String> refusal(Game game, PolicyState state, List<SeatMove> moves) {
    for (SeatMove m : moves) {
      SeatInfo seat = game.seat(m.seat()).orElseThrow();
      Optional<Refusal> refusal = MoveRules.check(game, state, seat, m.move(), List.of());
      if (refusal.isPresent()) {
        return Optional.of(m.seat() + " could not order `" + m.text() + "`: "
            + refusal.get().message());
      }
    }
    return Optional.empty();
  }

  private static Optional<SeatInfo> party(Game game, Agreement agreement, Role role) {
    return agreement.parties().stream().map(game::seat).flatMap(Optional::stream)
        .filter(s -> s.role() == role).findFirst();
  }
}
