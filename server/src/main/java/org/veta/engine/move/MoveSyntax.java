package org.veta.engine.move;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one text form of a move, shared by players' `order` commands, scenario histories and
 * events: {@code NAME [ARG ...]}, each argument either positional (in the declared order) or
 * {@code name=value}. Omitted arguments take their defaults. Checks against the game (does the
 * region exist, is the value in the clause's range) are the move rules' job, not the parser's.
 */
public final class MoveSyntax {
  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

  private MoveSyntax() {}

  /** A move that could not be read, with a sentence for the player. */
  public static final class SyntaxError extends Exception {
    public SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  /** The parsed arguments of a move, in the kind's declared parameter order. */
  public static final class Arguments {
    private final Object[] values;

    Arguments(Object[] values) {
      this.values = values;
    }

    double number(int i) {
      return (Double) values[i];
    }

    int whole(int i) {
      return (int) Math.round((Double) values[i]);
    }

    String text(int i) {
      return (String) values[i];
    }
  }

  public static Move parse(String text) throws SyntaxError {
    String[] words = text.trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      throw new SyntaxError("No move given. Type `moves` to see the moves you can order.");
    }
    String token = words[0].toLowerCase(Locale.ROOT);
    MoveKind kind = MoveKind.byToken(token).orElseThrow(() -> new SyntaxError(
        "There is no move called '" + words[0] + "'. Type `moves` to see the moves you can order."));
    List<Param> params = kind.params();
    Object[] values = new Object[params.size()];
    int position = 0;
    for (int w = 1; w < words.length; w++) {
      String word = words[w];
      int eq = word.indexOf('=');
      int index;
      String raw;
      if (eq > 0) {
        String name = word.substring(0, eq).toLowerCase(Locale.ROOT);
        index = indexOf(params, name);
        if (index < 0) {
          throw new SyntaxError("'" + kind.token() + "' has no argument '" + name + "'. Usage: "
              + kind.usage());
        }
        raw = word.substring(eq + 1);
      } else {
        while (position < params.size() && values[position] != null) {
          position++;
        }
        if (position >= params.size()) {
          throw new SyntaxError("Too many arguments for '" + kind.token() + "'. Usage: "
              + kind.usage());
        }
        index = position;
        raw = word;
      }
      if (values[index] != null) {
        throw new SyntaxError("'" + params.get(index).name() + "' is given twice. Usage: "
            + kind.usage());
      }
      values[index] = convert(kind, params.get(index), raw);
    }
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (values[i] == null) {
        if (!p.hasDefault()) {
          throw new SyntaxError("'" + kind.token() + "' needs " + p.name() + " (" + p.help()
              + "). Usage: " + kind.usage());
        }
        values[i] = p.defaultValue();
      }
    }
    return kind.create(new Arguments(values));
  }

  private static int indexOf(List<Param> params, String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  // Compiled once: String.matches compiles its pattern on every call, and every move of every
  // SetOrders passes here (an eighth of the server's allocation under load).
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_\\-]+");

  private static Object convert(MoveKind kind, Param p, String raw) throws SyntaxError {
    switch (p.type()) {
      case REGION:
      case CLAUSE:
        if (!NAME.matcher(raw).matches()) {
          throw new SyntaxError("'" + raw + "' is not a " + p.name() + " name. Usage: "
              + kind.usage());
        }
        return raw;
      case CHOICE:
        String choice = raw.toLowerCase(Locale.ROOT);
        if (!p.choices().contains(choice)) {
          throw new SyntaxError(p.name() + " must be one of " + String.join(", ", p.choices())
              + ", not '" + raw + "'.");
        }
        return choice;
      default:
        double value;
        try {
          value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
          throw new SyntaxError(p.name() + " must be a number, not '" + raw + "'. Usage: "
              + kind.usage());
        }
        if (!Double.isFinite(value)) {
          throw new SyntaxError(p.name() + " must be a finite number.");
        }
        if (p.type() == Param.Type.WHOLE_NUMBER && value != Math.rint(value)) {
          throw new SyntaxError(p.name() + " must be a whole number, not '" + raw + "'.");
        }
        if (value < p.min() || value > p.max()) {
          throw new SyntaxError(p.name() + " must be between " + plain(p.min()) + " and "
              + plain(p.max()) + ", not " + raw + ".");
        }
        return value;
    }
  }

  public static String format(Move move) {
    StringBuilder out = new StringBuilder(move.kind().token());
    RecordComponent[] components = COMPONENTS.computeIfAbsent(move.getClass(),
        c -> c.getRecordComponents());
    for (RecordComponent component : components) {
      Object value;
      try {
        value = component.getAccessor().invoke(move);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("move records expose their components", e);
      }
      out.append(' ').append(component.getName()).append('=');
      out.append(value instanceof Double d ? plain(d) : String.valueOf(value));
    }
    return out.toString();
  }

  /** A number as a person writes it: 0.8, 14, 1225.5 (no trailing zeros, no exponent). */
  public static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** Every move kind's usage line, for help texts. */
  public static List<String> usages() {
    List<String> out = new ArrayList<>();
    for (MoveKind kind : MoveKind.values()) {
      out.add(kind.usage());
    }
    return out;
  }
}
