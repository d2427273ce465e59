package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket and the per-address counts, on a clock the test moves. */
class LimitsTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private void advance(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  @Test
  void aBucketAllowsItsBurstThenItsRate() {
    TokenBucket bucket = new TokenBucket(5, 1.0, now::get);
    for (int i = 0; i < 5; i++) {
      assertThat(bucket.tryTake()).as("take %d of the burst", i + 1).isTrue();
    }
    assertThat(bucket.tryTake()).as("the sixth at once").isFalse();
    advance(999);
    assertThat(bucket.tryTake()).as("not quite a second later").isFalse();
    advance(1);
    assertThat(bucket.tryTake()).as("a second later").isTrue();
    assertThat(bucket.tryTake()).isFalse();
    advance(60_000);
    assertThat(bucket.tokens()).as("never more than the burst").isEqualTo(5.0);
  }

  @Test
  void aRefusedTakeCostsNothing() {
    TokenBucket bucket = new TokenBucket(1, 2.0, now::get);
    assertThat(bucket.tryTake()).isTrue();
    for (int i = 0; i < 100; i++) {
      assertThat(bucket.tryTake()).isFalse();
    }
    advance(500);
    assertThat(bucket.tryTake()).as("half a second at 2/s").isTrue();
  }

  @Test
  void addressesAreCountedByIpv4AddressAndIpv6Slash64() throws Exception {
    assertThat(AddressLimits.key(new InetSocketAddress(InetAddress.getByName("192.0.2.7"), 5000)))
        .isEqualTo("192.0.2.7");
    String a = AddressLimits.key(new InetSocketAddress(InetAddress.getByName("2001:db8:0:1::17"), 1));
    String b = AddressLimits.key(new InetSocketAddress(
        InetAddress.getByName("2001:db8:0:1:ffff:eeee:dddd:cccc"), 2));
    String c = AddressLimits.key(new InetSocketAddress(InetAddress.getByName("2001:db8:0:2::17"), 1));
    assertThat(a).isEqualTo(b).isEqualTo("2001:db8:0:1::/64");
    assertThat(c).isNotEqualTo(a);
    assertThat(AddressLimits.key(new io.netty.channel.embedded.EmbeddedChannel().remoteAddress()))
        .as("no IP address: not limited").isNull();
  }

  @Test
  void connectionsPerAddressAreCountedUntilTheyClose() {
    AddressLimits limits = new AddressLimits(NetLimits.DEFAULT.withConnectionsPerAddress(2), now::get);
    assertThat(limits.tryOpen("192.0.2.7")).isTrue();
    assertThat(limits.tryOpen("192.0.2.7")).isTrue();
    assertThat(limits.tryOpen("192.0.2.7")).as("the third").isFalse();
    assertThat(limits.tryOpen("192.0.2.8")).as("another address").isTrue();
    limits.closed("192.0.2.7");
    assertThat(limits.openFrom("192.0.2.7")).isEqualTo(1);
    assertThat(limits.tryOpen("192.0.2.7")).as("after one closed").isTrue();
    limits.closed("192.0.2.7");
    limits.closed("192.0.2.7");
    assertThat(limits.openFrom("192.0.2.7")).isZero();
    assertThat(limits.tryOpen(null)).as("unlimited without an address").isTrue();
  }

  @Test
  void wrongCodesBlockAnAddressUntilTheOldestLeavesTheWindow() {
    AddressLimits limits = new AddressLimits(
        NetLimits.DEFAULT.withWrongCodes(3, Duration.ofMinutes(1)), now::get);
    limits.joinCodes().wrong("192.0.2.7");
    advance(10_000);
    limits.joinCodes().wrong("192.0.2.7");
    assertThat(limits.joinCodes().waitNanos("192.0.2.7")).as("two wrong codes: may try again").isZero();
    advance(10_000);
    limits.joinCodes().wrong("192.0.2.7");
    assertThat(limits.joinCodes().waitNanos("192.0.2.7")).as("three within the minute: wait until the first is a minute old")
        .isEqualTo(TimeUnit.SECONDS.toNanos(40));
    assertThat(limits.joinCodes().waitNanos("192.0.2.8")).as("another address").isZero();
    advance(40_000);
    assertThat(limits.joinCodes().waitNanos("192.0.2.7")).as("the first left the window").isZero();
    limits.joinCodes().wrong("192.0.2.7");
    assertThat(limits.joinCodes().waitNanos("192.0.2.7")).as("the next wrong one blocks again, until the second is old")
        .isEqualTo(TimeUnit.SECONDS.toNanos(10));
    assertThat(limits.facilitatorKeys().waitNanos("192.0.2.7")).as("keys are counted apart").isZero();
    advance(120_000);
    assertThat(limits.joinCodes().waitNanos("192.0.2.7")).isZero();
  }
}
