package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Hello;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;

/**
 * A participant's client for end-to-end tests: a real Netty connection speaking the protocol. It
 * numbers requests 1, 2, 3, ..., keeps every message the server sent, and waits for the one a test
 * needs (an answer to a request id, an event) with a deadline instead of sleeping.
 */
public final class TestClient implements AutoCloseable {
  public static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** One small event loop for every test client of the JVM; its thread is a daemon. */
  private static final EventLoopGroup LOOP = new NioEventLoopGroup(1,
      new DefaultThreadFactory("test-client", true));

  private final String name;
  private final Channel channel;
  private final List<ServerMessage> received = new ArrayList<>(); // guarded by this
  private final Set<Long> sent = new HashSet<>(); // guarded by this
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile io.netty.util.concurrent.Future<Channel> handshake;
  private long nextId = 1;

  private TestClient(String name, int port, SslContext tls) throws InterruptedException {
    this.name = name;
    this.channel = new Bootstrap().group(LOOP).channel(NioSocketChannel.class)
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            if (tls != null) {
              SslHandler ssl = tls.newHandler(ch.alloc(), "localhost", port);
              handshake = ssl.handshakeFuture();
              ch.pipeline().addLast(ssl);
            }
            ch.pipeline().addLast("frames", new ProtobufVarint32FrameDecoder());
            ch.pipeline().addLast(new ProtobufDecoder(ServerMessage.getDefaultInstance()),
                new ProtobufVarint32LengthFieldPrepender(), new ProtobufEncoder(),
                new SimpleChannelInboundHandler<ServerMessage>() {
                  @Override
                  protected void channelRead0(ChannelHandlerContext ctx, ServerMessage m) {
                    received(m);
                  }

                  @Override
                  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                    // A refused TLS handshake, a reset: the test sees the connection close.
                    ctx.close();
                  }
                });
          }
        }).connect("127.0.0.1", port).sync().channel();
    channel.closeFuture().addListener(f -> {
      synchronized (this) {
        notifyAll();
      }
      closed.complete(null);
    });
  }

  public static TestClient connect(String name, int port) throws InterruptedException {
    return new TestClient(name, port, null);
  }

  /** Over TLS, with this client context (its trust manager decides whom it trusts). */
  public static TestClient connect(String name, int port, SslContext tls) throws InterruptedException {
    return new TestClient(name, port, tls);
  }

  /** The TLS handshake, or null on a plain connection. */
  public io.netty.util.concurrent.Future<Channel> handshake() {
    return handshake;
  }

  private synchronized void received(ServerMessage message) {
    received.add(message);
    notifyAll();
  }

  /** Sends a request with the next request id; returns the id. */
  public synchronized long send(ClientMessage.Builder request) {
    long id = nextId++;
    sent.add(id);
    channel.writeAndFlush(request.setRequestId(id).build());
    return id;
  }

  /** Sends the request n times at once, with ids in sequence, in one flush; returns the ids. */
  public synchronized List<Long> sendMany(ClientMessage.Builder request, int n) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long id = nextId++;
      sent.add(id);
      ids.add(id);
      channel.write(request.clone().setRequestId(id).build());
    }
    channel.flush();
    return ids;
  }

  /** Sends bytes as they are, past the client's framing: a broken or hostile client. */
  public void sendBytes(byte[] bytes) {
    // From the frame decoder's place: through TLS if there is TLS, past the length prepender.
    channel.pipeline().context("frames").writeAndFlush(io.netty.buffer.Unpooled.wrappedBuffer(bytes));
  }

  /** Sends a message exactly as given (e.g. with request id 0). */
  public void sendRaw(ClientMessage message) {
    channel.writeAndFlush(message);
  }

  public ServerMessage request(ClientMessage.Builder request) {
    long id = send(request);
    return await(m -> m.getRequestId() == id, "the answer to request " + id);
  }

  public ServerMessage.BodyCase requestCase(ClientMessage.Builder request) {
    return request(request).getBodyCase();
  }

  /** Sends a request and checks that it is refused with this code; returns the sentence. */
  public String refused(ClientMessage.Builder request, ErrorCode code) {
    ServerMessage answer = request(request);
    assertThat(answer.hasError()).as("%s: answer %s", name, answer).isTrue();
    assertThat(answer.getError().getCode()).as("%s: %s", name, answer.getError().getMessage())
        .isEqualTo(code);
    assertThat(answer.getError().getMessage()).isNotBlank();
    return answer.getError().getMessage();
  }

  public void hello() {
    ServerMessage welcome = request(ClientMessage.newBuilder().setHello(
        Hello.newBuilder().addProtocolVersions(1).setClient("test-client " + name)));
    assertThat(welcome.hasWelcome()).as("%s: %s", name, welcome).isTrue();
  }

  /** Says hello as a facilitator's console with the server's key. */
  public void helloAsFacilitator(String key) {
    ServerMessage welcome = request(ClientMessage.newBuilder().setHello(
        Hello.newBuilder().addProtocolVersions(1).setClient("test-console " + name)
            .setFacilitatorKey(key).setFacilitatorName(name)));
    assertThat(welcome.getWelcome().getFacilitator()).as("%s: %s", name, welcome).isTrue();
  }

  public Joined join(String code, String seat) {
    ServerMessage answer = request(ClientMessage.newBuilder().setJoin(
        JoinTable.newBuilder().setCode(code).setName(name).setSeat(seat)));
    assertThat(answer.hasJoined()).as("%s joining %s: %s", name, seat, answer).isTrue();
    return answer.getJoined();
  }

  /** Waits for a message the server sent (at any time so far or from now on). */
  public synchronized ServerMessage await(Predicate<ServerMessage> wanted, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      for (ServerMessage m : received) {
        if (wanted.test(m)) {
          return m;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || !channel.isOpen()) {
        throw new AssertionError(name + " did not receive " + what + " within " + TIMEOUT
            + (channel.isOpen() ? "" : " (the connection is closed)") + "; last messages: "
            + received.subList(Math.max(0, received.size() - 5), received.size()));
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(name + " was interrupted waiting for " + what);
      }
    }
  }

  public ServerMessage awaitPhase(int round, Phase phase) {
    return await(m -> m.hasPhaseChanged() && m.getPhaseChanged().getRound() == round
        && m.getPhaseChanged().getPhase() == phase, phase + " of round " + round);
  }

  public synchronized List<ServerMessage> received() {
    return List.copyOf(received);
  }

  /** Events: the messages that answer no request and carry the table's sequence number. */
  public synchronized List<ServerMessage> events() {
    return received.stream().filter(m -> m.getRequestId() == 0 && m.getSeq() > 0).toList();
  }

  public synchronized Set<Long> sentIds() {
    return Set.copyOf(sent);
  }

  public CompletableFuture<Void> closed() {
    return closed;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
  }
}
