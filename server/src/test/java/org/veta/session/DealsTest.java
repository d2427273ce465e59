package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.app.ScenarioSource;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetProposals;
import org.veta.protocol.wire.GetTable;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Propose;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.Respond;
import org.veta.protocol.wire.Response;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.SetOrders;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;

/** Proposals, agreements and broken promises at a real table, through its request API. */
class DealsTest extends RegistryFixture {
  private static final Duration WAIT = Duration.ofSeconds(20);


  private Table open(String scenario) throws Exception {
    return registry.open(new ScenarioSource(null).load(scenario, List.of()), List.of(), 1,
        TableOptions.DEFAULT.withBots("historical")
            .withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
  }

  private static ClientMessage.Builder join(String name, String seat) {
    return ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(name).setSeat(seat));
  }

  private static ClientMessage.Builder propose(String terms, String... to) {
    return ClientMessage.newBuilder().setPropose(Propose.newBuilder().addAllTo(List.of(to)).setTerms(terms));
  }

  private static ClientMessage.Builder respond(long id, Response response) {
    return ClientMessage.newBuilder().setRespond(Respond.newBuilder().setProposal(id).setResponse(response));
  }

  private static ClientMessage.Builder orders(String... moves) {
    return ClientMessage.newBuilder().setSetOrders(SetOrders.newBuilder().addAllMoves(List.of(moves)));
  }

  private static final ClientMessage.Builder READY = ClientMessage.newBuilder().setReady(Ready.getDefaultInstance());
  private static final ClientMessage.Builder SUBMIT = ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance());

  private static boolean phase(ServerMessage m, int round, Phase phase) {
    return m.hasPhaseChanged() && m.getPhaseChanged().getRound() == round
        && m.getPhaseChanged().getPhase() == phase;
  }

  /** Both people move the table on to the phase and wait until it is there. */
  private static void reach(Table table, int round, Phase phase, TestMember a, TestMember b)
      throws InterruptedException {
    while (true) {
      var now = a.ask(table, ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance())).getTable();
      if (now.getRound() == round && now.getPhase() == phase) {
        return;
      }
      if (now.getPhase() == Phase.ORDERS) {
        a.ask(table, SUBMIT.clone());
        b.ask(table, SUBMIT.clone());
      } else {
        a.ask(table, READY.clone());
        b.ask(table, READY.clone());
      }
      a.await(m -> m.hasPhaseChanged() && m.getSeq() > now.getLastSeq(), WAIT);
    }
  }

  private static double clause(Table table, TestMember who, String clause) throws InterruptedException {
    return who.ask(table, ClientMessage.newBuilder().setGetTable(GetTable.getDefaultInstance())).getTable()
        .getIndicatorsList().stream().filter(i -> i.getKey().equals("clause." + clause)).findFirst()
        .orElseThrow().getValue();
  }

  @Test
  void anAgreedClauseChangesTheDraftOnlyWhenTheRulesAllowIt() throws Exception {
    Table table = open("bolivia");
    TestMember fed = new TestMember("fed");
    TestMember centre = new TestMember("centre");
    fed.ask(table, join("Flor", "fencomin"));
    centre.ask(table, join("Evo", "president"));
    fed.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    reach(table, 1, Phase.TALKS, fed, centre);
    assertThat(fed.ask(table, propose("clause tax_rate=1", "atlantis")).getError().getCode())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(fed.ask(table, propose("clause tax_rate=99", "president")).getError().getCode())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    long first = fed.ask(table, propose("clause tax_rate=1", "president")).getProposal().getId();
    assertThat(centre.await(m -> m.hasProposalChanged() && m.getProposalChanged().getId() == first, WAIT)
        .getProposalChanged().getYourUtility()).as("the centre sees what the offer is worth to it")
        .isLessThan(centre.seen().stream().filter(ServerMessage::hasProposalChanged).findFirst()
            .orElseThrow().getProposalChanged().getYourUtilityNow());
    assertThat(fed.ask(table, respond(first, Response.ACCEPT)).getError().getCode())
        .as("only an addressee accepts").isEqualTo(ErrorCode.PERMISSION_DENIED);
    centre.ask(table, respond(first, Response.ACCEPT));
    var agreement = fed.await(ServerMessage::hasAgreement, WAIT).getAgreement();
    assertThat(agreement.getDraftChangesList()).singleElement().asString()
        .contains("Neither a roundtable nor direct negotiation is open");
    reach(table, 2, Phase.TALKS, fed, centre);
    assertThat(clause(table, fed, "tax_rate")).as("no rule let the agreement change the draft").isEqualTo(5);

    // Round 2: the historical ministry convened a roundtable in round 1; now the same deal can
    // be carried out by the moves the rules allow.
    long second = fed.ask(table, propose("clause tax_rate=1", "president")).getProposal().getId();
    centre.ask(table, respond(second, Response.ACCEPT));
    var carried = fed.await(m -> m.hasAgreement() && m.getAgreement().getId() == second, WAIT).getAgreement();
    assertThat(carried.getDraftChangesList()).singleElement().asString()
        .contains("allowed", "fencomin: propose clause=tax_rate value=1", "president: draft clause=tax_rate value=1");
    assertThat(fed.ask(table, ClientMessage.newBuilder().setGetProposals(GetProposals.getDefaultInstance()))
        .getProposals().getAgreementsCount()).isEqualTo(2);
    reach(table, 2, Phase.ORDERS, fed, centre);
    fed.ask(table, orders("propose clause=tax_rate value=1"));
    centre.ask(table, orders("draft clause=tax_rate value=1"));
    reach(table, 2, Phase.REPORT, fed, centre);
    assertThat(clause(table, fed, "tax_rate")).isEqualTo(1.0);
  }

  @Test
  void aBrokenPublicPromiseShowsInBothSeatsReportsAndCostsTrustAndStanding() throws Exception {
    Table table = open("peru");
    TestMember fed = new TestMember("fed");
    TestMember centre = new TestMember("centre");
    fed.ask(table, join("Flor", "fedemin"));
    centre.ask(table, join("Ollanta", "executive"));
    fed.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    reach(table, 1, Phase.TALKS, fed, centre);
    long id = fed.ask(table, propose("commit fedemin no_strike 2; say \"We keep the peace\"",
        "executive")).getProposal().getId();
    centre.ask(table, respond(id, Response.ACCEPT));
    fed.await(ServerMessage::hasAgreement, WAIT);
    double trustBefore = table.deals().trust().of("executive", "fedemin");
    reach(table, 1, Phase.ORDERS, fed, centre);
    assertThat(fed.ask(table, orders("strike scale=1 days=14")).getOrders().getResults(0).getAccepted())
        .as("agreements do not enforce: the move is legal").isTrue();
    reach(table, 1, Phase.REPORT, fed, centre);
    for (TestMember who : List.of(fed, centre)) {
      var report = who.await(m -> m.hasReport() && m.getReport().getRound() == 1, WAIT).getReport();
      assertThat(report.getBreachesList()).singleElement().satisfies(b -> {
        assertThat(b.getSeat()).isEqualTo("fedemin");
        assertThat(b.getMove()).isEqualTo("strike scale=1 days=14");
        assertThat(b.getPublic()).isTrue();
      });
      assertThat(report.getEffectsList()).anyMatch(e -> e.getMechanism().equals("broken promises")
          && e.getSeat().equals("fedemin") && e.getAfter() < e.getBefore());
    }
    assertThat(table.deals().trust().of("executive", "fedemin")).isLessThan(trustBefore);
    assertThat(table.deals().trust().of("fedemin", "executive")).as("only the broken side loses trust")
        .isEqualTo(trustBefore);
  }

  @Test
  void aBotThatTakesOverASeatKeepsThePromisesItsPersonMade() throws Exception {
    Table table = registry.open(new ScenarioSource(null).load("peru", List.of()), List.of(), 1,
        TableOptions.DEFAULT.withBots("fedemin=hardline,historical")
            .withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
    TestMember fed = new TestMember("fed");
    TestMember centre = new TestMember("centre");
    fed.ask(table, join("Flor", "fedemin"));
    centre.ask(table, join("Ollanta", "executive"));
    fed.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    reach(table, 1, Phase.TALKS, fed, centre);
    long id = fed.ask(table, propose("commit fedemin no_strike 2", "executive")).getProposal().getId();
    centre.ask(table, respond(id, Response.ACCEPT));
    fed.await(ServerMessage::hasAgreement, WAIT);
    // Flor leaves; the hardline bot that takes her seat would strike, but not against her word.
    fed.ask(table, ClientMessage.newBuilder().setLeave(org.veta.protocol.wire.Leave.getDefaultInstance()));
    centre.ask(table, READY.clone());
    centre.await(m -> phase(m, 1, Phase.ORDERS), WAIT);
    centre.ask(table, SUBMIT.clone());
    var report = centre.await(m -> m.hasReport() && m.getReport().getRound() == 1, WAIT).getReport();
    assertThat(report.getBreachesList()).isEmpty();
    assertThat(report.getMovesList()).filteredOn(m -> m.getSeat().equals("fedemin"))
        .allSatisfy(m -> assertThat(m.getMovesList()).noneMatch(move -> move.startsWith("strike")));
  }

  @Test
  void anAdaptiveBotOffersAtTheRoundtableAndKeepsItsWord() throws Exception {
    Table table = registry.open(new ScenarioSource(null).load("bolivia", List.of()), List.of(), 1,
        TableOptions.DEFAULT.withBots("historical,fencomin=adaptive")
            .withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
    TestMember centre = new TestMember("centre");
    TestMember mayors = new TestMember("mayors");
    centre.ask(table, join("Evo", "president"));
    mayors.ask(table, join("Ana", "la_paz_mayors"));
    centre.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    reach(table, 2, Phase.TALKS, centre, mayors);
    ServerMessage offer = centre.await(m -> m.hasProposalChanged()
        && m.getProposalChanged().getFrom().equals("fencomin"), WAIT);
    var proposal = offer.getProposalChanged();
    assertThat(proposal.getTermsList()).singleElement().asString().startsWith("clause ");
    String clause = proposal.getTerms(0).substring("clause ".length(), proposal.getTerms(0).indexOf('='));
    double value = Double.parseDouble(proposal.getTerms(0).substring(proposal.getTerms(0).indexOf('=') + 1));
    centre.ask(table, respond(proposal.getId(), Response.ACCEPT));
    centre.await(m -> m.hasAgreement() && m.getAgreement().getId() == proposal.getId(), WAIT);
    reach(table, 2, Phase.ORDERS, centre, mayors);
    centre.ask(table, orders("draft clause=" + clause + " value=" + org.veta.engine.move.MoveSyntax.plain(value)));
    reach(table, 2, Phase.REPORT, centre, mayors);
    var report = centre.await(m -> m.hasReport() && m.getReport().getRound() == 2, WAIT).getReport();
    assertThat(report.getMovesList()).anySatisfy(moves -> {
      assertThat(moves.getSeat()).isEqualTo("fencomin");
      assertThat(moves.getMovesList()).contains("propose clause=" + clause + " value="
          + org.veta.engine.move.MoveSyntax.plain(value));
    });
    // The deal lands on the agreed value; a roundtable where the federation has lobbied then leans
    // further its way (the study's "drafts favour miners"), never back.
    double ideal = table.game().federationIdeal(clause, value);
    assertThat(clause(table, centre, clause))
        .isBetween(Math.min(value, ideal) - 1e-9, Math.max(value, ideal) + 1e-9);
    assertThat(report.getEffectsList()).as("the deal's moves set the clause to the agreed value")
        .anyMatch(e -> e.getTarget().equals("clause." + clause) && Math.abs(e.getAfter() - value) < 1e-9
            && e.getMechanism().equals("roundtable"));
  }

  @Test
  void botsAnswerByTheirSeatsUtilityAndTheirStrategy() throws Exception {
    for (String strategy : List.of("historical", "hardline", "conciliatory")) {
      Table table = registry.open(new ScenarioSource(null).load("bolivia", List.of()), List.of(), 1,
          TableOptions.DEFAULT.withBots(strategy)
              .withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
      TestMember centre = new TestMember("centre-" + strategy);
      TestMember mayors = new TestMember("mayors-" + strategy);
      centre.ask(table, join("Evo", "president"));
      mayors.ask(table, join("Ana", "la_paz_mayors"));
      centre.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
      reach(table, 1, Phase.TALKS, centre, mayors);
      // A lower tax is a gain for the cooperatives: every bot takes it, but a hardliner only
      // without promising anything in return.
      var plainGift = centre.ask(table, propose("clause tax_rate=2", "fencomin")).getProposal();
      var giftForPeace = centre.ask(table, propose("clause tax_rate=2; commit fencomin no_strike 1",
          "fencomin")).getProposal();
      // A higher tax is a loss: nobody takes it, however conciliatory.
      var loss = centre.ask(table, propose("clause tax_rate=7", "fencomin")).getProposal();
      var answers = centre.ask(table, ClientMessage.newBuilder().setGetProposals(GetProposals.getDefaultInstance()))
          .getProposals().getProposalsList();
      java.util.function.LongFunction<String> status = id -> answers.stream()
          .filter(p -> p.getId() == id).findFirst().orElseThrow().getStatus();
      assertThat(status.apply(plainGift.getId())).as(strategy).isEqualTo("ACCEPTED");
      assertThat(status.apply(giftForPeace.getId())).as(strategy)
          .isEqualTo(strategy.equals("hardline") ? "REJECTED" : "ACCEPTED");
      assertThat(status.apply(loss.getId())).as(strategy).isEqualTo("REJECTED");
    }
  }
}
