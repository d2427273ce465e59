package org.veta.net;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test class when Netty's leak detector reports a leak. Netty logs a leak as an ERROR
 * starting "LEAK:" from io.netty.util.ResourceLeakDetector, and only when it next tracks a buffer
 * after the leaked one was garbage-collected; so after each class this forces a few collections,
 * allocates and releases buffers to make the detector look, and fails the class if a report came
 * in. Registered for every test class of the module by JUnit's extension autodetection
 * (src/test/resources/META-INF/services and junit-platform.properties); surefire runs the tests
 * with -Dio.netty.leakDetection.level=PARANOID, so every buffer is tracked. A leak found here may
 * have been made by an earlier class: the report's trace says where the buffer was last touched.
 */
public final class NettyLeakGuard implements BeforeAllCallback, AfterAllCallback {
  private static final Recorder RECORDER = new Recorder();

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<String> leaks = collectLeaks();
    if (!leaks.isEmpty()) {
      throw new AssertionError("Netty reported " + leaks.size() + " buffer leak(s) by the end of "
          + context.getDisplayName() + ":\n" + String.join("\n\n", leaks));
    }
  }

  static synchronized void install() {
    if (RECORDER.isStarted()) {
      return;
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    RECORDER.setContext(context);
    RECORDER.setName("netty-leaks");
    RECORDER.start();
    Logger detector = context.getLogger(ResourceLeakDetector.class.getName());
    detector.addAppender(RECORDER);
  }

  /** Makes the detector look for collected, unreleased buffers; returns and forgets its reports. */
  static List<String> collectLeaks() {
    install();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        // The JVM's reference handler enqueues collected buffers on its own thread.
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      PooledByteBufAllocator.DEFAULT.directBuffer(1).release();
      PooledByteBufAllocator.DEFAULT.heapBuffer(1).release();
    }
    return RECORDER.drain();
  }

  private static final class Recorder extends AppenderBase<ILoggingEvent> {
    private final List<String> leaks = new ArrayList<>();

    @Override
    protected synchronized void append(ILoggingEvent event) {
      String message = event.getFormattedMessage();
      if (message != null && message.startsWith("LEAK:")) {
        leaks.add(message);
      }
    }

    synchronized List<String> drain() {
      List<String> out = List.copyOf(leaks);
      leaks.clear();
      return out;
    }
  }
}
