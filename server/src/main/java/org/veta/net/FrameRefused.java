package org.veta.net;

import io.netty.handler.codec.CorruptedFrameException;

/**
 * A frame the server will not read: over the size limit, or a length that is no varint32. It
 * carries no stack trace, so a hostile client that sends nothing but bad frames costs the server
 * a sentence, not a stack walk, and cannot flood the log with traces.
 */
public final class FrameRefused extends CorruptedFrameException {
  private static final long serialVersionUID = 1L;

  FrameRefused(String sentence) {
    super(sentence);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
