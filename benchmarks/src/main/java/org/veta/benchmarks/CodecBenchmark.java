package org.veta.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.veta.log.LogFormat;
import org.veta.log.LogReader;
import org.veta.net.BoundedVarint32FrameDecoder;
import org.veta.net.ServerChannelInitializer;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;

/**
 * The bytes every message costs on its way in and out, with the codecs as the server deploys
 * them ({@link ServerChannelInitializer}): out, a ServerMessage through ProtobufEncoder and
 * ProtobufVarint32LengthFieldPrepender into a pooled buffer; in, a varint32-framed ClientMessage
 * through {@link BoundedVarint32FrameDecoder} (the server's 64 KiB cap) and ProtobufDecoder; and
 * one record through {@link LogFormat#write} (length, body, CRC32C), which every input and output
 * of a table pays before it is sent. At a thousand tables these run for every talk and every
 * view, so they are the per-message floor under the load tests' figures.
 *
 * <p>The messages are not made up: they come from a session played in setup by the server's own
 * code ({@link TalkativeSession}): the TableView answering FEDEMIN's last GetTable (the largest
 * answer a participant asks for, kilobytes), a public talk as the server sends it, a Talk as the
 * participant sent it, a SetOrders with the most moves a bot ordered for one seat, and the log
 * record of median size (the log is mostly talk, so a talk's record).
 *
 * <p>The handlers run in an {@link EmbeddedChannel}, so the figures include a pipeline's passing
 * of a message from handler to handler, as in the server, but no socket or event loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
  private ServerMessage tableView;
  private ServerMessage talkEvent;
  private byte[] talkFrame;
  private byte[] ordersFrame;
  private LogRecord typicalRecord;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path directory = Files.createTempDirectory("veta-codec-bench");
    List<LogRecord> records;
    try {
      LogReader.Contents contents = LogReader.read(TalkativeSession.play(directory));
      if (!contents.intact()) {
        throw new IllegalStateException("the played log is damaged: "
            + contents.damage().get().describe());
      }
      records = contents.records();
    } finally {
      // Everything the benchmarks need is in memory now.
      TalkativeSession.delete(directory);
    }
    tableView = TalkativeSession.lastTableAnswer();
    talkEvent = last(records.stream().filter(r -> r.hasOutput()
        && r.getOutput().getMessage().hasTalk()).map(r -> r.getOutput().getMessage()).toList(),
        "a talk event");
    ClientMessage talk = last(records.stream().filter(r -> r.hasInput()
        && r.getInput().getMessage().hasTalk()).map(r -> r.getInput().getMessage()).toList(),
        "a Talk request");
    // Ana never orders herself (a bot plays her seat at the deadline), so the SetOrders is the
    // one a person would have sent for the busiest seat's orders of a round.
    SeatMoves busiest = records.stream().filter(LogRecord::hasRound)
        .flatMap(r -> r.getRound().getOrdersList().stream())
        .max(Comparator.comparingInt(SeatMoves::getMovesCount))
        .orElseThrow(() -> new IllegalStateException("the played log has no orders"));
    ClientMessage orders = ClientMessage.newBuilder().setRequestId(talk.getRequestId() + 1)
        .setSetOrders(SetOrders.newBuilder().addAllMoves(busiest.getMovesList())).build();
    talkFrame = frame(talk);
    ordersFrame = frame(orders);
    List<LogRecord> bySize = records.stream()
        .sorted(Comparator.comparingInt(LogRecord::getSerializedSize)).toList();
    typicalRecord = bySize.get(bySize.size() / 2);

    // The codecs must give back what they were given, or the figures are of the wrong work.
    Wire check = new Wire();
    check.setUp();
    for (ServerMessage m : List.of(tableView, talkEvent)) {
      ByteBuf framed = check.encode(m);
      try {
        EmbeddedChannel reader = new EmbeddedChannel(
            new BoundedVarint32FrameDecoder(Integer.MAX_VALUE),
            new ProtobufDecoder(ServerMessage.getDefaultInstance()));
        reader.writeInbound(framed.retain());
        if (!m.equals(reader.readInbound()) || reader.finishAndReleaseAll()) {
          throw new IllegalStateException("a ServerMessage does not come back from its frame");
        }
      } finally {
        framed.release();
      }
    }
    if (!talk.equals(check.decode(talkFrame)) || !orders.equals(check.decode(ordersFrame))) {
      throw new IllegalStateException("a ClientMessage does not come back from its frame");
    }
    check.tearDown();

    System.out.printf("TableView answer %d bytes (round %d), talk event %d bytes, Talk frame %d"
        + " bytes, SetOrders frame %d bytes (%d moves), median log record %d bytes (%s) of %d%n",
        tableView.getSerializedSize(), tableView.getTable().getRound(),
        talkEvent.getSerializedSize(), talkFrame.length, ordersFrame.length,
        orders.getSetOrders().getMovesCount(), typicalRecord.getSerializedSize(),
        kind(typicalRecord), records.size());
  }

  /**
   * A connection's two directions, one per benchmark thread: an EmbeddedChannel is not to be
   * used from two threads at once.
   */
  @State(Scope.Thread)
  public static class Wire {
    EmbeddedChannel outbound;
    EmbeddedChannel inbound;
    final ByteArrayOutputStream log = new ByteArrayOutputStream(64 * 1024);

    @Setup(Level.Trial)
    public void setUp() {
      // Outbound handlers run from the last added to the first, as in the server's pipeline.
      outbound = new EmbeddedChannel(new ProtobufVarint32LengthFieldPrepender(),
          new ProtobufEncoder());
      inbound = new EmbeddedChannel(
          new BoundedVarint32FrameDecoder(ServerChannelInitializer.MAX_CLIENT_FRAME),
          new ProtobufDecoder(ClientMessage.getDefaultInstance()));
    }

    /** The framed bytes; the caller releases them. */
    ByteBuf encode(ServerMessage message) {
      outbound.writeOutbound(message);
      return outbound.readOutbound();
    }

    ClientMessage decode(byte[] frame) {
      // A socket's read lands in a pooled direct buffer, which the decoders release.
      ByteBuf read = ByteBufAllocator.DEFAULT.directBuffer(frame.length);
      inbound.writeInbound(read.writeBytes(frame));
      return inbound.readInbound();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      // Anything still queued in a channel is a buffer a benchmark failed to take (and release).
      boolean left = outbound.finishAndReleaseAll() | inbound.finishAndReleaseAll();
      if (left) {
        throw new IllegalStateException("a codec benchmark left messages in its channel");
      }
    }
  }

  @Benchmark
  public int encodeTableView(Wire wire) {
    ByteBuf framed = wire.encode(tableView);
    int length = framed.readableBytes();
    framed.release();
    return length;
  }

  @Benchmark
  public int encodeTalkEvent(Wire wire) {
    ByteBuf framed = wire.encode(talkEvent);
    int length = framed.readableBytes();
    framed.release();
    return length;
  }

  @Benchmark
  public ClientMessage decodeTalk(Wire wire) {
    return wire.decode(talkFrame);
  }

  @Benchmark
  public ClientMessage decodeSetOrders(Wire wire) {
    return wire.decode(ordersFrame);
  }

  @Benchmark
  public int writeLogRecord(Wire wire) throws Exception {
    wire.log.reset();
    return LogFormat.write(typicalRecord, wire.log);
  }

  /** A varint32 length and the message: the wire's frame, as a client sends it. */
  private static byte[] frame(ClientMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeDelimitedTo(out);
    return out.toByteArray();
  }

  private static <T> T last(List<T> found, String what) {
    if (found.isEmpty()) {
      throw new IllegalStateException("the played log has no " + what);
    }
    return found.get(found.size() - 1);
  }

  private static String kind(LogRecord r) {
    return r.hasOutput() ? "output " + r.getOutput().getMessage().getBodyCase()
        : r.hasInput() ? "input " + r.getInput().getMessage().getBodyCase()
        : r.getBodyCase().toString();
  }
}
