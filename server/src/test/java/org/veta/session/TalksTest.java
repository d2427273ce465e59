package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.app.ScenarioSource;
import org.veta.protocol.wire.Channel;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.GetInbox;
import org.veta.protocol.wire.JoinTable;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.Ready;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.StartGame;
import org.veta.protocol.wire.Submit;
import org.veta.protocol.wire.Talk;

/** Who may post on which channel when, and who reads what: enforced by the server. */
class TalksTest extends RegistryFixture {
  private static final Duration WAIT = Duration.ofSeconds(20);


  private Table open(String extraRules) throws Exception {
    var source = new ScenarioSource(null);
    String text = source.catalog().text("peru").orElseThrow() + extraRules;
    var scenario = source.loader().parse(text, "peru+rules", List.of());
    return registry.open(scenario, List.of(), 1, TableOptions.DEFAULT.withBots("historical")
        .withDurations(PhaseDurations.parse("briefing=60,talks=60,orders=60,report=60")));
  }

  private static ClientMessage.Builder talk(Channel channel, String to, String text) {
    return ClientMessage.newBuilder().setTalk(Talk.newBuilder().setChannel(channel).setTo(to)
        .setText(text));
  }

  private static ClientMessage.Builder join(String name, String seat) {
    return ClientMessage.newBuilder().setJoin(JoinTable.newBuilder().setName(name).setSeat(seat));
  }

  private static void everyone(List<TestMember> members, Table table, ClientMessage.Builder request)
      throws InterruptedException {
    for (TestMember m : members) {
      m.ask(table, request.clone());
    }
  }

  private static boolean phase(ServerMessage m, int round, Phase phase) {
    return m.hasPhaseChanged() && m.getPhaseChanged().getRound() == round
        && m.getPhaseChanged().getPhase() == phase;
  }

  private static List<String> texts(TestMember member) {
    return member.seen().stream().filter(ServerMessage::hasTalk).map(m -> m.getTalk().getText()).toList();
  }

  @Test
  void eachChannelReachesOnlyItsReadersAndOpensOnlyWhenTheRulesSay() throws Exception {
    Table table = open("");
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    TestMember eve = new TestMember("eve");
    ana.ask(table, join("Ana", "fedemin"));
    ben.ask(table, join("Ben", "la_libertad_miners"));
    eve.ask(table, join("Eve", "mdd_governor"));
    List<TestMember> people = List.of(ana, ben, eve);
    assertThat(ana.ask(table, talk(Channel.PUBLIC, "", "Hello table")).hasOk()).as("lobby talk").isTrue();
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.BRIEFING), WAIT);
    assertThat(ana.ask(table, talk(Channel.PRIVATE, "mdd_governor", "psst")).getError().getCode())
        .as("no private talk during the briefing").isEqualTo(ErrorCode.WRONG_PHASE);
    everyone(people, table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.TALKS), WAIT);

    assertThat(ana.ask(table, talk(Channel.PRIVATE, "mdd_governor", "Will you forbear?")).hasOk()).isTrue();
    assertThat(ana.ask(table, talk(Channel.ROLE_GROUP, "", "Federations, strike together")).hasOk()).isTrue();
    assertThat(eve.ask(table, talk(Channel.PUBLIC, "", "The region stands with its people"))
        .hasOk()).isTrue();
    assertThat(ana.ask(table, talk(Channel.PRIVATE, "atlantis", "?")).getError().getCode())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ana.ask(table, talk(Channel.PRIVATE, "fedemin", "me")).getError().getCode())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(ana.ask(table, talk(Channel.PUBLIC, "", "\u001b[2J")).getError().getCode())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(ana.ask(table, talk(Channel.PUBLIC, "", "x".repeat(501))).getError().getCode())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);

    // Ask each for its inbox: answers come after the events, so all deliveries are in.
    ServerMessage anaInbox = ana.ask(table, ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()));
    ServerMessage benInbox = ben.ask(table, ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()));
    ServerMessage eveInbox = eve.ask(table, ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()));
    assertThat(texts(ana)).containsExactly("Hello table", "Will you forbear?",
        "Federations, strike together", "The region stands with its people");
    assertThat(texts(ben)).as("another federation reads the group, not the private message")
        .containsExactly("Hello table", "Federations, strike together", "The region stands with its people");
    assertThat(texts(eve)).as("an official reads the private message to it, not the federations' group")
        .containsExactly("Hello table", "Will you forbear?", "The region stands with its people");
    assertThat(anaInbox.getInbox().getMessagesCount()).isEqualTo(4);
    assertThat(benInbox.getInbox().getMessagesList()).noneMatch(m -> m.getChannel() == Channel.PRIVATE);
    assertThat(eveInbox.getInbox().getMessagesList()).noneMatch(m -> m.getChannel() == Channel.ROLE_GROUP);

    everyone(people, table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.ORDERS), WAIT);
    ServerMessage shout = ana.ask(table, talk(Channel.PUBLIC, "", "Strike!"));
    assertThat(shout.getError().getCode()).isEqualTo(ErrorCode.WRONG_PHASE);
    assertThat(shout.getError().getMessage()).contains("open only in LOBBY, TALKS, REPORT");
    assertThat(ana.ask(table, talk(Channel.PRIVATE, "la_libertad_miners", "still with us?")).hasOk())
        .as("private talk goes on while deciding").isTrue();
  }

  @Test
  void aScenarioCanOpenPublicTalkOnlyWhileARoundtableSits() throws Exception {
    Table table = open("\ntalk_rules { channel: PUBLIC phases: \"TALKS\" only_at_roundtable: true }\n");
    TestMember ana = new TestMember("ana");
    ana.ask(table, join("Ana", "fedemin"));
    ana.ask(table, ClientMessage.newBuilder().setStart(StartGame.getDefaultInstance()));
    ana.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.TALKS), WAIT);
    ServerMessage refused = ana.ask(table, talk(Channel.PUBLIC, "", "Before any roundtable"));
    assertThat(refused.getError().getCode()).isEqualTo(ErrorCode.WRONG_PHASE);
    assertThat(refused.getError().getMessage()).contains("while a roundtable sits");
    assertThat(ana.ask(table, talk(Channel.PRIVATE, "executive", "hi")).getError().getMessage())
        .as("a scenario's rules replace the defaults").contains("no private talk");
    ana.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 1, Phase.ORDERS), WAIT);
    ana.ask(table, ClientMessage.newBuilder().setSubmit(Submit.getDefaultInstance()));
    // The historical executive convenes a roundtable in round 1 (the monitoring committees).
    ana.await(m -> phase(m, 1, Phase.REPORT), WAIT);
    ana.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 2, Phase.BRIEFING), WAIT);
    ana.ask(table, ClientMessage.newBuilder().setReady(Ready.getDefaultInstance()));
    ana.await(m -> phase(m, 2, Phase.TALKS), WAIT);
    assertThat(ana.ask(table, talk(Channel.PUBLIC, "", "At the roundtable")).hasOk()).isTrue();
  }

  @Test
  void theFacilitatorsAnnouncementsReachEveryoneAndNoSeatMayPostThem() throws Exception {
    Table table = open("");
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    ana.ask(table, join("Ana", "fedemin"));
    ben.ask(table, join("Ben", "executive"));
    assertThat(ana.ask(table, talk(Channel.FACILITATOR, "", "I am the facilitator")).getError().getCode())
        .isEqualTo(ErrorCode.PERMISSION_DENIED);
    table.announce("Ten minutes to the break");
    for (TestMember m : List.of(ana, ben)) {
      ServerMessage heard = m.await(x -> x.hasTalk() && x.getTalk().getChannel() == Channel.FACILITATOR, WAIT);
      assertThat(heard.getTalk().getText()).isEqualTo("Ten minutes to the break");
      assertThat(heard.getTalk().getFromSeat()).isEqualTo("facilitator");
    }
    assertThat(ben.ask(table, ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()))
        .getInbox().getMessagesList()).extracting(m -> m.getText()).containsExactly("Ten minutes to the break");
  }

  @Test
  void anInboxKeepsTheRecentTalkAndSaysHowMuchEarlierTalkItNoLongerShows() throws Exception {
    Table table = open("");
    TestMember ana = new TestMember("ana");
    TestMember ben = new TestMember("ben");
    ana.ask(table, join("Ana", "fedemin"));
    int said = Talks.MESSAGES_KEPT + 10;
    for (int i = 1; i <= said; i++) {
      assertThat(ana.ask(table, talk(Channel.PUBLIC, "", "message " + i)).hasOk()).isTrue();
    }
    // Ben sits down after the talk: he may read all of it, and reads the most recent.
    ben.ask(table, join("Ben", "la_libertad_miners"));
    var inbox = ben.ask(table, ClientMessage.newBuilder().setGetInbox(GetInbox.getDefaultInstance()))
        .getInbox();
    assertThat(inbox.getMessagesCount()).isEqualTo(Talks.MESSAGES_KEPT);
    assertThat(inbox.getEarlierNotKept()).isEqualTo(10);
    assertThat(inbox.getMessages(0).getText()).isEqualTo("message 11");
    assertThat(inbox.getMessages(Talks.MESSAGES_KEPT - 1).getId())
        .as("ids go on counting past what is kept").isEqualTo(said);
  }
}
