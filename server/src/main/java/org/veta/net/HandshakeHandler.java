package org.veta.net;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.facilitation.Facilitator;
import org.veta.facilitation.FacilitatorDesk;
import org.veta.protocol.wire.ClientMessage;
import org.veta.session.Names;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.Welcome;
import org.veta.session.TableRegistry;

/** A new connection: the only thing it may say is Hello, with a protocol version we speak. */
final class HandshakeHandler implements SessionHandler {
  static final int PROTOCOL_VERSION = 1;
  static final String SERVER = "veta-server 0.1.0";
  private static final Logger LOG = LoggerFactory.getLogger(HandshakeHandler.class);

  private final Connection connection;
  private final TableRegistry tables;
  private final FacilitatorDesk desk;

  HandshakeHandler(Connection connection, TableRegistry tables, FacilitatorDesk desk) {
    this.connection = connection;
    this.tables = tables;
    this.desk = desk;
  }

  @Override
  public boolean greeted() {
    return false;
  }

  @Override
  public void handle(ClientMessage request) {
    long id = request.getRequestId();
    if (!request.hasHello()) {
      connection.refuse(id, ErrorCode.UNAUTHENTICATED,
          "Say hello first: the first message on a connection is Hello.");
      return;
    }
    var versions = request.getHello().getProtocolVersionsList();
    if (!versions.contains(PROTOCOL_VERSION)) {
      // A frame may list thousands of versions: the log and the answer show the first few.
      String shown = versions.size() <= 8 ? versions.toString()
          : versions.subList(0, 8).toString().replace("]", ", ...]");
      LOG.info("{} speaks protocol versions {} only; closing", connection.id(), shown);
      connection.refuseAndClose(id, ErrorCode.UNAUTHENTICATED, "This server speaks protocol version "
          + PROTOCOL_VERSION + " and your client speaks " + shown + "; update the client.");
      return;
    }
    LOG.info("{} said hello ({})", connection.id(), Printable.of(request.getHello().getClient(), 60));
    String key = request.getHello().getFacilitatorKey();
    if (!key.isEmpty()) {
      if (desk == null || !desk.admits(key)) {
        LOG.warn("{} presented a wrong facilitator key; closing", connection.id());
        connection.refuseAndClose(id, ErrorCode.UNAUTHENTICATED, "That is not this server's "
            + "facilitator key; it is printed by `veta serve` when it starts.");
        return;
      }
      String name = Names.clean(request.getHello().getFacilitatorName())
          .orElse("facilitator");
      connection.reply(id, ServerMessage.newBuilder().setWelcome(Welcome.newBuilder()
          .setProtocolVersion(PROTOCOL_VERSION).setServer(SERVER).setFacilitator(true)));
      connection.become(new FacilitatorHandler(connection, desk,
          new Facilitator(name, connection)));
      return;
    }
    connection.reply(id, ServerMessage.newBuilder().setWelcome(
        Welcome.newBuilder().setProtocolVersion(PROTOCOL_VERSION).setServer(SERVER)));
    connection.become(new LobbyHandler(connection, tables));
  }

  @Override
  public String describe() {
    return "handshake";
  }
}
