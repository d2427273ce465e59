package org.veta.client.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.veta.protocol.wire.MoveList;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.SeatView;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableView;

/**
 * What the client knows of its table, kept up to date from answers and events. Written by the
 * inbound thread and read by the shell's thread, hence synchronized throughout; it is small.
 */
public final class TableState {
  private TableView view = TableView.getDefaultInstance();
  private Position position = new Position(0, Phase.PHASE_UNSPECIFIED);
  private long deadlineUnixMs;
  private boolean paused;
  /** The highest table event number folded in so far. */
  private long appliedSeq;
  private final Map<String, SeatView> seats = new LinkedHashMap<>();
  private MoveList moves = MoveList.getDefaultInstance();
  private List<String> orders = List.of();
  private Scorecard scorecard;
  private final Map<WaitTarget, List<CompletableFuture<Position>>> waits = new LinkedHashMap<>();

  /** A fresh view from GetTable or Joined replaces what we knew. */
  public synchronized void update(TableView table) {
    if (table.getLastSeq() < appliedSeq) {
      // The answer was written before events we have already applied (a Joined raced the game's
      // start): keep where the table is now, take the rest of the view.
      view = table.toBuilder().setRound(position.round()).setPhase(position.phase())
          .setDeadlineUnixMs(deadlineUnixMs).setPaused(paused).clearSeats()
          .addAllSeats(seats.values()).build();
      orders = List.copyOf(table.getYou().getOrdersList());
      return;
    }
    view = table;
    deadlineUnixMs = table.getDeadlineUnixMs();
    paused = table.getPaused();
    seats.clear();
    table.getSeatsList().forEach(seat -> seats.put(seat.getId(), seat));
    orders = List.copyOf(table.getYou().getOrdersList());
    moveTo(new Position(table.getRound(), table.getPhase()));
  }

  /** Folds an event into the state. */
  public synchronized void apply(ServerMessage event) {
    appliedSeq = Math.max(appliedSeq, event.getSeq());
    switch (event.getBodyCase()) {
      case PHASE_CHANGED -> {
        PhaseChanged change = event.getPhaseChanged();
        if (change.getRound() != position.round()) {
          orders = List.of(); // orders belong to a round
          seats.replaceAll((id, seat) -> seat.toBuilder().setSubmitted(false).setReady(false).build());
        }
        deadlineUnixMs = change.getDeadlineUnixMs();
        paused = change.getPaused();
        moveTo(new Position(change.getRound(), change.getPhase()));
      }
      case SEATS_CHANGED -> {
        seats.clear();
        event.getSeatsChanged().getSeatsList().forEach(seat -> seats.put(seat.getId(), seat));
      }
      case SUBMISSION_CHANGED -> seats.computeIfPresent(event.getSubmissionChanged().getSeat(),
          (id, seat) -> seat.toBuilder().setSubmitted(event.getSubmissionChanged().getSubmitted()).build());
      case SEAT_MOVED -> {
        if (!event.getSeatMoved().getSeat().isEmpty()) {
          update(event.getSeatMoved().getTable());
        }
      }
      case SCORECARD -> {
        scorecard = event.getScorecard();
        moveTo(new Position(position.round(), Phase.ENDED));
      }
      default -> { }
    }
  }

  public synchronized void moves(MoveList list) {
    moves = list;
  }

  public synchronized void orders(List<String> accepted) {
    orders = List.copyOf(accepted);
  }

  /** Completes when the game reaches the target; at once if it already has. */
  public synchronized CompletableFuture<Position> until(WaitTarget target) {
    CompletableFuture<Position> reached = new CompletableFuture<>();
    if (target.reachedAt(position)) {
      reached.complete(position);
    } else {
      waits.computeIfAbsent(target, t -> new ArrayList<>()).add(reached);
    }
    return reached;
  }

  private void moveTo(Position next) {
    position = next;
    waits.entrySet().removeIf(entry -> {
      if (!entry.getKey().reachedAt(next)) {
        return false;
      }
      entry.getValue().forEach(waiter -> waiter.complete(next));
      return true;
    });
  }

  public synchronized Position position() {
    return position;
  }

  /** The facilitator has stopped the clock. */
  public synchronized boolean paused() {
    return paused;
  }

  public synchronized long deadlineUnixMs() {
    return deadlineUnixMs;
  }

  public synchronized TableView view() {
    return view;
  }

  public synchronized List<SeatView> seats() {
    return List.copyOf(seats.values());
  }

  public synchronized MoveList moves() {
    return moves;
  }

  public synchronized List<String> orders() {
    return orders;
  }

  public synchronized Optional<Scorecard> scorecard() {
    return Optional.ofNullable(scorecard);
  }

  public synchronized String yourSeat() {
    return view.getYou().getSeat();
  }
}
