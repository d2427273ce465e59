package org.veta.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.Hello;
import org.veta.protocol.wire.OrderResult;
import org.veta.protocol.wire.OrdersView;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.ServerMessage;

/**
 * Every refusal over a real connection, each with its code and a sentence, and each followed by a
 * request that works: a refused request leaves the session going.
 */
class RefusalsEndToEndTest extends TutorialTableTest {



  @Test
  void actingBeforeJoiningIsNotYourSeat() throws Exception {
    TestClient ana = fixture.client("Ana");
    assertThat(ana.refused(Protocol.orders("forbear"), ErrorCode.NOT_YOUR_SEAT)).contains("Join a table");
    assertThat(ana.refused(Protocol.getTable(), ErrorCode.NOT_YOUR_SEAT)).isNotBlank();
    assertThat(ana.join(table.joinCode(), "mayor").getSeat()).isEqualTo("mayor");
  }

  @Test
  void requestsBeforeHelloAreUnauthenticated() throws Exception {
    try (TestClient early = TestClient.connect("Early", fixture.port)) {
      assertThat(early.refused(Protocol.join(table.joinCode(), "Early", ""), ErrorCode.UNAUTHENTICATED))
          .contains("hello");
      early.hello();
      assertThat(early.join(table.joinCode(), "").getSeat()).isNotBlank();
    }
  }

  @Test
  void aWrongJoinCodeIsUnauthenticated() throws Exception {
    TestClient ana = fixture.client("Ana");
    assertThat(ana.refused(Protocol.join("ZZZZ-ZZZZ", "Ana", ""), ErrorCode.UNAUTHENTICATED))
        .isEqualTo("No table has the join code ZZZZ-ZZZZ.");
    assertThat(ana.join(table.joinCode(), "mayor").getSeat()).isEqualTo("mayor");
  }

  @Test
  void aTakenSeatIsAConflict() throws Exception {
    fixture.client("Ana").join(table.joinCode(), "mayor");
    TestClient bruno = fixture.client("Bruno");
    assertThat(bruno.refused(Protocol.join(table.joinCode(), "Bruno", "mayor"), ErrorCode.CONFLICT))
        .contains("taken by Ana");
    assertThat(bruno.join(table.joinCode(), "federation").getSeat()).isEqualTo("federation");
  }

  @Test
  void anUnknownSeatIsNotFound() throws Exception {
    TestClient ana = fixture.client("Ana");
    assertThat(ana.refused(Protocol.join(table.joinCode(), "Ana", "president"), ErrorCode.NOT_FOUND))
        .contains("president");
    assertThat(ana.join(table.joinCode(), "").getSeat()).isEqualTo("government");
  }

  @Test
  void aSecondHelloIsAConflictInTheLobbyAndSeated() throws Exception {
    TestClient ana = fixture.client("Ana");
    ClientMessage.Builder hello = ClientMessage.newBuilder().setHello(Hello.newBuilder()
        .addProtocolVersions(1));
    ana.refused(hello.clone(), ErrorCode.CONFLICT);
    ana.join(table.joinCode(), "mayor");
    ana.refused(hello.clone(), ErrorCode.CONFLICT);
    assertThat(ana.request(Protocol.ping(5)).getPong().getNonce()).isEqualTo(5);
  }

  @Test
  void requestIdZeroIsInvalidAndTheConnectionStays() throws Exception {
    TestClient ana = fixture.client("Ana");
    ana.sendRaw(Protocol.ping(1).setRequestId(0).build());
    ServerMessage refusal = ana.await(m -> m.hasError(), "the refusal of request id 0");
    assertThat(refusal.getRequestId()).isZero();
    assertThat(refusal.getError().getCode()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(ana.request(Protocol.ping(2)).hasPong()).isTrue();
  }

  @Test
  void ordersOutsideTheOrdersPhaseAreWrongPhase() throws Exception {
    TestClient ana = fixture.client("Ana");
    ana.join(table.joinCode(), "mayor");
    assertThat(ana.refused(Protocol.orders("forbear"), ErrorCode.WRONG_PHASE)).contains("ORDERS");
    ana.refused(Protocol.submit(), ErrorCode.WRONG_PHASE);
    ana.refused(Protocol.ready(), ErrorCode.WRONG_PHASE);
    assertThat(ana.request(Protocol.getTable()).getTable().getPhase()).isEqualTo(Phase.LOBBY);
    assertThat(ana.request(Protocol.start()).hasOk()).isTrue();
    ana.refused(Protocol.start(), ErrorCode.WRONG_PHASE);
  }

  @Test
  void malformedMoveArgumentsAreRefusedMoveByMove() throws Exception {
    TestClient ana = fixture.client("Ana");
    ana.join(table.joinCode(), "mayor");
    ana.request(Protocol.start());
    ana.awaitPhase(1, Phase.ORDERS);
    OrdersView view = ana.request(Protocol.orders("forbear scale=banana", "forbear")).getOrders();
    assertThat(view.getResultsCount()).isEqualTo(2);
    OrderResult bad = view.getResults(0);
    assertThat(bad.getAccepted()).isFalse();
    assertThat(bad.getReason()).isNotBlank();
    assertThat(bad.getRefusal()).isNotBlank();
    assertThat(view.getResults(1).getAccepted()).isTrue();
    OrdersView submitted = ana.request(Protocol.submit()).getOrders();
    assertThat(submitted.getSubmitted()).isTrue();
    assertThat(submitted.getResultsList()).extracting(OrderResult::getMove).containsExactly("forbear");
  }

  @Test
  void ordersForAnotherSeatOrOfAnotherRoleAreRefusedAndTheSeatPlaysOn() throws Exception {
    TestClient ana = fixture.client("Ana");
    ana.join(table.joinCode(), "mayor");
    ana.request(Protocol.start());
    ana.awaitPhase(1, Phase.ORDERS);
    ClientMessage.Builder forTheFederation = Protocol.orders("strike");
    forTheFederation.getSetOrdersBuilder().setSeat("federation");
    assertThat(ana.refused(forTheFederation, ErrorCode.NOT_YOUR_SEAT))
        .contains("you cannot act for federation");
    OrderResult decree = ana.request(Protocol.orders("decree")).getOrders().getResults(0);
    assertThat(decree.getAccepted()).isFalse();
    assertThat(decree.getRefusal()).isEqualTo("WRONG_ROLE");
    assertThat(decree.getReason()).contains("central-state move");
    assertThat(ana.request(Protocol.orders("forbear")).getOrders().getResults(0).getAccepted()).isTrue();
  }
}
