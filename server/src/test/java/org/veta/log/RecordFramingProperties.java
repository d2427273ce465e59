package org.veta.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32C;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.veta.protocol.log.JournalEntry;
import org.veta.protocol.log.LogOutput;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.Notice;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TalkMessage;

/**
 * The records the server writes from parts (an output around a message serialized once, a journal
 * entry around a record) are the bytes protobuf itself gives for the same messages: readers,
 * replay and the state digests never see the difference.
 */
class RecordFramingProperties {

  @Provide
  Arbitrary<ServerMessage> messages() {
    Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(300)
        .withCharRange('\u0000', '\u2000');
    Arbitrary<ServerMessage> talk = texts.map(t -> ServerMessage.newBuilder()
        .setSeq(t.length()).setTalk(TalkMessage.newBuilder().setText(t).setFromSeat("fedemin"))
        .build());
    Arbitrary<ServerMessage> notice = texts.map(t -> ServerMessage.newBuilder()
        .setRequestId(t.hashCode() & 0xffff).setNotice(Notice.newBuilder().setText(t)).build());
    Arbitrary<ServerMessage> empty = Arbitraries.just(ServerMessage.getDefaultInstance());
    return Arbitraries.oneOf(talk, notice, empty);
  }

  @Provide
  Arbitrary<String> seats() {
    return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().alpha().ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u00c0', '\u017f').ofMinLength(1).ofMaxLength(8));
  }

  @Property
  void anOutputRecordIsWhatProtobufWrites(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long index,
      @ForAll long timeMs, @ForAll("seats") String seat, @ForAll("messages") ServerMessage message) {
    byte[] expected = LogRecord.newBuilder().setIndex(index).setTimeMs(timeMs)
        .setOutput(LogOutput.newBuilder().setSeat(seat).setMessage(message)).build().toByteArray();

    assertThat(OutputRecord.encode(index, timeMs, seat, message.toByteArray()))
        .isEqualTo(expected);
  }

  @Property
  void aJournalFrameIsTheFrameOfTheEntryProtobufWrites(@ForAll("seats") String file,
      @ForAll("messages") ServerMessage message) throws Exception {
    byte[] record = LogRecord.newBuilder().setIndex(7).setOutput(LogOutput.newBuilder()
        .setMessage(message)).build().toByteArray();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    int expectedLength = LogFormat.writeFrame(JournalEntry.newBuilder().setFile(file)
        .setRecord(ByteString.copyFrom(record)).build().toByteArray(), expected);

    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CRC32C crc = new CRC32C();
    crc.update(new byte[] {1, 2, 3}, 0, 3); // left from an earlier entry: must not leak into this one
    int length = LogFormat.writeJournalFrame(
        file.getBytes(java.nio.charset.StandardCharsets.UTF_8), record, written, crc);

    assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
    assertThat(length).isEqualTo(expectedLength).isEqualTo(written.size());
  }
}
