package org.veta.client;

import org.veta.client.net.ClientTls;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** `--tls` and `--fingerprint`, shared by `join` and `facilitate`. */
final class TlsOptions {
  @Option(names = "--tls", description = "speak TLS; alone, the server's certificate must come from "
      + "an authority this computer trusts (a real certificate)")
  boolean tls;

  @Option(names = "--fingerprint", paramLabel = "SHA256",
      description = "speak TLS and trust only the certificate with this SHA-256 fingerprint, as "
          + "veta serve prints it (TLS FINGERPRINT ...) and the facilitator reads it out; implies --tls")
  String fingerprint;

  /** The TLS the options ask for. */
  ClientTls clientTls() {
    if (fingerprint != null) {
      try {
        return ClientTls.pinned(fingerprint);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
    return tls ? ClientTls.authorities() : ClientTls.NONE;
  }
}
