package org.veta.client.net;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.veta.net.Fingerprints;

/**
 * How the client speaks to a server: plain TCP, or TLS that trusts either the one certificate
 * whose SHA-256 fingerprint the person gave (--fingerprint, read out by the facilitator from
 * `veta serve`'s TLS FINGERPRINT line), or a certificate an authority this computer trusts signed
 * for the server's name (--tls alone, for a server with a real certificate).
 *
 * <p>There is no trust on first use: with --tls alone, a self-signed certificate is refused, and
 * the sentence says to pass the fingerprint the facilitator reads out, and which fingerprint this
 * server showed, so the person can compare the two before trusting it.
 *
 * @param tls whether to speak TLS
 * @param fingerprint the pinned SHA-256 fingerprint, "AB:CD:..."; null to trust the authorities
 */
public record ClientTls(boolean tls, String fingerprint) {
  /** Plain TCP. */
  public static final ClientTls NONE = new ClientTls(false, null);

  public ClientTls {
    if (fingerprint != null) {
      String typed = fingerprint;
      fingerprint = Fingerprints.parse(typed).orElseThrow(() -> new IllegalArgumentException(
          "a SHA-256 fingerprint is 64 hexadecimal digits (in pairs with colons, as veta serve "
              + "prints it), not \"" + typed + "\""));
      tls = true;
    }
  }

  /** TLS pinned to this fingerprint. */
  public static ClientTls pinned(String fingerprint) {
    return new ClientTls(true, fingerprint);
  }

  /** TLS trusting the certificate authorities this computer trusts. */
  public static ClientTls authorities() {
    return new ClientTls(true, null);
  }

  /** A client SslContext; null for plain TCP. */
  SslContext context() throws SSLException {
    if (!tls) {
      return null;
    }
    SslContextBuilder builder = SslContextBuilder.forClient();
    if (fingerprint != null) {
      builder.trustManager(new Pinned(fingerprint));
    } else {
      builder.trustManager(new Authorities(systemTrust())).endpointIdentificationAlgorithm("HTTPS");
    }
    return builder.build();
  }

  private static X509ExtendedTrustManager systemTrust() throws SSLException {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(
          TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      for (var manager : factory.getTrustManagers()) {
        if (manager instanceof X509ExtendedTrustManager extended) {
          return extended;
        }
      }
      throw new SSLException("this Java has no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new SSLException("cannot read this computer's trusted certificate authorities", e);
    }
  }

  /** A server certificate the client does not trust, with the sentence that says what to do. */
  public static final class Untrusted extends CertificateException {
    private static final long serialVersionUID = 1L;

    Untrusted(String sentence) {
      super(sentence);
    }
  }

  /** Trusts exactly the certificate with the pinned fingerprint. */
  private static final class Pinned extends X509ExtendedTrustManager {
    private final String fingerprint;

    Pinned(String fingerprint) {
      this.fingerprint = fingerprint;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new Untrusted("the server presented no certificate");
      }
      String presented = Fingerprints.sha256(chain[0]);
      if (!presented.equals(fingerprint)) {
        throw new Untrusted("the server's certificate has the fingerprint " + presented
            + ", not the " + fingerprint + " you gave: this may not be your facilitator's server "
            + "(or it was restarted with a new certificate); check the fingerprint with them");
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("a client trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("a client trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("a client trusts no clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  /** The system's authorities, saying in a sentence what to do when they do not vouch. */
  private static final class Authorities extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager system;

    Authorities(X509ExtendedTrustManager system) {
      this.system = system;
    }

    private static Untrusted untrusted(X509Certificate[] chain, CertificateException e) {
      String shown = chain == null || chain.length == 0 ? "none" : Fingerprints.sha256(chain[0]);
      Untrusted untrusted = new Untrusted("no certificate authority this computer trusts vouches "
          + "for the server's certificate (a self-signed one, as veta serve --tls-self-signed "
          + "makes, never is one): pass --fingerprint with the fingerprint your facilitator reads "
          + "out from veta serve's TLS FINGERPRINT line; this server's is " + shown);
      untrusted.initCause(e);
      return untrusted;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      try {
        system.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        throw untrusted(chain, e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      try {
        system.checkServerTrusted(chain, authType, socket);
      } catch (CertificateException e) {
        throw untrusted(chain, e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      try {
        system.checkServerTrusted(chain, authType, engine);
      } catch (CertificateException e) {
        throw untrusted(chain, e);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      system.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      system.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      system.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return system.getAcceptedIssuers();
    }
  }

  /** Why a TLS handshake failed, in a sentence for the person. */
  static String why(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof Untrusted) {
        return t.getMessage();
      }
      if (t instanceof io.netty.handler.ssl.NotSslRecordException) {
        return "the server does not speak TLS: leave out --tls and --fingerprint, or ask the "
            + "facilitator whether veta serve runs with --tls-self-signed or --tls-cert";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return "the TLS handshake with the server failed ("
        + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()) + ")";
  }
}
