package org.veta.client.render;

import java.util.Locale;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.TalkMessage;

/**
 * Talk as one line each, the same in a terminal and a script: "TALK public fedemin (Ana): text",
 * "TALK private fedemin (Ana) -> mdd_governor: text", "TALK group FEDERATION fedemin (Ana): text".
 */
public final class TalkText {
  private TalkText() {}

  public static String line(TalkMessage m) {
    String from = m.getFromSeat() + (m.getFromPlayer().isEmpty() ? "" : " (" + m.getFromPlayer() + ")");
    return switch (m.getChannel()) {
      case PRIVATE -> "TALK private " + from + " -> " + m.getTo() + ": " + m.getText();
      case ROLE_GROUP -> "TALK group " + m.getTo() + " " + from + ": " + m.getText();
      case FACILITATOR -> m.getTo().isEmpty() ? "TALK facilitator: " + m.getText()
          : "TALK facilitator -> " + m.getTo() + ": " + m.getText();
      default -> "TALK public " + from + ": " + m.getText();
    };
  }

  public static String channel(Channel channel) {
    return channel == Channel.ROLE_GROUP ? "group" : channel.name().toLowerCase(Locale.ROOT);
  }
}
