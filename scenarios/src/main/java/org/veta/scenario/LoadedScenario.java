package org.veta.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.veta.protocol.scenario.Scenario;

/**
 * A scenario that passed validation, with what it was made from.
 *
 * @param scenario the parsed scenario, with the {@code --set} overrides applied
 * @param source the file path, or {@code builtin:NAME} for a built-in scenario
 * @param text the exact file text (without overrides), kept so session logs can replay it
 * @param sha256Hex the lowercase hex SHA-256 of {@code text} in UTF-8, to tell versions apart
 */
public record LoadedScenario(Scenario scenario, String source, String text, String sha256Hex) {

  public LoadedScenario {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256Hex, "sha256Hex");
  }

  /** The lowercase hex SHA-256 of the text's UTF-8 bytes. */
  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
