package org.veta.client.render;

import org.veta.protocol.wire.Error;
import org.veta.protocol.wire.ErrorCode;

/**
 * A refusal in words. People get a short plain prefix before the server's sentence; scripts
 * get the code itself, which is what they grep for.
 */
public final class ErrorText {
  private ErrorText() {}

  public static String line(Error error, boolean plain) {
    String sentence = error.getMessage().isEmpty() ? "no reason given" : error.getMessage();
    return plain ? "ERROR " + error.getCode().name() + ": " + sentence : prefix(error.getCode()) + ": " + sentence;
  }

  static String prefix(ErrorCode code) {
    return switch (code) {
      case INVALID_ARGUMENT -> "Not understood";
      case WRONG_PHASE -> "Not now";
      case NOT_YOUR_SEAT -> "Not your seat";
      case PERMISSION_DENIED -> "Not allowed";
      case NOT_FOUND -> "Not found";
      case UNAUTHENTICATED -> "Not admitted";
      case RATE_LIMITED -> "Too fast, try again in a moment";
      case CONFLICT -> "Already taken";
      case INTERNAL -> "The server had a problem (nothing was changed)";
      case ERROR_CODE_UNSPECIFIED, UNRECOGNIZED -> "Refused";
    };
  }
}
