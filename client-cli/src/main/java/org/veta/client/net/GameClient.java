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
import org.veta.protocol.wire.JoinTable;
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
  private final EventLoopGroup group;
  /** Ours to shut down on close: a client alone in its process (not one of many bots). */
  private final boolean ownsThreads;
  private final java.util.concurrent.Executor inbound;
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
  // What was sent and not yet answered, by id, to send again over a new connection.
  private final Map<Long, ClientMessage> unanswered = new ConcurrentHashMap<>();
  private volatile String host;
  private volatile int port;
  private volatile Hello.Builder hello;
  private volatile ClientTls tls = ClientTls.NONE;
  /** The seat to take back after a dropped connection (code and token); null: none held. */
  private volatile JoinTable seat;
  private volatile boolean reconnecting;
  private volatile long reconnectUntil;
  /** How long a client keeps trying to get its seat back before it gives up. */
  static final long RECONNECT_FOR_MS = 5 * 60_000;

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
    this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("veta-net", true));
    this.inbound = Executors.newSingleThreadExecutor(new DefaultThreadFactory("veta-inbound", true));
    this.ownsThreads = true;
  }

  /**
   * One of many clients in a process (network bots, the load tool): the connection runs on the
   * shared event loops, and answers and events are handed over in order on the shared pool, one
   * task at a time for this client, so thousands of clients need a few threads, not two each.
   */
  public GameClient(ClientThreads shared, Consumer<ServerMessage> eventListener,
      Consumer<ServerMessage> answerObserver) {
    this.eventListener = eventListener;
    this.answerObserver = answerObserver;
    if (shared.onEventLoops()) {
      // The connection, its reconnections and the client's work all on one loop of the group.
      io.netty.channel.EventLoop loop = shared.nextLoop();
      this.group = loop;
      this.inbound = ClientThreads.on(loop);
    } else {
      this.group = shared.group();
      this.inbound = shared.serial();
    }
    this.ownsThreads = false;
  }

  /**
   * The executor on which this client hands over its answers and events: work that must not run
   * beside them (a bot's decisions) can run on it in order with them.
   */
  public java.util.concurrent.Executor inbound() {
    return inbound;
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
    this.host = host;
    this.port = port;
    this.hello = hello.clone();
    this.tls = tls;
    return open(host, port, hello, tls, true);
  }

  /**
   * After joining: if the connection drops, reconnect by ourselves (with backoff) and take the
   * seat back with its token, receiving the events missed; requests sent meanwhile wait.
   */
  public void holdSeat(String code, String token) {
    if (!token.isEmpty()) {
      seat = JoinTable.newBuilder().setCode(code).setSeatToken(token).build();
    }
  }

  private CompletableFuture<Welcome> open(String host, int port, Hello.Builder hello,
      ClientTls tls, boolean first) {
    CompletableFuture<Void> connected = new CompletableFuture<>();
    SslContext ssl;
    try {
      ssl = tls.context();
    } catch (SSLException e) {
      connected.completeExceptionally(new TlsRefusedException(ClientTls.why(e), e));
      if (first) {
        closed.complete(null);
      }
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
        if (first) {
          closed.complete(null);
        }
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
        .thenCompose(ignored -> send(ClientMessage.newBuilder().setHello(hello.clone()
            .clearProtocolVersions().addProtocolVersions(PROTOCOL_VERSION).setClient(CLIENT_NAME))))
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

  /**
   * Sends the message with the next request id; completes with the answer that echoes it. While
   * the client is getting its seat back after a dropped connection, the request waits and goes
   * out with the same id once it is back.
   */
  public CompletableFuture<ServerMessage> request(ClientMessage.Builder message) {
    if (reconnecting) {
      CompletableFuture<ServerMessage> answer = new CompletableFuture<>();
      long id = nextRequestId.getAndIncrement();
      pending.put(id, answer);
      unanswered.put(id, message.setRequestId(id).build());
      return answer;
    }
    CompletableFuture<ServerMessage> answer = send(message);
    return answer;
  }

  /** Writes one request on the current connection. */
  private CompletableFuture<ServerMessage> send(ClientMessage.Builder message) {
    CompletableFuture<ServerMessage> answer = new CompletableFuture<>();
    Channel current = channel;
    if (current == null || !current.isActive()) {
      answer.completeExceptionally(new ConnectionClosedException(closedReason()));
      return answer;
    }
    long id = nextRequestId.getAndIncrement();
    pending.put(id, answer);
    ClientMessage built = message.setRequestId(id).build();
    if (seat != null && !built.hasPing()) {
      unanswered.put(id, built);
    }
    current.writeAndFlush(built).addListener((ChannelFuture f) -> {
      if (!f.isSuccess() && seat == null && pending.remove(id) != null) {
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
    if (ownsThreads) {
      group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }
    deliver(() -> closed.complete(null));
    if (ownsThreads) {
      ((ExecutorService) inbound).shutdown();
    }
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
      unanswered.remove(message.getRequestId());
      CompletableFuture<ServerMessage> answer = pending.remove(message.getRequestId());
      if (answer != null) {
        observe(message);
        answer.complete(message);
      }
      return;
    }
    if (message.hasSeatMoved()) {
      // Moved by the facilitator: the token goes with the person; removed: no seat to take back.
      JoinTable held = seat;
      seat = message.getSeatMoved().getSeat().isEmpty() || held == null ? null
          : held.toBuilder().setSeatToken(message.getSeatMoved().getSeatToken()).build();
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
    if (!closing && seat != null && !group.isShuttingDown()) {
      if (!reconnecting) {
        reconnecting = true;
        reconnectUntil = System.currentTimeMillis() + RECONNECT_FOR_MS;
        notice("The connection to the server dropped; getting your seat back...");
        retry(250);
      }
      // Otherwise an attempt is under way, and its own end schedules the next one.
      return;
    }
    giveUp();
  }

  private void giveUp() {
    reconnecting = false;
    ConnectionClosedException gone = new ConnectionClosedException(closedReason());
    pending.values().forEach(answer -> answer.completeExceptionally(gone));
    pending.clear();
    unanswered.clear();
    closed.complete(null);
  }

  /** One attempt to reconnect after the delay; the next waits twice as long, at most 5 s. */
  private void retry(long delayMs) {
    if (closing || System.currentTimeMillis() > reconnectUntil) {
      notice("Could not get back to the server; your seat is kept until the facilitator opens it.");
      giveUp();
      return;
    }
    try {
      group.schedule(() -> deliver(() -> attempt(delayMs)), delayMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      giveUp();
    }
  }

  private void attempt(long delayMs) {
    long next = Math.min(5_000, delayMs * 2);
    open(host, port, hello, tls, false).thenCompose(welcome -> send(ClientMessage.newBuilder()
        .setJoin(seat.toBuilder().setLastSeq(lastSeq.getOrDefault("", 0L))
            .setContinueRequests(true)))).orTimeout(10, TimeUnit.SECONDS)
        .whenComplete((answer, error) -> deliver(() -> {
              if (error != null) {
                Channel current = channel;
                if (current != null && current.isOpen()) {
                  current.close();
                }
                retry(next);
                return;
              }
              if (!answer.hasJoined()) {
                notice("The server did not give your seat back: " + (answer.hasError()
                    ? answer.getError().getMessage() : answer.getBodyCase().toString()));
                seat = null;
                Channel current = channel;
                if (current != null) {
                  current.close();
                }
                giveUp();
                return;
              }
              reconnecting = false;
              notice("Back at your seat " + answer.getJoined().getSeat() + ".");
              Channel current = channel;
              new java.util.TreeMap<>(unanswered).values().forEach(current::writeAndFlush);
            }));
  }

  /** Tells the person what the connection is doing, as a notice among the events. */
  private void notice(String text) {
    try {
      eventListener.accept(ServerMessage.newBuilder().setNotice(
          org.veta.protocol.wire.Notice.newBuilder().setText(text)).build());
    } catch (RuntimeException e) {
      Thread t = Thread.currentThread();
      t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }
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
