package org.veta.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.veta.engine.state.NationalVar;
import org.veta.protocol.scenario.ChannelRule;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Ok;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Talk;
import org.veta.protocol.wire.TalkMessage;

/**
 * A table's talk: public statements, private messages between two seats, and role groups. The
 * scenario says which channel is open in which phase (bilateral only in the first talks, public
 * statements only at a roundtable, ...); the server decides who may post and who may read, and
 * a message reaches only those who may read it. Runs on the table's executor.
 */
final class Talks {
  static final int MAX_TEXT = 500;

  /** Public talk in the lobby, the talks and the report; private and group talk while deciding. */
  static final List<ChannelRule> DEFAULT_RULES = List.of(
      ChannelRule.newBuilder().setChannel(org.veta.protocol.scenario.Channel.PUBLIC)
          .addPhases("LOBBY").addPhases("TALKS").addPhases("REPORT").build(),
      ChannelRule.newBuilder().setChannel(org.veta.protocol.scenario.Channel.PRIVATE)
          .addPhases("TALKS").addPhases("ORDERS").build(),
      ChannelRule.newBuilder().setChannel(org.veta.protocol.scenario.Channel.ROLE_GROUP)
          .addPhases("TALKS").addPhases("ORDERS").build());

  /**
   * How many messages a table keeps to answer an inbox: a workshop's whole game fits (a lively
   * table says a few hundred things), and a server of a thousand tables talking for hours does not
   * keep every word in memory (the soak's heap filled with talk). The log keeps all of it.
   */
  static final int MESSAGES_KEPT = 256;

  private final Table table;
  private final List<ChannelRule> rules;
  private final ArrayDeque<TalkMessage> messages = new ArrayDeque<>();
  /** The same messages serialized, in the same order: an inbox is assembled from them. */
  private final RecentBytes serialized = new RecentBytes(16 * 1024, MESSAGES_KEPT + 1);
  private long lastId;
  /** Per seat, and for the facilitator, how many messages they may read were let go. */
  private final Map<String, Integer> earlierNotKept = new HashMap<>();
  private int earlierNotKeptForFacilitator;

  Talks(Table table) {
    this.table = table;
    List<ChannelRule> scenario = table.game().scenario().getTalkRulesList();
    this.rules = scenario.isEmpty() ? DEFAULT_RULES : scenario;
  }

  void talk(Member from, long id, SeatSlot slot, Talk talk) {
    Optional<String> text = Names.clean(talk.getText(), MAX_TEXT);
    if (text.isEmpty()) {
      table.error(from, id, ErrorCode.INVALID_ARGUMENT,
          "A message must have 1 to " + MAX_TEXT + " printable characters.");
      return;
    }
    Channel channel = talk.getChannel();
    if (channel == Channel.FACILITATOR) {
      table.error(from, id, ErrorCode.PERMISSION_DENIED,
          "Only the facilitator makes announcements; say it on the public channel.");
      return;
    }
    if (channel == Channel.CHANNEL_UNSPECIFIED || channel == Channel.UNRECOGNIZED) {
      table.error(from, id, ErrorCode.INVALID_ARGUMENT, "Say which channel: public, private or group.");
      return;
    }
    Optional<String> closed = closedBecause(channel);
    if (closed.isPresent()) {
      table.error(from, id, ErrorCode.WRONG_PHASE, closed.get());
      return;
    }
    String to = "";
    if (channel == Channel.PRIVATE) {
      SeatSlot other = table.seats().get(talk.getTo());
      if (other == null) {
        table.error(from, id, ErrorCode.NOT_FOUND, "There is no seat '" + talk.getTo()
            + "' at this table. Seats: " + String.join(", ", table.seats().keySet()) + ".");
        return;
      }
      if (other == slot) {
        table.error(from, id, ErrorCode.INVALID_ARGUMENT, "A private message goes to another seat.");
        return;
      }
      to = other.seat.id();
    } else if (channel == Channel.ROLE_GROUP) {
      to = slot.seat.role().name();
    }
    TalkMessage message = TalkMessage.newBuilder().setId(++lastId).setChannel(channel)
        .setFromSeat(slot.seat.id()).setFromPlayer(slot.player).setTo(to).setText(text.get())
        .setRound(table.cycle().round()).setPhase(table.phase()).build();
    keep(message);
    table.reply(from, id, ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
    table.broadcastTo(reader -> readable(reader, message),
        ServerMessage.newBuilder().setTalk(message), facilitatorMayRead(message));
  }

  /** A facilitator's announcement: to everyone at the table, in any phase, logged like all talk. */
  void announce(String raw) {
    Optional<String> text = Names.clean(raw, MAX_TEXT);
    if (text.isEmpty()) {
      return;
    }
    TalkMessage message = TalkMessage.newBuilder().setId(++lastId)
        .setChannel(Channel.FACILITATOR).setFromSeat("facilitator").setText(text.get())
        .setRound(table.cycle().round()).setPhase(table.phase()).build();
    keep(message);
    table.broadcast(ServerMessage.newBuilder().setTalk(message));
  }

  /** Private talk only where the scenario says so (and the players are told); the rest always. */
  boolean facilitatorMayRead(TalkMessage message) {
    return message.getChannel() != Channel.PRIVATE || table.facilitatorReadsPrivate();
  }

  /**
   * Keeps the message for the inboxes; past {@link #MESSAGES_KEPT} the oldest goes, counted for
   * each seat that could read it, so an inbox can say how much it no longer shows.
   */
  private void keep(TalkMessage message) {
    messages.addLast(message);
    serialized.add(message.getId(), 0, "", message.toByteArray());
    if (messages.size() <= MESSAGES_KEPT) {
      return;
    }
    TalkMessage gone = messages.removeFirst();
    serialized.removeOldest();
    for (SeatSlot reader : table.seats().values()) {
      if (readable(reader, gone)) {
        earlierNotKept.merge(reader.seat.id(), 1, Integer::sum);
      }
    }
    if (facilitatorMayRead(gone)) {
      earlierNotKeptForFacilitator++;
    }
  }

  /** How many messages the facilitator may read are older than those kept. */
  int earlierNotKeptForFacilitator() {
    return earlierNotKeptForFacilitator;
  }

  /** What the facilitator may read, oldest first. */
  List<TalkMessage> forFacilitator() {
    return messages.stream().filter(this::facilitatorMayRead).toList();
  }

  /**
   * A facilitator's private nudge to one seat (or the whole table when seat is null): only they
   * read it, on the facilitator's channel.
   */
  void nudge(SeatSlot seat, String raw) {
    Optional<String> text = Names.clean(raw, MAX_TEXT);
    if (text.isEmpty()) {
      return;
    }
    TalkMessage message = TalkMessage.newBuilder().setId(++lastId)
        .setChannel(Channel.FACILITATOR).setFromSeat("facilitator")
        .setTo(seat == null ? "" : seat.seat.id()).setText(text.get())
        .setRound(table.cycle().round()).setPhase(table.phase()).build();
    keep(message);
    table.broadcastTo(reader -> readable(reader, message),
        ServerMessage.newBuilder().setTalk(message), true);
  }

  void inbox(Member from, long id, SeatSlot slot) {
    int[] readable = new int[messages.size()];
    int count = 0;
    int i = 0;
    for (TalkMessage m : messages) {
      if (readable(slot, m)) {
        readable[count++] = i;
      }
      i++;
    }
    table.replyRead(from, ServerMessage.BodyCase.INBOX, WireMessage.ofBytes(id,
        ServerMessage.BodyCase.INBOX, InboxAnswer.encode(id, serialized, readable, count,
            earlierNotKept.getOrDefault(slot.seat.id(), 0))));
  }

  /** Public talk is for all; private for its two seats; a group's for the seats of its role. */
  static boolean readable(SeatSlot reader, TalkMessage m) {
    return switch (m.getChannel()) {
      case PUBLIC -> true;
      // An announcement (to "") reaches everyone; a nudge only its seat.
      case FACILITATOR -> m.getTo().isEmpty() || reader.seat.id().equals(m.getTo());
      case PRIVATE -> reader.seat.id().equals(m.getFromSeat()) || reader.seat.id().equals(m.getTo());
      case ROLE_GROUP -> reader.seat.role().name().equals(m.getTo());
      default -> false;
    };
  }

  private Optional<String> closedBecause(Channel channel) {
    Phase phase = table.phase();
    boolean atTable = table.cycle().state().get(NationalVar.ROUNDTABLE_OPEN) > 0
        || table.cycle().state().get(NationalVar.DIRECT_NEGOTIATION) > 0;
    List<String> openIn = new ArrayList<>();
    for (ChannelRule rule : rules) {
      if (!rule.getChannel().name().equals(channel.name())) {
        continue;
      }
      openIn.addAll(rule.getPhasesList());
      if (rule.getPhasesList().contains(phase.name()) && (!rule.getOnlyAtRoundtable() || atTable)) {
        return Optional.empty();
      }
    }
    String name = channel.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (openIn.isEmpty()) {
      return Optional.of("This scenario has no " + name + " talk.");
    }
    boolean roundtableOnly = rules.stream().anyMatch(r -> r.getChannel().name().equals(channel.name())
        && r.getOnlyAtRoundtable());
    return Optional.of("The " + name + " channel is open only in " + String.join(", ", openIn)
        + (roundtableOnly ? " while a roundtable sits" : "") + "; " + table.cycle().now() + ".");
  }
}
