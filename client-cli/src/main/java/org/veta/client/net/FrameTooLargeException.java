package org.veta.client.net;

import io.netty.handler.codec.TooLongFrameException;

/**
 * A frame longer than we accept. Stack-less on purpose: a broken or hostile peer can send these
 * on every read, and the trace says nothing the message does not.
 */
public final class FrameTooLargeException extends TooLongFrameException {
  public FrameTooLargeException(long length, int max) {
    super("frame of " + length + " bytes exceeds the limit of " + max + " bytes");
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
