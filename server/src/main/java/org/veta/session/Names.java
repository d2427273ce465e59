package org.veta.session;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Participants' names: printable, 1 to 40 characters. Control characters and terminal escape
 * sequences are stripped so that nobody can repaint another player's screen with their name, and
 * so is every invisible character that changes how the text around it shows.
 *
 * <p>What goes, in this order: terminal escape sequences whole (CSI "ESC [ ... final" and its
 * one-character C1 form U+009B; the strings OSC, DCS, SOS, PM and APC up to their terminator or
 * the end, in their ESC and C1 forms; any other "ESC x"), then every remaining control character
 * (C0, DEL and C1: Unicode Cc), format character (Cf: bidirectional overrides and isolates such as
 * U+202E, zero-width spaces and joiners, the byte-order mark, soft hyphens), line and paragraph
 * separator (U+2028, U+2029) and lone surrogate; and a run of more than four combining marks
 * keeps its first four, so stacked diacritics cannot spill over the lines above and below.
 */
public final class Names {
  static final String RULE = "A name must have 1 to 40 printable characters.";

  /** CSI: ESC [ or U+009B, parameter bytes, intermediate bytes, a final byte. */
  private static final Pattern CSI = Pattern.compile("(?:\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]?");
  /** OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \ or U+009C), or to the end if unterminated. */
  private static final Pattern STRING = Pattern.compile(
      "(?:\u001B[\\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[^\u0007\u009C\u001B]*(?:\u0007|\u009C|\u001B\\\\)?");
  /** Any other escape: ESC, intermediate bytes, one final character. */
  private static final Pattern ESCAPE = Pattern.compile("\u001B[ -/]*[0-~]?");
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]");
  private static final Pattern MARK_RUNS = Pattern.compile("(\\p{M}{4})\\p{M}+");

  private Names() {}

  public static Optional<String> clean(String raw) {
    return clean(raw, 40);
  }

  /** The same cleaning for any text a participant sends, up to max code points. */
  static Optional<String> clean(String raw, int max) {
    if (raw == null) {
      return Optional.empty();
    }
    String cleaned = printable(raw).strip();
    if (cleaned.isEmpty() || cleaned.codePointCount(0, cleaned.length()) > max) {
      return Optional.empty();
    }
    return Optional.of(cleaned);
  }

  /** The text without escape sequences and invisible characters (not stripped or checked). */
  public static String printable(String raw) {
    // Nearly every text has nothing to remove; five regular expressions over each talk message
    // were a fifth of the server's CPU when a thousand tables talked at once (JFR).
    return plain(raw) ? raw : cleaned(raw);
  }

  /**
   * True when no pattern below can match: no control (ESC and the C1 introducers are controls),
   * format, surrogate, line or paragraph separator, or combining mark in the text.
   */
  private static boolean plain(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      switch (Character.getType(c)) {
        case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
            Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
            Character.COMBINING_SPACING_MARK, Character.UNASSIGNED -> {
          return false;
        }
        default -> { }
      }
    }
    return true;
  }

  static String cleaned(String raw) {
    String s = STRING.matcher(raw).replaceAll("");
    s = CSI.matcher(s).replaceAll("");
    s = ESCAPE.matcher(s).replaceAll("");
    s = INVISIBLE.matcher(s).replaceAll("");
    return MARK_RUNS.matcher(s).replaceAll("$1");
  }
}
