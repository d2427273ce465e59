package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The guard sees a real leak, so a clean build means there was none it could see. */
class NettyLeakGuardTest {
  @Test
  void aBufferNeverReleasedIsReported() {
    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
    // This leak is on purpose: keep its report off the console, where real ones belong.
    var detector = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
    NettyLeakGuard.install();
    detector.setAdditive(false);
    List<String> leaks = new ArrayList<>();
    try {
      leakOne();
      for (int attempt = 0; attempt < 10 && leaks.isEmpty(); attempt++) {
        leaks.addAll(NettyLeakGuard.collectLeaks());
      }
    } finally {
      detector.setAdditive(true);
    }
    assertThat(leaks).isNotEmpty();
    assertThat(leaks.get(0)).contains("release() was not called");
  }

  private static void leakOne() {
    ByteBuf leaked = PooledByteBufAllocator.DEFAULT.directBuffer(16);
    leaked.writeInt(42);
  }
}
