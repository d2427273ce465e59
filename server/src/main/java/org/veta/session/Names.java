package org.veta.session;

import java.util.Optional;

/**
 * Participants' names: printable, 1 to 40 characters. Control characters and terminal escape
 * sequences are stripped so that nobody can repaint another player's screen with their name.
 */
final class Names {
  static final String RULE = "A name must have 1 to 40 printable characters.";

  private Names() {}

  static Optional<String> clean(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String cleaned = raw.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "")
        .replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
    if (cleaned.isEmpty() || cleaned.codePointCount(0, cleaned.length()) > 40) {
      return Optional.empty();
    }
    return Optional.of(cleaned);
  }
}
