package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.FingerprintTrustManagerFactory;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.session.Table;

/**
 * A TLS server on 127.0.0.1, port 0: a client that pins the certificate's fingerprint joins and
 * plays; one that pins another fingerprint never gets past the handshake; one that speaks plain
 * TCP is told, in a frame it can read, to use TLS. Certificates come self-signed or from PEM files.
 */
class TlsEndToEndTest {
  private static final String PHASES = "briefing=0.05,talks=0,orders=60,report=0.05";
  private static final String OTHER = String.join(":", java.util.Collections.nCopies(32, "AB"));

  @TempDir Path data;
  private ServerFixture fixture;

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static SslContext pinning(String fingerprint) throws SSLException {
    return SslContextBuilder.forClient().trustManager(FingerprintTrustManagerFactory
        .builder("SHA-256").fingerprints(fingerprint).build()).build();
  }

  @Test
  void aClientPinningTheSelfSignedFingerprintJoinsAndPlays() throws Exception {
    ServerTls tls = ServerTls.selfSigned();
    assertThat(tls.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    fixture = new ServerFixture(data, PHASES, config -> config.withTls(tls));
    assertThat(fixture.server.tlsFingerprint()).isEqualTo(tls.fingerprint());
    Table table = fixture.open("tutorial", 1, "");

    TestClient ana = fixture.connect("Ana", pinning(tls.fingerprint()));
    ana.hello();
    assertThat(ana.join(table.joinCode(), "mayor").getSeat()).isEqualTo("mayor");
    ana.request(Protocol.start());
    ana.awaitPhase(1, Phase.ORDERS);
    assertThat(ana.request(Protocol.orders("forbear")).getOrders().getResults(0).getAccepted()).isTrue();

    TestClient eve = fixture.connect("Eve", pinning(OTHER));
    assertThat(eve.handshake().await(TestClient.TIMEOUT.toMillis())).isTrue();
    assertThat(eve.handshake().isSuccess()).as("a wrong fingerprint: no handshake").isFalse();
    eve.closed().get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(eve.received()).isEmpty();

    TestClient plain = fixture.connect("Plain");
    plain.send(Protocol.ping(1));
    ServerMessage refusal = plain.await(ServerMessage::hasError, "the plain refusal");
    assertThat(refusal.getError().getCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(refusal.getError().getMessage()).isEqualTo(TlsGate.PLAIN_REFUSED);
    plain.closed().get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);

    assertThat(ana.request(Protocol.getTable()).getTable().getPhase()).as("Ana plays on")
        .isEqualTo(Phase.ORDERS);
  }

  @Test
  void tooManyConnectionsOverTlsAreRefusedInAFrameTheClientCanRead() throws Exception {
    ServerTls tls = ServerTls.selfSigned();
    fixture = new ServerFixture(data, PHASES, config -> config.withTls(tls)
        .withLimits(config.limits().withConnectionsPerAddress(1)));
    fixture.connect("First", pinning(tls.fingerprint())).hello();
    TestClient second = fixture.connect("Second", pinning(tls.fingerprint()));
    ServerMessage refusal = second.await(ServerMessage::hasError, "the refusal");
    assertThat(refusal.getError().getCode()).isEqualTo(ErrorCode.RATE_LIMITED);
    second.closed().get(TestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** A self-signed RSA certificate and its key (PKCS#1, as openssl writes it) in PEM files. */
  private static X509Certificate writePem(Path certFile, Path keyFile) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=veta.example");
    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(7), Date.from(Instant.now().minusSeconds(60)),
            Date.from(Instant.now().plus(Duration.ofDays(30))), name, pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    Files.writeString(certFile, pem(cert));
    Files.writeString(keyFile, pem(pair.getPrivate()));
    return cert;
  }

  private static String pem(Object object) throws Exception {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }

  @Test
  void aCertificateAndKeyFromPemFilesServeTls() throws Exception {
    Path cert = data.resolve("cert.pem");
    Path key = data.resolve("key.pem");
    X509Certificate written = writePem(cert, key);
    assertThat(Files.readString(key)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    ServerTls tls = ServerTls.fromPem(cert, key);
    assertThat(tls.fingerprint()).isEqualTo(Fingerprints.sha256(written));
    fixture = new ServerFixture(data.resolve("server"), PHASES, config -> config.withTls(tls));
    TestClient ana = fixture.connect("Ana", pinning(tls.fingerprint()));
    ana.hello();
    assertThat(ana.request(Protocol.ping(9)).getPong().getNonce()).isEqualTo(9);
  }

  @Test
  void missingOrMismatchedPemFilesAreRefusedWithASentence() throws Exception {
    Path cert = data.resolve("cert.pem");
    Path key = data.resolve("key.pem");
    writePem(cert, key);
    Path otherCert = data.resolve("other.pem");
    Path otherKey = data.resolve("other-key.pem");
    writePem(otherCert, otherKey);
    assertThatThrownBy(() -> ServerTls.fromPem(data.resolve("nope.pem"), key))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no certificate file "
            + data.resolve("nope.pem"));
    assertThatThrownBy(() -> ServerTls.fromPem(cert, data.resolve("nope.pem")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("there is no key file");
    assertThatThrownBy(() -> ServerTls.fromPem(cert, cert)).as("a certificate is no key")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there is no private key in");
    assertThatThrownBy(() -> ServerTls.fromPem(key, key)).as("a key is no certificate")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not read as PEM");
    assertThatThrownBy(() -> ServerTls.fromPem(cert, otherKey))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
  }

  @Test
  void fingerprintsReadAsPeopleTypeThem() {
    String canonical = "0A:" + String.join(":", java.util.Collections.nCopies(31, "FF"));
    assertThat(Fingerprints.parse(canonical)).contains(canonical);
    assertThat(Fingerprints.parse(canonical.toLowerCase().replace(":", ""))).contains(canonical);
    assertThat(Fingerprints.parse("SHA256:" + canonical.replace(":", " "))).contains(canonical);
    assertThat(Fingerprints.parse("SHA-256 " + canonical)).contains(canonical);
    assertThat(Fingerprints.parse(canonical.substring(3))).as("31 bytes").isEmpty();
    assertThat(Fingerprints.parse("zz" + canonical.substring(2))).isEmpty();
  }
}
