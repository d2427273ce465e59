package org.veta.client.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Hello;
import org.veta.protocol.wire.Ping;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Welcome;

/**
 * One connection to a veta server. Requests get ids 1, 2, 3, ... and their futures complete
 * with the answer that echoes the id; an Error answer completes the future normally, since
 * refusals are ordinary values the caller shows to the person. Events (request id 0) go to the
 * listener in the order the server sent them, and duplicates by seq (per table) are dropped.
 *
 * <p>Answers and events are handed over on one "veta-inbound" thread, never on the Netty I/O
 * thread: whatever a caller chains on a future, or does in the listener, cannot stall the
 * connection, and an answer never overtakes an event the server sent before it.
 */
public final class GameClient implements AutoCloseable {
  public static final int PROTOCOL_VERSION = 1;
  public static final String CLIENT_NAME = "veta-cli 0.1.0";
  /** The server promises frames under 1 MiB; anything larger is a broken peer. */
  public static final int MAX_FRAME_FROM_SERVER = 1 << 20;
  static final int PING_AFTER_IDLE_SECONDS = 20;

  private final Consumer<ServerMessage> eventListener;
  private final Consumer<ServerMessage> answerObserver;
  private final EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("veta-net", true));
  private final ExecutorService inbound =
      Executors.newSingleThreadExecutor(new DefaultThreadFactory("veta-inbound", true));
  private final AtomicLong nextRequestId = new AtomicLong(1);
  private final Map<Long, CompletableFuture<ServerMessage>> pending = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile Channel channel;
  private volatile boolean closing;
  private volatile String failure;
  // The sentence of an Error the server sent with request id 0 (a frame it refused, too many
  // connections, TLS needed): why it is about to close the connection.
  private volatile String serverSaid;
  // The last event seq per table (touched only on the inbound thread). A seat's connection sees
  // one table, with an empty table_id; a facilitator's sees many, each numbered on its own.
  private final Map<String, Long> lastSeq = new java.util.HashMap<>();

  public GameClient(Consumer<ServerMessage> eventListener) {
    this(eventListener, answer -> { });
  }

  /**
   * With an observer that sees every answer on the inbound thread just before its future
   * completes, in order with the events: state kept from answers and events alike (a
   * facilitator's board of tables) then never takes an older answer over a newer event.
   */
  public GameClient(Consumer<ServerMessage> eventListener, Consumer<ServerMessage> answerObserver) {
    this.eventListener = eventListener;
    this.answerObserver = answerObserver;
  }

  /** Connects, says Hello and completes with the server's Welcome (or fails, e.g. ServerRefusedException). */
  public CompletableFuture<Welcome> connect(String host, int port) {
    return connect(host, port, ClientTls.NONE);
  }

  /** As {@link #connect(String, int)}, over TLS if asked (a refused handshake: TlsRefusedException). */
  public CompletableFuture<Welcome> connect(String host, int port, ClientTls tls) {
    return connect(host, port, Hello.newBuilder(), tls);
  }

  /**
   * Connects as a facilitator: the Hello carries the server's facilitator key and the name the
   * session logs record. A wrong key fails like any refused Hello (ServerRefusedException); the
   * caller checks Welcome.facilitator, since a server that ignores the key still says Welcome.
   */
  public CompletableFuture<Welcome> connectAsFacilitator(String host, int port, String key, String name) {
    return connectAsFacilitator(host, port, key, name, ClientTls.NONE);
  }

  /** As {@link #connectAsFacilitator(String, int, String, String)}, over TLS if asked. */
  public CompletableFuture<Welcome> connectAsFacilitator(String host, int port, String key, String name,
      ClientTls tls) {
    return connect(host, port, Hello.newBuilder().setFacilitatorKey(key).setFacilitatorName(name), tls);
  }

  private CompletableFuture<Welcome> connect(String host, int port, Hello.Builder hello, ClientTls tls) {
    CompletableFuture<Void> connected = new CompletableFuture<>();
    SslContext ssl;
    try {
      ssl = tls.context();
    } catch (SSLException e) {
      connected.completeExceptionally(new TlsRefusedException(ClientTls.why(e), e));
      closed.complete(null);
      return connected.thenApply(ignored -> Welcome.getDefaultInstance());
    }
    Bootstrap bootstrap = new Bootstrap()
        .group(group)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(new ClientChannelInitializer(this, ssl, host, port));
    bootstrap.connect(host, port).addListener((ChannelFutureListener) f -> {
      if (!f.isSuccess()) {
        connected.completeExceptionally(f.cause());
        closed.complete(null);
        return;
      }
      channel = f.channel();
      channel.closeFuture().addListener(c -> deliver(this::onClosed));
      SslHandler handler = channel.pipeline().get(SslHandler.class);
      if (handler == null) {
        connected.complete(null);
        return;
      }
      // Nothing is said before the server's certificate is trusted.
      handler.handshakeFuture().addListener(done -> {
        if (done.isSuccess()) {
          connected.complete(null);
        } else {
          connected.completeExceptionally(new TlsRefusedException(ClientTls.why(done.cause()),
              done.cause()));
          channel.close();
        }
      });
    });
    return connected
        .thenCompose(ignored -> request(ClientMessage.newBuilder().setHello(hello
            .addProtocolVersions(PROTOCOL_VERSION).setClient(CLIENT_NAME))))
        .thenApply(answer -> {
          if (answer.hasWelcome()) {
            return answer.getWelcome();
          }
          if (answer.hasError()) {
            throw new ServerRefusedException(answer.getError());
          }
          throw new IllegalStateException("the server answered Hello with " + answer.getBodyCase());
        });
  }

  /** Sends the message with the next request id; completes with the answer that echoes it. */
  public CompletableFuture<ServerMessage> request(ClientMessage.Builder message) {
    CompletableFuture<ServerMessage> answer = new CompletableFuture<>();
    Channel current = channel;
    if (current == null || !current.isActive()) {
      answer.completeExceptionally(new ConnectionClosedException(closedReason()));
      return answer;
    }
    long id = nextRequestId.getAndIncrement();
    pending.put(id, answer);
    current.writeAndFlush(message.setRequestId(id).build()).addListener((ChannelFuture f) -> {
      if (!f.isSuccess() && pending.remove(id) != null) {
        answer.completeExceptionally(new ConnectionClosedException(closedReason()));
      }
    });
    return answer;
  }

  /** Completes when the connection is gone, whoever closed it. */
  public CompletableFuture<Void> closed() {
    return closed;
  }

  /** True if the connection ended without our asking (the server closed it, or it broke). */
  public boolean closedByServer() {
    return closed.isDone() && !closing;
  }

  /** Why the connection is unusable, in words for a person. */
  public String closedReason() {
    if (closing) {
      return "the connection was closed";
    }
    String said = serverSaid;
    if (said != null) {
      return "the server closed the connection: " + said;
    }
    String why = failure;
    return why == null ? "the server closed the connection" : "the connection broke: " + why;
  }

  @Override
  public void close() {
    closing = true;
    Channel current = channel;
    if (current != null && !current.eventLoop().inEventLoop()) {
      current.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    } else if (current != null) {
      current.close();
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    deliver(() -> closed.complete(null));
    inbound.shutdown();
  }

  void onMessage(ServerMessage message) {
    deliver(() -> dispatch(message));
  }

  void onFailure(Throwable cause) {
    failure = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  void onWriterIdle() {
    request(ClientMessage.newBuilder().setPing(Ping.newBuilder().setNonce(System.nanoTime())));
  }

  private void dispatch(ServerMessage message) {
    if (message.getRequestId() == 0 && message.hasError()) {
      serverSaid = message.getError().getMessage();
    }
    if (message.getRequestId() != 0) {
      CompletableFuture<ServerMessage> answer = pending.remove(message.getRequestId());
      if (answer != null) {
        observe(message);
        answer.complete(message);
      }
      return;
    }
    // A table's summary (to facilitators) is a snapshot, not a numbered event: never dropped.
    if (message.getSeq() != 0 && message.getBodyCase() != ServerMessage.BodyCase.TABLE_CHANGED) {
      long last = lastSeq.getOrDefault(message.getTableId(), 0L);
      if (message.getSeq() <= last) {
        return;
      }
      lastSeq.put(message.getTableId(), message.getSeq());
    }
    try {
      eventListener.accept(message);
    } catch (RuntimeException e) {
      // A faulty listener must not stop the delivery of later events and answers.
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }
  }

  private void observe(ServerMessage answer) {
    try {
      answerObserver.accept(answer);
    } catch (RuntimeException e) {
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }
  }

  private void onClosed() {
    ConnectionClosedException gone = new ConnectionClosedException(closedReason());
    pending.values().forEach(answer -> answer.completeExceptionally(gone));
    pending.clear();
    closed.complete(null);
  }

  /** Runs on the inbound thread; after shutdown, inline, so that nothing is silently lost. */
  private void deliver(Runnable task) {
    try {
      inbound.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }
}
