package org.veta.client.net;

/** Names of the client pipeline's handlers, so tests and logs can find them. */
final class HandlerNames {
  static final String TLS = "tls";
  static final String FRAME_DECODER = "frame-decoder";
  static final String PROTOBUF_DECODER = "protobuf-decoder";
  static final String FRAME_ENCODER = "frame-encoder";
  static final String PROTOBUF_ENCODER = "protobuf-encoder";
  static final String IDLE = "idle";
  static final String SERVER_MESSAGES = "server-messages";

  private HandlerNames() {}
}
