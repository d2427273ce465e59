package org.veta.negotiation;

import java.util.List;
import java.util.Optional;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveKind;
import org.veta.protocol.scenario.Role;

/**
 * What a seat promises to do, or not to do, with its moves. The pledges are the study's currency
 * of informal deals: federations promising calm ("no strike"), officials promising to forbear or
 * to stand with the miners in public, the centre promising to hold back interdictions and decrees.
 * A pledge names the moves it is about, so the game can tell a kept promise from a broken one.
 */
public sealed interface Pledge {
  /** The word a player types, e.g. {@code no_strike}. */
  String token();

  /** The pledge as typed, with its argument, e.g. {@code no_interdiction madre_de_dios}. */
  default String text() {
    return token();
  }

  /** The move kinds the pledge is about: a seat whose role can order none of them cannot pledge it. */
  List<MoveKind> concerns();

  /**
   * The move among a seat's accepted moves of one round that breaks the pledge, if any. For a
   * pledge to refrain it is the forbidden move; for a pledge to act it is the move ordered instead.
   */
  Optional<Move> brokenBy(List<Move> accepted);

  default boolean fits(Role role) {
    return concerns().stream().anyMatch(kind -> kind.role().map(r -> r == role).orElse(false));
  }

  /** A pledge to refrain from moves: broken by ordering one. */
  sealed interface Refraining extends Pledge {
    boolean forbids(Move move);

    @Override
    default Optional<Move> brokenBy(List<Move> accepted) {
      return accepted.stream().filter(this::forbids).findFirst();
    }
  }

  /** The federation will not strike (the calm the centre buys at a roundtable). */
  record NoStrike() implements Refraining {
    public String token() { return "no_strike"; }
    public List<MoveKind> concerns() { return List.of(MoveKind.STRIKE); }
    public boolean forbids(Move move) { return move instanceof Move.Strike; }
  }

  /** The official will forbear: not enforce central regulation in their region. */
  record Forbear() implements Refraining {
    public String token() { return "forbear"; }
    public List<MoveKind> concerns() { return List.of(MoveKind.ENFORCE); }
    public boolean forbids(Move move) { return move instanceof Move.Enforce; }
  }

  /** The centre will not send an interdiction into one region. */
  record NoInterdiction(String region) implements Refraining {
    public String token() { return "no_interdiction"; }
    public String text() { return token() + " " + region; }
    public List<MoveKind> concerns() { return List.of(MoveKind.INTERDICTION); }
    public boolean forbids(Move move) {
      return move instanceof Move.Interdiction i && i.region().equals(region);
    }
  }

  /** The centre will issue no new decree. */
  record NoDecree() implements Refraining {
    public String token() { return "no_decree"; }
    public List<MoveKind> concerns() { return List.of(MoveKind.DECREE); }
    public boolean forbids(Move move) { return move instanceof Move.Decree; }
  }

  /**
   * No enforcement at all: an official does not enforce, the centre sends no interdiction
   * anywhere. The centre's enforcement is the interdiction, so the pledge binds either role.
   */
  record NoEnforcement() implements Refraining {
    public String token() { return "no_enforcement"; }
    public List<MoveKind> concerns() { return List.of(MoveKind.ENFORCE, MoveKind.INTERDICTION); }
    public boolean forbids(Move move) {
      return move instanceof Move.Enforce || move instanceof Move.Interdiction;
    }
  }

  /**
   * The official will endorse the miners in public every round of the commitment. A promise to
   * act is broken by omission, but only by a seat that ordered something else: a seat with no
   * accepted move at all (absent, timed out, every move refused) made no choice to betray, and
   * the study's endorsement is a visible act whose absence a room notices only when the official
   * is seen doing something else instead.
   */
  record Endorse() implements Pledge {
    public String token() { return "endorse"; }
    public List<MoveKind> concerns() { return List.of(MoveKind.ENDORSE); }
    public Optional<Move> brokenBy(List<Move> accepted) {
      if (accepted.isEmpty() || accepted.stream().anyMatch(m -> m instanceof Move.Endorse)) {
        return Optional.empty();
      }
      return Optional.of(accepted.get(0));
    }
  }
}
