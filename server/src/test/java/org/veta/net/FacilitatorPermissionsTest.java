package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Phase;

/**
 * Every facilitator operation, from a participant in the lobby and from one holding a seat, is
 * refused with PERMISSION_DENIED, and the table plays on. The operations are read from the
 * protocol's descriptor, so one added later is covered without touching this test.
 */
class FacilitatorPermissionsTest extends TutorialTableTest {
  static List<FieldDescriptor> facilitatorOperations() {
    return ClientMessage.getDescriptor().getOneofs().get(0).getFields().stream()
        .filter(f -> f.getNumber() >= FacilitatorHandler.FIRST_FACILITATOR_FIELD).toList();
  }

  static ClientMessage.Builder operation(FieldDescriptor field) {
    // An empty operation, and one naming every table: neither may pass.
    return ClientMessage.newBuilder().setField(field,
        DynamicMessage.getDefaultInstance(field.getMessageType()));
  }

  @Test
  void everyFacilitatorOperationIsRefusedToParticipants() throws Exception {
    assertThat(facilitatorOperations()).hasSizeGreaterThanOrEqualTo(12);
    TestClient lobby = fixture.client("Lou");
    TestClient ana = fixture.client("Ana");
    ana.join(table.joinCode(), "federation");
    for (FieldDescriptor op : facilitatorOperations()) {
      for (TestClient who : List.of(lobby, ana)) {
        ClientMessage.Builder request = ClientMessage.newBuilder().mergeFrom(
            operation(op).build().toByteString());
        assertThat(who.refused(request, ErrorCode.PERMISSION_DENIED)).contains("facilitator");
      }
    }
    // The table is untouched and goes on.
    var view = ana.request(Protocol.getTable()).getTable();
    assertThat(view.getPhase()).isEqualTo(Phase.LOBBY);
    ana.request(Protocol.start());
    ana.awaitPhase(1, Phase.ORDERS);
    assertThat(ana.request(Protocol.orders("organize")).getOrders().getResults(0).getAccepted())
        .isTrue();
  }

  @Test
  void aFacilitatorConsoleHoldsNoSeat() throws Exception {
    TestClient maria = fixture.facilitator("Maria");
    assertThat(maria.refused(Protocol.orders("organize"), ErrorCode.INVALID_ARGUMENT))
        .contains("holds no seat");
    assertThat(maria.refused(Protocol.join(table.joinCode(), "Maria", ""), ErrorCode.INVALID_ARGUMENT))
        .contains("holds no seat");
  }
}
