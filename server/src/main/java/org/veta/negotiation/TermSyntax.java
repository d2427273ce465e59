package org.veta.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veta.engine.move.MoveSyntax;

/**
 * The one text form of proposal terms, shared by the terminal client and scenarios:
 *
 * <pre>
 *   clause CLAUSE=VALUE                      clause tax_rate=1
 *   commit SEAT PLEDGE [REGION] ROUNDS       commit fedemin no_strike 2
 *                                            commit executive no_interdiction madre_de_dios 3
 *   say "TEXT"                               say "We stand with the miners"
 * </pre>
 *
 * Several terms are separated by {@code ;} (outside quotes). Like {@link MoveSyntax}, the parser
 * checks form only; whether the seat, clause or region exists is the job of
 * {@link Negotiations#propose}, which knows the game.
 */
public final class TermSyntax {
  /** The longest statement: a headline, not a speech. */
  public static final int MAX_STATEMENT = 280;
  public static final String USAGE = "Terms: clause CLAUSE=VALUE | commit SEAT PLEDGE [REGION] ROUNDS"
      + " | say \"TEXT\"; pledges: no_strike, endorse, forbear, no_interdiction REGION, no_decree,"
      + " no_enforcement.";

  private static final String NAME = "[A-Za-z0-9_\\-]+";

  private TermSyntax() {}

  /** A term that could not be read, with a sentence for the player. */
  public static final class SyntaxError extends Exception {
    public SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads terms separated by {@code ;}; an empty text is an error. */
  public static List<Term> parseAll(String text) throws SyntaxError {
    List<Term> terms = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ';' && !quoted) {
        terms.add(parse(current.toString()));
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank() || terms.isEmpty()) {
      terms.add(parse(current.toString()));
    }
    return List.copyOf(terms);
  }

  public static Term parse(String text) throws SyntaxError {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new SyntaxError("No term given. " + USAGE);
    }
    String[] head = trimmed.split("\\s+", 2);
    String word = head[0].toLowerCase(Locale.ROOT);
    String rest = head.length > 1 ? head[1].strip() : "";
    switch (word) {
      case "clause":
        return clause(rest);
      case "commit":
        return commitment(rest);
      case "say":
        return statement(rest);
      default:
        throw new SyntaxError("There is no term called '" + head[0] + "'. " + USAGE);
    }
  }

  private static Term clause(String rest) throws SyntaxError {
    String[] kv = rest.split("\\s*=\\s*", -1);
    if (kv.length != 2 || !kv[0].matches(NAME) || kv[1].isBlank()) {
      throw new SyntaxError("A clause term is written clause CLAUSE=VALUE, e.g. clause tax_rate=1.");
    }
    return new Term.ClauseTerm(kv[0], number(kv[1], "the clause's value"));
  }

  private static Term commitment(String rest) throws SyntaxError {
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    if (words.length < 3) {
      throw new SyntaxError("A commitment is written commit SEAT PLEDGE [REGION] ROUNDS, e.g. "
          + "commit fedemin no_strike 2.");
    }
    if (!words[0].matches(NAME)) {
      throw new SyntaxError("'" + words[0] + "' is not a seat name.");
    }
    String token = words[1].toLowerCase(Locale.ROOT);
    Pledge pledge;
    int expected = 3;
    switch (token) {
      case "no_strike" -> pledge = new Pledge.NoStrike();
      case "endorse" -> pledge = new Pledge.Endorse();
      case "forbear" -> pledge = new Pledge.Forbear();
      case "no_decree" -> pledge = new Pledge.NoDecree();
      case "no_enforcement" -> pledge = new Pledge.NoEnforcement();
      case "no_interdiction" -> {
        if (words.length < 4 || !words[2].matches(NAME)) {
          throw new SyntaxError("no_interdiction names a region: commit SEAT no_interdiction REGION"
              + " ROUNDS.");
        }
        pledge = new Pledge.NoInterdiction(words[2]);
        expected = 4;
      }
      default -> throw new SyntaxError("There is no pledge called '" + words[1] + "'. Pledges: "
          + "no_strike, endorse, forbear, no_interdiction REGION, no_decree, no_enforcement.");
    }
    if (words.length != expected) {
      throw new SyntaxError("This commitment is written commit SEAT " + token
          + (expected == 4 ? " REGION" : "") + " ROUNDS.");
    }
    double rounds = number(words[expected - 1], "the number of rounds");
    if (rounds != Math.rint(rounds)) {
      throw new SyntaxError("The number of rounds must be a whole number, not '"
          + words[expected - 1] + "'.");
    }
    return new Term.Commitment(words[0], pledge, (int) rounds);
  }

  private static Term statement(String rest) throws SyntaxError {
    String text = rest;
    if (text.startsWith("\"")) {
      if (text.length() < 2 || !text.endsWith("\"")) {
        throw new SyntaxError("A statement in quotes needs its closing quote: say \"...\".");
      }
      text = text.substring(1, text.length() - 1);
    }
    if (text.contains("\"")) {
      throw new SyntaxError("A statement cannot contain a quote mark inside.");
    }
    if (text.isBlank()) {
      throw new SyntaxError("A statement needs words: say \"...\".");
    }
    if (text.length() > MAX_STATEMENT) {
      throw new SyntaxError("A statement is at most " + MAX_STATEMENT + " characters.");
    }
    return new Term.Statement(text.strip());
  }

  private static double number(String raw, String what) throws SyntaxError {
    try {
      double value = Double.parseDouble(raw);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the sentence below
    }
    throw new SyntaxError(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1)
        + " must be a number, not '" + raw + "'.");
  }

  public static String format(Term term) {
    if (term instanceof Term.ClauseTerm c) {
      return "clause " + c.clause() + "=" + MoveSyntax.plain(c.value());
    }
    if (term instanceof Term.Commitment c) {
      return "commit " + c.seat() + " " + c.pledge().text() + " " + c.rounds();
    }
    return "say \"" + ((Term.Statement) term).text() + "\"";
  }

  public static String formatAll(List<Term> terms) {
    return String.join("; ", terms.stream().map(TermSyntax::format).toList());
  }
}
