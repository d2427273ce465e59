package org.veta.session;

import java.util.Optional;

/**
 * Participants' names: printable, 1 to 40 characters. Control characters and terminal escape
 * sequences are stripped so that nobody can repaint another player's screen with their name.
 */
public final class Names {
  static final String RULE = "A name must have 1 to 40 printable characters.";

  private Names() {}

  public static Optional<String> clean(String raw) {
    return clean(raw, 40);
  }

  /** The same cleaning for any text a participant sends, up to max code points. */
  static Optional<String> clean(String raw, int max) {
    if (raw == null) {
      return Optional.empty();
    }
    String cleaned = raw.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "")
        .replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
    if (cleaned.isEmpty() || cleaned.codePointCount(0, cleaned.length()) > max) {
      return Optional.empty();
    }
    return Optional.of(cleaned);
  }
}
