package org.veta.net;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The server's TLS, if any: the certificate it presents, its SHA-256 fingerprint (what clients
 * pin), and a new SslHandler per connection. Made once at start, from PEM files
 * (--tls-cert/--tls-key) or as a self-signed certificate made in memory (--tls-self-signed).
 * Immutable.
 */
public final class ServerTls {
  /** Plain TCP. */
  public static final ServerTls NONE = new ServerTls(null, null, "none");
  /** How long a self-signed certificate is valid: longer than any workshop runs. */
  static final Duration SELF_SIGNED_VALIDITY = Duration.ofDays(397);
  /** A client that has not finished its TLS handshake by then is closed. */
  static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

  private final SslContext context;
  private final String fingerprint;
  private final String source;

  private ServerTls(SslContext context, String fingerprint, String source) {
    this.context = context;
    this.fingerprint = fingerprint;
    this.source = source;
  }

  /**
   * TLS with a certificate chain and its private key, both PEM (the key unencrypted, PKCS#8 or
   * PKCS#1 as openssl writes RSA and EC keys). Throws IllegalArgumentException with a sentence
   * when a file is missing or does not read, or the key is not the certificate's.
   */
  public static ServerTls fromPem(Path certificateChain, Path privateKey) {
    List<X509Certificate> chain = new ArrayList<>();
    try (InputStream in = Files.newInputStream(certificateChain)) {
      for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        chain.add((X509Certificate) c);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("there is no certificate file " + certificateChain);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("the certificate in " + certificateChain
          + " does not read as PEM: " + rootMessage(e));
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("there is no certificate in " + certificateChain);
    }
    PrivateKey key = readKey(privateKey);
    if (!matches(key, chain.get(0))) {
      throw new IllegalArgumentException("the key " + privateKey + " does not match the "
          + "certificate " + certificateChain + " (it is another certificate's key)");
    }
    try {
      SslContext context = SslContextBuilder.forServer(key, chain).build();
      return new ServerTls(context, Fingerprints.sha256(chain.get(0)), certificateChain.toString());
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("TLS cannot start with " + certificateChain + " and "
          + privateKey + ": " + rootMessage(e));
    }
  }

  /** An unencrypted private key in PEM: PKCS#8 ("PRIVATE KEY") or PKCS#1 ("RSA/EC PRIVATE KEY"). */
  private static PrivateKey readKey(Path file) {
    Object pem;
    try (PEMParser parser = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
      pem = parser.readObject();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("there is no key file " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("the key in " + file + " does not read as PEM: "
          + rootMessage(e));
    }
    try {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (pem instanceof PEMKeyPair pair) {
        return converter.getPrivateKey(pair.getPrivateKeyInfo());
      }
      if (pem instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the key in " + file + " is of a kind this server cannot "
          + "use: " + rootMessage(e));
    }
    if (pem instanceof PEMEncryptedKeyPair || pem instanceof PKCS8EncryptedPrivateKeyInfo) {
      throw new IllegalArgumentException("the key in " + file + " is encrypted; give it "
          + "unencrypted (openssl pkey -in KEY -out PLAIN) and keep the file readable by you only");
    }
    throw new IllegalArgumentException("there is no private key in " + file
        + (pem == null ? "" : " (it holds a " + pem.getClass().getSimpleName() + ")"));
  }

  /** Whether the key signs what the certificate's public key verifies. */
  private static boolean matches(PrivateKey key, X509Certificate certificate) {
    String algorithm = switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      case "Ed448" -> "Ed448";
      default -> null;
    };
    if (algorithm == null) {
      return true; // nothing to check it with here; the handshake will tell
    }
    try {
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** TLS with a new self-signed certificate (an EC P-256 key) made in memory for this run. */
  public static ServerTls selfSigned() {
    try {
      SecureRandom random = new SecureRandom();
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500Name("CN=veta-server");
      Instant now = Instant.now();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
          new BigInteger(64, random).abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
          Date.from(now.plus(SELF_SIGNED_VALIDITY)), name, pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
          new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
          new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      SslContext context = SslContextBuilder.forServer(pair.getPrivate(), certificate).build();
      return new ServerTls(context, Fingerprints.sha256(certificate), "self-signed");
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("could not make a self-signed certificate: " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  public boolean enabled() {
    return context != null;
  }

  /** The SHA-256 fingerprint of the certificate, "AB:CD:..."; null without TLS. */
  public String fingerprint() {
    return fingerprint;
  }

  /** A handler for one connection's TLS, server side. */
  SslHandler newHandler(ByteBufAllocator alloc) {
    SslHandler handler = context.newHandler(alloc);
    handler.setHandshakeTimeoutMillis(HANDSHAKE_TIMEOUT.toMillis());
    return handler;
  }

  @Override
  public String toString() {
    return enabled() ? "TLS (" + source + ", SHA-256 " + fingerprint + ")" : "no TLS";
  }
}
