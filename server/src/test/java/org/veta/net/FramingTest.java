package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Hello;
import org.veta.protocol.wire.ServerMessage;

/** The pipeline's framing, on an EmbeddedChannel: what arrives in pieces, together, or broken. */
class FramingTest {
  private final EmbeddedChannel channel = new EmbeddedChannel(
      new ServerChannelInitializer(null, null, Duration.ofMinutes(5)));

  @AfterEach
  void finish() {
    channel.finishAndReleaseAll();
  }

  @Test
  void aFrameSplitAcrossReadsIsReadOnceWhole() {
    // Over 127 bytes, so its length takes two bytes, and the first read ends between them.
    ClientMessage hello = ClientMessage.newBuilder().setRequestId(1).setHello(Hello.newBuilder()
        .addProtocolVersions(1).setClient("x".repeat(200))).build();
    byte[] frame = Wire.frame(hello);
    assertThat(frame.length).isGreaterThan(130);
    channel.writeInbound(Wire.buf(Arrays.copyOfRange(frame, 0, 1)));
    assertThat(Wire.answers(channel)).isEmpty();
    channel.writeInbound(Wire.buf(Arrays.copyOfRange(frame, 1, 60)));
    assertThat(Wire.answers(channel)).isEmpty();
    channel.writeInbound(Wire.buf(Arrays.copyOfRange(frame, 60, frame.length)));
    List<ServerMessage> answers = Wire.answers(channel);
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).getRequestId()).isEqualTo(1);
    assertThat(answers.get(0).getWelcome().getProtocolVersion()).isEqualTo(1);
  }

  @Test
  void twoFramesInOneReadAreBothAnswered() {
    channel.writeInbound(Wire.buf(Wire.frame(Wire.hello(1, 1)), Wire.frame(Wire.ping(2, 77))));
    List<ServerMessage> answers = Wire.answers(channel);
    assertThat(answers).extracting(ServerMessage::getRequestId).containsExactly(1L, 2L);
    assertThat(answers.get(0).hasWelcome()).isTrue();
    assertThat(answers.get(1).getPong().getNonce()).isEqualTo(77);
  }

  @Test
  void anOversizedFrameIsRefusedAndTheConnectionClosed() {
    // The length alone (70000, as a varint) is enough: the body never needs to arrive.
    channel.writeInbound(Wire.buf(new byte[] {(byte) 0xF0, (byte) 0xA2, 0x04}));
    assertRefusedAndClosed("70000 bytes");
  }

  @Test
  void aLengthThatIsNoVarint32IsRefusedAndTheConnectionClosed() {
    channel.writeInbound(Wire.buf(new byte[] {-1, -1, -1, -1, -1, 1}));
    assertRefusedAndClosed("not a valid varint32");
  }

  @Test
  void garbageThatIsNoClientMessageIsRefusedAndTheConnectionClosed() {
    channel.writeInbound(Wire.buf(new byte[] {5, -1, -1, -1, -1, -1}));
    assertRefusedAndClosed("could not be read");
  }

  @Test
  void bytesAfterARefusedFrameAreIgnored() {
    channel.writeInbound(Wire.buf(new byte[] {(byte) 0xF0, (byte) 0xA2, 0x04, 1, 2, 3}));
    assertRefusedAndClosed("over the limit");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void manyBadMessagesInOneReadGetOneAnswer() {
    channel.writeInbound(Wire.buf(new byte[] {2, -1, -1, 2, -1, -1, 2, -1, -1, 2, -1, -1}));
    assertRefusedAndClosed("could not be read");
  }

  @Test
  void aFrameAtTheLimitIsRead() {
    ClientMessage big = ClientMessage.newBuilder().setRequestId(3).setHello(Hello.newBuilder()
        .addProtocolVersions(1).setClient("y".repeat(ServerChannelInitializer.MAX_CLIENT_FRAME - 20)))
        .build();
    assertThat(big.getSerializedSize()).isLessThanOrEqualTo(ServerChannelInitializer.MAX_CLIENT_FRAME);
    Wire.send(channel, big);
    assertThat(Wire.answers(channel)).singleElement().satisfies(a -> assertThat(a.hasWelcome()).isTrue());
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void requestIdZeroIsRefusedButTheConnectionStays() {
    Wire.send(channel, Wire.hello(0, 1));
    assertThat(Wire.answers(channel)).singleElement().satisfies(a -> {
      assertThat(a.getRequestId()).isZero();
      assertThat(a.getError().getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    });
    assertThat(channel.isOpen()).isTrue();
    Wire.send(channel, Wire.hello(1, 1));
    assertThat(Wire.answers(channel)).singleElement().satisfies(a -> assertThat(a.hasWelcome()).isTrue());
  }

  @Test
  void anEmptyRequestIsRefusedButTheConnectionStays() {
    Wire.send(channel, ClientMessage.newBuilder().setRequestId(4).build());
    assertThat(Wire.answers(channel)).singleElement().satisfies(a -> {
      assertThat(a.getRequestId()).isEqualTo(4);
      assertThat(a.getError().getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    });
    assertThat(channel.isOpen()).isTrue();
  }

  private void assertRefusedAndClosed(String sentence) {
    List<ServerMessage> answers = Wire.answers(channel);
    assertThat(answers).singleElement().satisfies(a -> {
      assertThat(a.getRequestId()).isZero();
      assertThat(a.getError().getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
      assertThat(a.getError().getMessage()).contains(sentence);
    });
    assertThat(channel.isOpen()).isFalse();
  }
}
