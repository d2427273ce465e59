package org.veta.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.Inbox;
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

  /**
   * An inbox, one line a message; when the table no longer keeps the oldest, a first line says how
   * many there were and where they are, so nobody takes a short inbox for the whole talk.
   */
  public static List<String> inbox(Inbox inbox) {
    List<String> lines = new ArrayList<>();
    int earlier = inbox.getEarlierNotKept();
    if (earlier > 0) {
      lines.add("INBOX " + earlier + (earlier == 1 ? " earlier message is" : " earlier messages are")
          + " no longer kept at the table; the debrief and the replay have them");
    }
    if (inbox.getMessagesCount() == 0 && earlier == 0) {
      lines.add("INBOX empty");
    }
    inbox.getMessagesList().forEach(m -> lines.add(line(m)));
    return lines;
  }

  public static String channel(Channel channel) {
    return channel == Channel.ROLE_GROUP ? "group" : channel.name().toLowerCase(Locale.ROOT);
  }
}
