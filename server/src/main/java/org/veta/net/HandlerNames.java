package org.veta.net;

/** The names of the handlers in a connection's pipeline, so they can be found and replaced. */
public final class HandlerNames {
  /** Only on a TLS server: looks at the first bytes, then becomes {@link #TLS}. */
  public static final String TLS_GATE = "tls-gate";
  public static final String TLS = "tls";
  public static final String TLS_FAILURES = "tls-failures";
  public static final String READ_TIMEOUT = "read-timeout";
  public static final String FRAME_DECODER = "frame-decoder";
  public static final String PROTOBUF_DECODER = "protobuf-decoder";
  /** A message to its length and bytes (a table's are serialized already). */
  public static final String FRAME_ENCODER = "frame-encoder";
  /** Counts messages and times each request to its answer (org.veta.metrics). */
  public static final String METRICS = "metrics";
  /** The connection's limits (rate, wrong codes, unknown kinds), just before the connection. */
  public static final String GUARD = "guard";
  /** Instead of everything else, on a connection from an address with too many open. */
  public static final String TOO_MANY = "too-many-connections";
  public static final String CONNECTION = "connection";

  private HandlerNames() {}
}
