package org.veta.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedVarint32FrameDecoderTest {
  private final List<ByteBuf> toRelease = new ArrayList<>();
  private EmbeddedChannel channel = new EmbeddedChannel(new org.veta.net.BoundedVarint32FrameDecoder(1000));

  @AfterEach
  void releaseEverything() {
    channel.finishAndReleaseAll();
    toRelease.forEach(buf -> {
      if (buf.refCnt() > 0) {
        buf.release(buf.refCnt());
      }
    });
  }

  @Test
  void aFrameSplitAcrossReadsComesOutWhole() {
    byte[] payload = "x".repeat(300).getBytes(StandardCharsets.US_ASCII); // 300 needs a two-byte varint
    ByteBuf first = input(new byte[] {(byte) 0xAC}); // the length's first byte only
    ByteBuf second = input(concat(new byte[] {0x02}, slice(payload, 0, 100)));
    ByteBuf third = input(slice(payload, 100, 300));

    assertThat(channel.writeInbound(first)).isFalse();
    assertThat(channel.writeInbound(second)).isFalse();
    assertThat(channel.writeInbound(third)).isTrue();

    ByteBuf frame = channel.readInbound();
    try {
      assertThat(frame.toString(StandardCharsets.US_ASCII)).isEqualTo("x".repeat(300));
    } finally {
      frame.release();
    }
    assertThat((Object) channel.readInbound()).isNull();
    assertThat(List.of(first, second, third)).allSatisfy(buf -> assertThat(buf.refCnt()).isZero());
  }

  @Test
  void twoFramesInOneReadComeOutSeparately() {
    ByteBuf both = input(new byte[] {2, 'a', 'b', 1, 'c'});

    assertThat(channel.writeInbound(both)).isTrue();

    ByteBuf ab = channel.readInbound();
    ByteBuf c = channel.readInbound();
    try {
      assertThat(ab.toString(StandardCharsets.US_ASCII)).isEqualTo("ab");
      assertThat(c.toString(StandardCharsets.US_ASCII)).isEqualTo("c");
    } finally {
      ab.release();
      c.release();
    }
    assertThat(both.refCnt()).isZero();
  }

  @Test
  void anOversizedFrameIsRefusedBeforeItsBytesArrive() {
    ByteBuf announce = input(new byte[] {(byte) 0xE9, 0x07, 'a'}); // 1001 bytes announced, limit 1000

    assertThatThrownBy(() -> channel.writeInbound(announce))
        .isInstanceOf(org.veta.net.FrameRefused.class)
        .hasMessageContaining("1001")
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    assertThat(announce.refCnt()).isZero();

    // The stream cannot be resynchronised: later bytes are dropped, not decoded.
    ByteBuf later = input(new byte[] {1, 'z'});
    assertThat(channel.writeInbound(later)).isFalse();
    assertThat(later.refCnt()).isZero();
  }

  @Test
  void aLengthLongerThanFiveBytesIsCorrupt() {
    ByteBuf corrupt = input(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 1});

    assertThatThrownBy(() -> channel.writeInbound(corrupt)).isInstanceOf(CorruptedFrameException.class);
    assertThat(corrupt.refCnt()).isZero();
  }

  @Test
  void anEmptyFrameIsAFrame() {
    assertThat(channel.writeInbound(input(new byte[] {0}))).isTrue();
    ByteBuf empty = channel.readInbound();
    try {
      assertThat(empty.readableBytes()).isZero();
    } finally {
      empty.release();
    }
  }

  private ByteBuf input(byte[] bytes) {
    ByteBuf buf = Unpooled.copiedBuffer(bytes);
    toRelease.add(buf);
    return buf;
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
