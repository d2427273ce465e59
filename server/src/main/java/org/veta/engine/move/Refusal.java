package org.veta.engine.move;

/** A move the rules rule out, with the reason in words for the player. */
public record Refusal(String seat, String move, Code code, String message) {

  /** Why a move is refused; the protocol maps these onto its error codes. */
  public enum Code {
    /** The seat does not exist. */
    UNKNOWN_SEAT,
    /** The move belongs to another role. */
    WRONG_ROLE,
    /** The miners' political incorporation rules it out. */
    NOT_INCORPORATED,
    /** The game is not at the point where the move makes sense (no election, no roundtable...). */
    WRONG_MOMENT,
    /** An argument names something that does not exist or is out of range. */
    INVALID_ARGUMENT,
    /** The seat already ordered as many moves as a round allows, or this one twice. */
    TOO_MANY_MOVES
  }
}
