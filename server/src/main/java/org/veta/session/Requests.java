package org.veta.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veta.engine.move.Move;
import org.veta.engine.move.MoveRules;
import org.veta.engine.move.MoveSyntax;
import org.veta.engine.move.Refusal;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Joined;
import org.veta.protocol.wire.Ok;
import org.veta.protocol.wire.OrderResult;
import org.veta.protocol.wire.OrdersView;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Pong;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SubmissionChanged;

/**
 * A table's answers to its members' requests. Each refusal has its error code and a sentence a
 * participant understands, and a refused request changes nothing.
 */
final class Requests {
  static final int MAX_ORDERS_PER_REQUEST = 10;
  static final int MAX_MOVE_LENGTH = 200;

  private final Table table;

  Requests(Table table) {
    this.table = table;
  }

  void handle(Member from, ClientMessage request) {
    table.logInput(from, request);
    long id = request.getRequestId();
    SeatSlot slot = table.members().get(from);
    if (request.getBodyCase() == ClientMessage.BodyCase.JOIN) {
      join(from, id, request.getJoin());
      return;
    }
    if (request.getBodyCase() == ClientMessage.BodyCase.PING) {
      table.reply(from, id, ServerMessage.newBuilder().setPong(
          Pong.newBuilder().setNonce(request.getPing().getNonce())));
      return;
    }
    if (slot == null) {
      table.error(from, id, ErrorCode.NOT_YOUR_SEAT, "You hold no seat at this table; join it first.");
      return;
    }
    ServerMessage answered = slot.answerTo(id);
    if (answered != null) {
      // Sent again after a broken connection: answered again, never applied twice.
      table.deliver(from, answered);
      return;
    }
    String named = request.hasSetOrders() ? request.getSetOrders().getSeat()
        : request.hasSubmit() ? request.getSubmit().getSeat() : "";
    if (!named.isEmpty() && !named.equals(slot.seat.id())) {
      table.error(from, id, ErrorCode.NOT_YOUR_SEAT, "You hold the seat " + slot.seat.id()
          + "; you cannot act for " + named + ".");
      return;
    }
    switch (request.getBodyCase()) {
      case SET_ORDERS -> setOrders(from, id, slot, request.getSetOrders().getMovesList());
      case SUBMIT -> submit(from, id, slot);
      case LIST_MOVES -> table.reply(from, id, ServerMessage.newBuilder().setMoves(
          SeatViews.moves(table.game(), table.cycle().state(), slot.seat)));
      case GET_TABLE -> table.replyRead(from, ServerMessage.BodyCase.TABLE, WireMessage.ofBytes(id,
          ServerMessage.BodyCase.TABLE, table.cycle().viewAnswer(id, slot)));
      case GET_REPORT -> report(from, id, slot, request.getGetReport().getRound());
      case READY -> ready(from, id, slot);
      case START -> start(from, id);
      case TALK -> table.talks().talk(from, id, slot, request.getTalk());
      case GET_INBOX -> table.talks().inbox(from, id, slot);
      case PROPOSE -> table.deals().propose(from, id, slot, request.getPropose().getToList(),
          request.getPropose().getTerms());
      case RESPOND -> table.deals().respond(from, id, slot, request.getRespond().getProposal(),
          request.getRespond().getResponse());
      case COUNTER -> table.deals().counter(from, id, slot, request.getCounter().getProposal(),
          request.getCounter().getTerms());
      case GET_PROPOSALS -> table.deals().list(from, id, slot);
      case LEAVE -> {
        table.reply(from, id, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
        leave(from, "left");
      }
      default -> table.error(from, id, ErrorCode.INVALID_ARGUMENT,
          "That request means nothing at a table (" + request.getBodyCase() + ").");
    }
  }

  private void join(Member from, long id, org.veta.protocol.wire.JoinTable join) {
    if (!join.getSeatToken().isEmpty() && table.members().get(from) == null) {
      rejoin(from, id, join);
      return;
    }
    SeatSlot held = table.members().get(from);
    if (held != null) {
      table.error(from, id, ErrorCode.CONFLICT, "You already hold the seat " + held.seat.id()
          + " at this table.");
      return;
    }
    Optional<String> name = Names.clean(join.getName());
    if (name.isEmpty()) {
      table.error(from, id, ErrorCode.INVALID_ARGUMENT, Names.RULE);
      return;
    }
    if (table.phase() == Phase.ENDED) {
      table.error(from, id, ErrorCode.WRONG_PHASE, "The game at this table has ended.");
      return;
    }
    for (SeatSlot other : table.seats().values()) {
      if ((other.person() || other.dropped()) && other.player.equalsIgnoreCase(name.get())) {
        table.error(from, id, ErrorCode.CONFLICT, "Someone at this table already goes by "
            + name.get() + "; choose another name.");
        return;
      }
    }
    SeatSlot slot;
    if (!join.getSeat().isBlank()) {
      slot = table.seats().get(join.getSeat());
      if (slot == null) {
        table.error(from, id, ErrorCode.NOT_FOUND, "There is no seat '" + join.getSeat()
            + "' at this table. Seats: " + String.join(", ", table.seats().keySet()) + ".");
        return;
      }
      if (slot.person()) {
        table.error(from, id, ErrorCode.CONFLICT, "The seat " + slot.seat.id() + " is taken by "
            + slot.player + ".");
        return;
      }
      if (slot.dropped()) {
        table.error(from, id, ErrorCode.CONFLICT, "The seat " + slot.seat.id() + " is kept for "
            + slot.player + ", whose connection dropped; their client takes it back, or the "
            + "facilitator can open it.");
        return;
      }
    } else {
      slot = table.seats().values().stream().filter(SeatSlot::free).findFirst().orElse(null);
      if (slot == null) {
        table.error(from, id, ErrorCode.CONFLICT, "Every seat at this table is taken.");
        return;
      }
    }
    slot.seatPerson(from, name.get(), SeatTokens.next());
    table.members().put(from, slot);
    table.lifecycle("seat taken", slot.seat.id(), name.get() + " from " + from.id());
    table.info("seat {} taken by {} ({})", slot.seat.id(), name.get(), from.id());
    table.reply(from, id, ServerMessage.newBuilder().setJoined(Joined.newBuilder()
        .setTableId(table.id()).setSeat(slot.seat.id()).setTable(table.view(slot))
        .setSeatToken(slot.token)));
    if (table.facilitatorReadsPrivate()) {
      table.tell(from, slot.seat.id(), ServerMessage.newBuilder().setNotice(
          org.veta.protocol.wire.Notice.newBuilder().setText("At this table the facilitator can "
              + "read private messages and proposals, for the debrief.")));
    }
    table.cycle().seatsChanged();
    table.cycle().afterJoin();
  }

  private void setOrders(Member from, long id, SeatSlot slot, List<String> texts) {
    if (table.phase() != Phase.ORDERS) {
      table.error(from, id, ErrorCode.WRONG_PHASE, "Orders can be given only in the ORDERS phase; "
          + table.cycle().now() + ".");
      return;
    }
    if (texts.size() > MAX_ORDERS_PER_REQUEST) {
      table.error(from, id, ErrorCode.INVALID_ARGUMENT, "That is " + texts.size()
          + " moves; a seat may order at most " + table.game().maxMovesPerRound() + " a round.");
      return;
    }
    List<Move> accepted = new ArrayList<>();
    OrdersView.Builder view = OrdersView.newBuilder();
    for (String text : texts) {
      OrderResult.Builder result = OrderResult.newBuilder().setMove(text);
      if (text.length() > MAX_MOVE_LENGTH) {
        view.addResults(result.setMove(text.substring(0, 40) + "...").setAccepted(false)
            .setReason("That move is too long to be a move.").setRefusal("INVALID_ARGUMENT"));
        continue;
      }
      Move move;
      try {
        move = MoveSyntax.parse(text);
      } catch (MoveSyntax.SyntaxError e) {
        view.addResults(result.setAccepted(false).setReason(e.getMessage()).setRefusal("SYNTAX"));
        continue;
      }
      Optional<Refusal> refusal = MoveRules.check(table.game(), table.cycle().state(), slot.seat,
          move, accepted);
      if (refusal.isPresent()) {
        view.addResults(result.setMove(move.text()).setAccepted(false)
            .setReason(refusal.get().message()).setRefusal(refusal.get().code().name()));
      } else {
        accepted.add(move);
        view.addResults(result.setMove(move.text()).setAccepted(true));
      }
    }
    slot.orders.clear();
    slot.orders.addAll(accepted);
    table.reply(from, id, ServerMessage.newBuilder().setOrders(view.setSubmitted(slot.submitted)));
  }

  private void submit(Member from, long id, SeatSlot slot) {
    if (table.phase() != Phase.ORDERS) {
      table.error(from, id, ErrorCode.WRONG_PHASE, "There is nothing to submit now; "
          + table.cycle().now() + ".");
      return;
    }
    boolean first = !slot.submitted;
    slot.submitted = true;
    OrdersView.Builder view = OrdersView.newBuilder().setSubmitted(true);
    for (Move m : slot.orders) {
      view.addResults(OrderResult.newBuilder().setMove(m.text()).setAccepted(true));
    }
    table.reply(from, id, ServerMessage.newBuilder().setOrders(view));
    if (first) {
      table.broadcast(ServerMessage.newBuilder().setSubmissionChanged(SubmissionChanged.newBuilder()
          .setSeat(slot.seat.id()).setSubmitted(true)));
    }
    table.cycle().checkEarlyEnd();
  }

  private void report(Member from, long id, SeatSlot slot, int round) {
    var report = table.cycle().report(round, slot);
    if (report.isEmpty()) {
      table.error(from, id, ErrorCode.NOT_FOUND, round == 0 ? "No round has been resolved yet."
          : "Round " + round + " has not been resolved.");
      return;
    }
    table.reply(from, id, ServerMessage.newBuilder().setReport(report.get()));
  }

  private void ready(Member from, long id, SeatSlot slot) {
    Phase phase = table.phase();
    if (phase != Phase.BRIEFING && phase != Phase.TALKS && phase != Phase.REPORT) {
      table.error(from, id, ErrorCode.WRONG_PHASE, "There is nothing to skip now; "
          + table.cycle().now() + ".");
      return;
    }
    slot.ready = true;
    table.reply(from, id, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
    table.cycle().checkEarlyEnd();
  }

  private void start(Member from, long id) {
    if (table.phase() != Phase.LOBBY) {
      table.error(from, id, ErrorCode.WRONG_PHASE, "The game has already started.");
      return;
    }
    table.reply(from, id, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
    table.cycle().startGame();
  }

  /**
   * Back to a seat with its token, after a dropped connection (or from a second device): the seat
   * passes to this connection, and every event of the seat after the client's last one is sent
   * again, so nothing said or changed meanwhile is missed.
   */
  private void rejoin(Member from, long id, org.veta.protocol.wire.JoinTable join) {
    SeatSlot slot = table.seats().values().stream()
        .filter(s -> SeatTokens.opens(s.fingerprint, join.getSeatToken(), table.recovering()))
        .findFirst().orElse(null);
    if (slot == null) {
      table.error(from, id, ErrorCode.UNAUTHENTICATED, "That seat token is not valid at this "
          + "table: join with your name, or ask the facilitator.");
      return;
    }
    Member before = slot.member;
    if (before != null && before != from) {
      table.members().remove(before);
      table.tell(before, slot.seat.id(), ServerMessage.newBuilder().setNotice(
          org.veta.protocol.wire.Notice.newBuilder().setText("Your seat " + slot.seat.id()
              + " was taken back from another connection; this one holds no seat now.")));
      table.tell(before, "", ServerMessage.newBuilder().setSeatMoved(Joined.newBuilder()
          .setTableId(table.id())));
    }
    slot.member = from;
    slot.dropped = false;
    slot.token = join.getSeatToken();
    table.grace().back(slot);
    table.members().put(from, slot);
    if (!join.getContinueRequests()) {
      slot.answers.clear();
    }
    table.lifecycle("seat back", slot.seat.id(), slot.player + " from " + from.id()
        + " after event " + join.getLastSeq());
    table.info("seat {} back with {} ({}), events after {}", slot.seat.id(), slot.player, from.id(),
        join.getLastSeq());
    table.reply(from, id, ServerMessage.newBuilder().setJoined(Joined.newBuilder()
        .setTableId(table.id()).setSeat(slot.seat.id()).setTable(table.view(slot))
        .setSeatToken(slot.token)));
    table.replay(from, slot, join.getLastSeq());
    table.cycle().seatsChanged();
    table.cycle().checkEarlyEnd();
  }

  /** The person left on purpose: a bot takes the seat from now on. */
  void leave(Member member, String why) {
    SeatSlot slot = table.members().remove(member);
    if (slot == null) {
      return;
    }
    table.lifecycle("seat freed", slot.seat.id(), slot.player + " " + why);
    table.info("seat {} freed: {} {}", slot.seat.id(), slot.player, why);
    slot.empty();
    table.cycle().seatFreed(slot);
  }

  /**
   * The person's connection is gone. Before the game and after it, the seat is simply free. During
   * it, the seat is kept for them: they take it back by joining with the same name, the table
   * waits for the deadlines rather than racing ahead, and the facilitator sees it dropped.
   */
  void dropped(Member member) {
    SeatSlot slot = table.members().get(member);
    if (slot == null) {
      return;
    }
    Phase phase = table.phase();
    if (phase == Phase.LOBBY || phase == Phase.ENDED) {
      leave(member, "disconnected");
      return;
    }
    table.members().remove(member);
    slot.member = null;
    slot.dropped = true;
    slot.ready = false;
    table.grace().dropped(slot);
    table.lifecycle("seat dropped", slot.seat.id(), slot.player + " lost the connection");
    table.info("seat {} dropped: {} lost the connection; kept for them", slot.seat.id(), slot.player);
    table.cycle().seatsChanged();
    table.cycle().checkEarlyEnd();
  }
}
