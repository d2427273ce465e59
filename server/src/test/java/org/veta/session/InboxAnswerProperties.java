package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.Inbox;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TalkMessage;

/** An inbox assembled from kept talk is the message protobuf writes for the same inbox. */
class InboxAnswerProperties {

  @Provide
  Arbitrary<List<TalkMessage>> talk() {
    Arbitrary<TalkMessage> one = Arbitraries.strings().withCharRange('\u0000', '\u0400')
        .ofMaxLength(400).map(text -> TalkMessage.newBuilder().setId(text.length() + 1)
            .setChannel(text.length() % 2 == 0 ? Channel.PUBLIC : Channel.PRIVATE)
            .setFromSeat("fedemin").setText(text).build());
    return one.list().ofMaxSize(40);
  }

  @Property
  void isWhatProtobufWrites(@ForAll("talk") List<TalkMessage> talk,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long requestId,
      @ForAll @IntRange(min = 0, max = 100_000) int earlier, @ForAll long choice,
      @ForAll @IntRange(min = 0, max = 64) int ringStart) {
    // A small ring that the messages wrap around, with older ones already let go.
    RecentBytes kept = new RecentBytes(ringStart, 2);
    for (int i = 0; i < 3; i++) {
      kept.add(-i, 0, "", new byte[ringStart]);
    }
    for (TalkMessage m : talk) {
      kept.add(m.getId(), 0, "", m.toByteArray());
      if (kept.size() > talk.size()) {
        kept.removeOldest();
      }
    }
    while (kept.size() > talk.size()) {
      kept.removeOldest();
    }
    int[] which = new int[talk.size()];
    int count = 0;
    List<TalkMessage> chosen = new ArrayList<>();
    for (int i = 0; i < talk.size(); i++) {
      if ((choice >>> (i % 64) & 1) == 1) {
        which[count++] = i;
        chosen.add(talk.get(i));
      }
    }
    byte[] expected = ServerMessage.newBuilder().setRequestId(requestId)
        .setInbox(Inbox.newBuilder().addAllMessages(chosen).setEarlierNotKept(earlier)).build()
        .toByteArray();

    assertThat(InboxAnswer.encode(requestId, kept, which, count, earlier)).isEqualTo(expected);
  }
}
