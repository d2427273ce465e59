package org.veta.net;

/** The names of the handlers in a connection's pipeline, so they can be found and replaced. */
public final class HandlerNames {
  public static final String READ_TIMEOUT = "read-timeout";
  public static final String FRAME_DECODER = "frame-decoder";
  public static final String PROTOBUF_DECODER = "protobuf-decoder";
  public static final String FRAME_ENCODER = "frame-encoder";
  public static final String PROTOBUF_ENCODER = "protobuf-encoder";
  public static final String CONNECTION = "connection";

  private HandlerNames() {}
}
