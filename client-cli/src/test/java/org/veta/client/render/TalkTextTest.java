package org.veta.client.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.Inbox;
import org.veta.protocol.wire.TalkMessage;

class TalkTextTest {
  private static final TalkMessage HELLO = TalkMessage.newBuilder().setId(300)
      .setChannel(Channel.PUBLIC).setFromSeat("fedemin").setFromPlayer("Ana").setText("hello").build();

  @Test
  void anEmptyInboxSaysSo() {
    assertThat(TalkText.inbox(Inbox.getDefaultInstance())).containsExactly("INBOX empty");
  }

  @Test
  void anInboxWhoseOldestTalkIsNoLongerKeptSaysHowMuchAndWhereItIs() {
    Inbox inbox = Inbox.newBuilder().addMessages(HELLO).setEarlierNotKept(44).build();
    assertThat(TalkText.inbox(inbox)).containsExactly(
        "INBOX 44 earlier messages are no longer kept at the table; the debrief and the replay have them",
        "TALK public fedemin (Ana): hello");
    assertThat(TalkText.inbox(Inbox.newBuilder().setEarlierNotKept(1).build()))
        .singleElement().asString().startsWith("INBOX 1 earlier message is no longer kept");
  }
}
