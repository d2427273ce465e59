package org.veta.engine.move;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.Game;
import org.veta.engine.SeatInfo;
import org.veta.engine.state.ClauseVariable;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.RegionVar;
import org.veta.protocol.scenario.Role;

/**
 * Which moves a seat may order now. A refused move is reported with its reason and never touches
 * the state. The checks read only the state at the start of the round, so the order in which
 * seats submit cannot matter.
 */
public final class MoveRules {
  private MoveRules() {}

  /** Checks one move against the state and the moves the seat already has accepted this round. */
  public static Optional<Refusal> check(Game game, PolicyState state, SeatInfo seat, Move move,
      List<Move> accepted) {
    Move text = move;
    MoveKind kind = move.kind();
    if (!kind.allowedFor(seat.role())) {
      return refuse(seat, text, Refusal.Code.WRONG_ROLE, "'" + kind.token() + "' is a "
          + roleName(kind.role().orElseThrow()) + " move; your seat is " + roleName(seat.role())
          + ".");
    }
    if (!accepted.isEmpty() && (kind == MoveKind.HOLD || accepted.get(0).kind() == MoveKind.HOLD)) {
      return refuse(seat, text, Refusal.Code.TOO_MANY_MOVES,
          "'hold' means no other move this round; drop one of them.");
    }
    if (accepted.size() >= game.maxMovesPerRound()) {
      return refuse(seat, text, Refusal.Code.TOO_MANY_MOVES, "You may order at most "
          + game.maxMovesPerRound() + " moves a round.");
    }
    for (Move earlier : accepted) {
      if (earlier.kind() == kind && !sameKindAllowed(earlier, move)) {
        return refuse(seat, text, Refusal.Code.TOO_MANY_MOVES, "You already ordered '"
            + kind.token() + "' this round.");
      }
    }
    return argumentProblem(game, seat, move).or(() -> momentProblem(game, state, seat, move));
  }

  /** Drafting or proposing several clauses in one round is fine; the same clause twice is not. */
  private static boolean sameKindAllowed(Move earlier, Move move) {
    if (earlier instanceof Move.Draft a && move instanceof Move.Draft b) {
      return !a.clause().equals(b.clause());
    }
    if (earlier instanceof Move.Propose a && move instanceof Move.Propose b) {
      return !a.clause().equals(b.clause());
    }
    return false;
  }

  private static Optional<Refusal> argumentProblem(Game game, SeatInfo seat, Move move) {
    Move text = move;
    if (move instanceof Move.Interdiction i && !game.layout().hasRegion(i.region())) {
      return refuse(seat, text, Refusal.Code.INVALID_ARGUMENT, "There is no region '" + i.region()
          + "'. Regions: " + String.join(", ", game.layout().regions()) + ".");
    }
    String clause = move instanceof Move.Draft d ? d.clause()
        : move instanceof Move.Propose p ? p.clause() : null;
    if (clause != null) {
      if (!game.layout().hasClause(clause)) {
        return refuse(seat, text, Refusal.Code.INVALID_ARGUMENT, "The law draft has no clause '"
            + clause + "'. Clauses: " + String.join(", ", game.layout().clauses().stream()
            .map(ClauseVariable::id).toList()) + ".");
      }
      ClauseVariable c = game.layout().clause(clause);
      double value = move instanceof Move.Draft d ? d.value() : ((Move.Propose) move).value();
      if (value < c.min() || value > c.max()) {
        return refuse(seat, text, Refusal.Code.INVALID_ARGUMENT, "'" + c.label() + "' must be between "
            + MoveSyntax.plain(c.min()) + " and " + MoveSyntax.plain(c.max()) + " " + c.unitLabel()
            + ".");
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> momentProblem(Game game, PolicyState state, SeatInfo seat,
      Move move) {
    Move text = move;
    int round = state.round() + 1;
    boolean roundtable = state.get(NationalVar.ROUNDTABLE_OPEN) > 0;
    boolean direct = state.get(NationalVar.DIRECT_NEGOTIATION) > 0;
    double lawStage = state.get(NationalVar.LAW_STAGE);
    double minIncorporation = game.coefficients().getLobbying().getMinIncorporation();
    switch (move.kind()) {
      case LOBBY, DEMAND_RESIGNATION, THREATEN_WITHDRAWAL:
        if (game.incorporation() < minIncorporation) {
          return refuse(seat, text, Refusal.Code.NOT_INCORPORATED, "The miners in this scenario "
              + "are not politically incorporated (incorporation " + MoveSyntax.plain(
              game.incorporation()) + ", below " + MoveSyntax.plain(minIncorporation)
              + "): they have no former peers in government to reach.");
        }
        break;
      case RUN_FOR_OFFICE:
        if (!game.isElectionRound(round)) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "There is no election this round. "
              + "Election rounds: " + game.scenario().getElectionRoundsList() + ".");
        }
        if (state.get(seat.region(), RegionVar.MINER_IN_OFFICE) > 0) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "Your federation already holds "
              + "the office in " + game.layout().regionName(seat.region()) + ".");
        }
        break;
      case BOYCOTT, SILENCE, REJECT_DRAFT:
        if (!roundtable) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT,
              "No roundtable is in session; the central state must convene one first.");
        }
        break;
      case PROPOSE:
        if (!roundtable && !direct) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "Clauses can be proposed only at "
              + "a roundtable or in direct negotiation, and neither is open.");
        }
        if (lawStage > 0) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "The draft is with the legislature "
              + "or already law; it can no longer be edited.");
        }
        break;
      case DRAFT:
        if (lawStage > 0) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "The draft is with the legislature "
              + "or already law; it can no longer be edited.");
        }
        break;
      case ROUNDTABLE:
        if (roundtable || direct) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, direct
              ? "Direct negotiation has replaced the roundtable."
              : "A roundtable is already in session.");
        }
        break;
      case NEGOTIATE, DEMAND_NEGOTIATION:
        if (direct) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "Direct negotiation is already open.");
        }
        break;
      case SUBMIT_LAW:
        if (lawStage > 0) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT,
              "The law has already been submitted.");
        }
        if (!roundtable && !direct) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "A law is submitted after a "
              + "roundtable or direct negotiation; convene one first.");
        }
        break;
      case ENACT, CONCEDE:
        if (lawStage != 2) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, lawStage == 3
              ? "The law is already enacted."
              : "The law can be enacted only after the legislature has revised it (submit it first).");
        }
        break;
      case DELEGATE:
        if (state.get(NationalVar.DELEGATION) > 0) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT,
              "Formalization is already delegated to the regions.");
        }
        break;
      case DEROGATE:
        if (state.get(NationalVar.REGULATION_STRINGENCY) <= 0) {
          return refuse(seat, text, Refusal.Code.WRONG_MOMENT, "There is no regulation left to derogate.");
        }
        break;
      default:
        break;
    }
    if (seat.role() != Role.CENTRAL_STATE && !seat.hasRegion() && move.kind() != MoveKind.HOLD) {
      return refuse(seat, text, Refusal.Code.INVALID_ARGUMENT, "Your seat has no region to act in.");
    }
    return Optional.empty();
  }

  /** The move kinds this seat may order now, ignoring what it already ordered this round. */
  public static List<MoveKind> available(Game game, PolicyState state, SeatInfo seat) {
    List<MoveKind> out = new ArrayList<>();
    for (MoveKind kind : MoveKind.forRole(seat.role())) {
      Move probe = probe(game, kind);
      if (probe != null && momentProblem(game, state, seat, probe).isEmpty()) {
        out.add(kind);
      }
    }
    return out;
  }

  /** A representative move of a kind, with default or first-valid arguments. */
  static Move probe(Game game, MoveKind kind) {
    StringBuilder text = new StringBuilder(kind.token());
    for (Param p : kind.params()) {
      switch (p.type()) {
        case REGION -> text.append(' ').append(game.layout().regions().get(0));
        case CLAUSE -> {
          if (game.layout().clauses().isEmpty()) {
            return null;
          }
          text.append(' ').append(game.layout().clauses().get(0).id());
        }
        case CHOICE -> text.append(' ').append(p.choices().get(0));
        default -> {
          if (!p.hasDefault()) {
            text.append(' ').append(MoveSyntax.plain(game.layout().clauses().get(0).min()));
          }
        }
      }
    }
    try {
      return MoveSyntax.parse(text.toString());
    } catch (MoveSyntax.SyntaxError e) {
      throw new IllegalStateException("probe of " + kind + " does not parse: " + e.getMessage(), e);
    }
  }

  public static String roleName(Role role) {
    return switch (role) {
      case CENTRAL_STATE -> "central-state";
      case REGIONAL_OFFICIAL -> "regional-official";
      case FEDERATION -> "federation";
      default -> "unassigned";
    };
  }

  private static Optional<Refusal> refuse(SeatInfo seat, Move move, Refusal.Code code,
      String message) {
    return Optional.of(new Refusal(seat.id(), move.text(), code, message));
  }
}
