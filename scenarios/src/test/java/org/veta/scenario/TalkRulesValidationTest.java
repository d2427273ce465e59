package org.veta.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TalkRulesValidationTest {
  @Test
  void talkRulesNameAChannelAndRealPhases() {
    String text = Fixtures.valid() + "\ntalk_rules { channel: PUBLIC phases: \"TALK\" }\n"
        + "talk_rules { phases: \"TALKS\" }\ntalk_rules { channel: PRIVATE }\n"
        + "talk_rules { channel: ROLE_GROUP phases: \"ORDERS\" only_at_roundtable: true }\n";
    List<Problem> problems = Fixtures.loader().validate(text, "rules.textproto");
    assertThat(problems).extracting(Problem::message).containsExactly(
        "talk rule 1 names phase 'TALK'; talk phases: LOBBY, BRIEFING, TALKS, ORDERS, REPORT",
        "talk rule 2 names no channel (PUBLIC, PRIVATE or ROLE_GROUP)",
        "talk rule 3 opens its channel in no phase");
    int firstRule = (int) Fixtures.valid().lines().count() + 2;
    assertThat(problems.get(0).line()).isEqualTo(firstRule);
  }
}
