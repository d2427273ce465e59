package org.veta.client.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veta.client.render.Glyphs;
import org.veta.protocol.wire.Cohort;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.FacilitatorResult;
import org.veta.protocol.wire.Phase;
import org.veta.protocol.wire.PhaseChanged;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableOutcome;
import org.veta.protocol.wire.TableSummary;

/** The facilitator's views rendered from hand-built protobufs: exact script lines, terminal text that fits. */
class FacilitatorTextTest {
  private static final long NOW = CannedTables.NOW;

  private static void fits(List<String> lines, int width) {
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
  }

  @Test
  void theOverviewInAScriptIsOneStatementPerLineLabelledByTable() {
    List<String> lines = OverviewText.plain(CannedTables.overview().getTablesList(), NOW);

    assertThat(lines).startsWith("TABLES 3",
        "T1 SUMMARY peru round=3/8 phase=ORDERS left=2m10s on-deadline=hold seats=1/4 submitted=2/4 code=K4TQ-92 id=t-1",
        "T1 SEAT fedemin FEDERATION person player=Ana_Quispe submitted=yes ready=no",
        "T1 SEAT gore REGIONAL_OFFICIAL dropped player=Bea submitted=no ready=no",
        "T1 SEAT minem CENTRAL_STATE bot:adaptive submitted=yes ready=no",
        "T1 SEAT mdd_governor REGIONAL_OFFICIAL open submitted=no ready=no",
        "T1 INDICATOR national.central_legitimacy 60% ^ 5 pts | central legitimacy",
        "T1 INDICATOR region.madre_de_dios.mobilization 52% ^ 12 pts | miners' mobilization in Madre de Dios",
        "T1 INDICATOR national.gold_price US$1,300 v 150 | gold price",
        "T1 STAGE PUBLIC_ENDORSEMENT",
        "T1 TIMERS briefing=30 talks=120 orders=300 report=60");
    assertThat(lines).contains(
        "T2 SUMMARY peru round=0/8 phase=LOBBY left=none on-deadline=default seats=1/4 submitted=0/4 code=ZX81-07 id=t-2",
        "T3 SUMMARY bolivia round=5/6 phase=REPORT paused=42s on-deadline=bot seats=1/2 submitted=0/2 code=QQ22-11 id=t-3");
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("\\p{Print}*"));
    assertThat(OverviewText.plain(List.of(), NOW)).containsExactly("TABLES 0");
  }

  @Test
  void theOverviewOnATerminalFitsEightyColumnsAndSaysWhoIsMissing() {
    List<String> lines = OverviewText.screen(CannedTables.overview().getTablesList(), NOW, 80, Glyphs.UNICODE);

    fits(lines, 80);
    assertThat(lines).containsSubsequence(
        "#1 peru  K4TQ-92  round 3/8  ORDERS  2m10s left  deadline policy: hold",
        "   seats 1/4 people: fedemin Ana Quispe; gore Bea (dropped);",
        "     minem bot:adaptive; mdd_governor open",
        "   submitted 2/4: fedemin, minem | not yet: gore, mdd_governor",
        "   central legitimacy 60% ↑ 5 pts",
        "     miners' mobilization in Madre… 52% ↑ 12 pts | gold price US$1,300 ↓ 150",
        "   stages: PUBLIC_ENDORSEMENT",
        "#2 peru  ZX81-07  lobby (8 rounds)  deadline policy: default",
        "#3 bolivia  QQ22-11  round 5/6  REPORT  PAUSED (42s left)  deadline policy: bot",
        "   ready 0/2: nobody | not yet: fencomin, mining_ministry");
    fits(OverviewText.screen(CannedTables.overview().getTablesList(), NOW, 50, Glyphs.ASCII), 50);
    assertThat(OverviewText.screen(List.of(), NOW, 80, Glyphs.ASCII)).singleElement().asString().startsWith("No tables yet");
  }

  @Test
  void aChangedTableIsOneShortLine() {
    assertThat(EventText.lines(ServerMessage.newBuilder().setTableId("t-1").setTableChanged(CannedTables.peru()).build(),
        "T1", NOW, true)).containsExactly("T1 CHANGED round=3/8 phase=ORDERS left=2m10s seats=1/4 submitted=2/4");
    assertThat(OverviewText.changed(CannedTables.paused(), NOW))
        .isEqualTo("T3 CHANGED round=5/6 phase=REPORT paused=42s seats=1/2 submitted=0/2");
  }

  @Test
  void watchedEventsReadLikeThePlayersWithTheTableFirst() {
    ServerMessage paused = ServerMessage.newBuilder().setTableId("t-1").setPhaseChanged(PhaseChanged.newBuilder()
        .setRound(4).setPhase(Phase.BRIEFING).setPaused(true).setRemainingMs(30_000)).build();
    ServerMessage running = ServerMessage.newBuilder().setTableId("t-1").setPhaseChanged(PhaseChanged.newBuilder()
        .setRound(4).setPhase(Phase.ORDERS).setDeadlineUnixMs(NOW + 300_000)).build();

    assertThat(EventText.lines(paused, "T1", NOW, true)).containsExactly("T1 PHASE BRIEFING round 4 paused=30s");
    assertThat(EventText.lines(running, "T1", NOW, true)).containsExactly("T1 PHASE ORDERS round 4 left=5m00s");
    assertThat(EventText.lines(ServerMessage.newBuilder().setTableId("t-1").setTalk(CannedTables.omni().getTalk(1)).build(),
        "T1", NOW, true)).containsExactly("T1 TALK private gore (Bea) -> fedemin: Forbear with me this round?");
  }

  @Test
  void aRoundReportIsSummedUpByItsLargestEffectsWithTheirReasons() {
    assertThat(EventText.report(CannedTables.report())).containsExactly(
        "ROUND 3 REPORT: 7 effects, 1 note (the 5 largest below)",
        "MOVES fedemin: strike scale=1 days=23",
        "MOVES gore: (none)",
        // shares by how far they moved (40 points, 12 points), prices by how much of themselves
        "EFFECT variable 6: 0.6 -> 0.2 [m6, fedemin strike] reason 6",
        "EFFECT variable 2: 0.4 -> 0.52 [m2, fedemin strike] reason 2",
        "EFFECT variable 1: 1450 -> 1300 [m1, fedemin strike] reason 1",
        "EFFECT variable 4: 0 -> 0.05 [m4, fedemin strike] reason 4",
        "EFFECT variable 0: 0.5 -> 0.51 [m0, fedemin strike] reason 0",
        "STAGE STRIKE_WAVE round 3 region madre_de_dios");
  }

  @Test
  void watchingATableShowsEverythingIncludingPrivateTalk() {
    List<String> plain = OmniText.plain(CannedTables.omni(), NOW);
    assertThat(plain).containsSubsequence(
        "WATCHING 1 private-talk=visible",
        "T1 SUMMARY peru round=3/8 phase=ORDERS left=2m10s on-deadline=hold seats=1/4 submitted=2/4 code=K4TQ-92 id=t-1",
        "T1 TITLE Peru: gold in Madre de Dios | 2012-01 to 2012-06",
        "T1 SEAT fedemin FEDERATION person player=Ana_Quispe submitted=yes ready=no",
        "T1 NEWS The price of gold falls for the third month; dredge owners talk of a strike.",
        "T1 INDICATOR seat.fedemin.income 30% = | FEDEMIN's income",
        "T1 TALK public fedemin (Ana Quispe): We will not accept interdictions.",
        "T1 TALK private gore (Bea) -> fedemin: Forbear with me this round?",
        "T1 PROPOSAL 4 OPEN from fedemin to minem: clause tax_rate=1; commit fedemin no_strike 2",
        "T1 AGREEMENT 2 fedemin, gore public: commit gore forbear 1",
        "T1 SCORE fedemin 72.7",
        "T1 SCORE gore 41.0");

    List<String> screen = OmniText.screen(CannedTables.omni(), NOW, 80, Glyphs.UNICODE);
    fits(screen, 80);
    assertThat(screen).contains("Table 1: peru, code K4TQ-92, id t-1 | private talk visible",
        "  fedemin       FEDERATION         Ana Quispe            submitted  72.7",
        "  gore          REGIONAL_OFFICIAL  Bea (dropped)         -          41.0",
        "  TALK private gore (Bea) -> fedemin: Forbear with me this round?");
    assertThat(OmniText.plain(CannedTables.omni().toBuilder().setPrivateTalkVisible(false).build(), NOW))
        .startsWith("WATCHING 1 private-talk=hidden");
  }

  @Test
  void aCohortComparesStagesIndicatorsScoresAndPaths() {
    assertThat(CohortText.plain(CannedTables.cohort(), NOW)).containsSubsequence(
        "COHORT peru tables=2",
        "HISTORY PUBLIC_ENDORSEMENT (round 2) > ROUNDTABLE (round 5, madre_de_dios) > LAW_PASSED",
        "T1 SUMMARY peru round=8/8 phase=ENDED left=none on-deadline=hold seats=1/4 submitted=2/4 code=K4TQ-92 id=t-1",
        "T1 STAGE PUBLIC_ENDORSEMENT round 2",
        "T1 STAGE ROUNDTABLE round 5 region madre_de_dios",
        "T1 STAGE STRIKE_WAVE round 6",
        "T1 INDICATOR national.central_legitimacy 60% ^ 5 pts | central legitimacy",
        "T1 SCORE fedemin 72.7",
        "T1 PATH the Peruvian way: a roundtable under pressure, then a law the miners endorse",
        "T2 SUMMARY peru round=0/8 phase=LOBBY left=none on-deadline=default seats=1/4 submitted=0/4 code=ZX81-07 id=t-2",
        "T2 SCORE fedemin 50.0");

    List<String> screen = CohortText.screen(CannedTables.cohort(), 80, Glyphs.UNICODE);
    fits(screen, 80);
    assertThat(screen).containsSubsequence(
        "   historically: 1. PUBLIC_ENDORSEMENT (round 2)",
        "     2. ROUNDTABLE (round 5, madre_de_dios) > 3. LAW_PASSED",
        "                          #1          #2",
        "  where                   ended r8    lobby",
        "  1. PUBLIC_ENDORSEMENT   r2          -",
        "  2. ROUNDTABLE           r5          -",
        "  3. LAW_PASSED           -           -",
        "  STRIKE_WAVE             r6          -",
        "  gold price              US$1,300    -",
        "  fedemin                 72.7        50.0",
        "  #1 the Peruvian way: a roundtable under pressure, then a law the miners",
        "     endorse");
  }

  @Test
  void manyTablesSideBySideGoIntoBandsThatFit() {
    Cohort.Builder many = Cohort.newBuilder().setScenario("peru");
    for (int n = 1; n <= 9; n++) {
      TableSummary t = CannedTables.peru().toBuilder().setNumber(n).setTableId("t-" + n).build();
      many.addTables(CohortTable.newBuilder().setSummary(t).setPath("path " + n));
    }
    List<String> screen = CohortText.screen(many.build(), 80, Glyphs.ASCII);

    fits(screen, 80);
    assertThat(screen.stream().filter(line -> line.strip().startsWith("#1 ") || line.strip().startsWith("#6"))).hasSize(3);
    assertThat(screen).contains("  #9 path 9");
  }

  @Test
  void scenariosListTheirEventsAndTheirProblemsOnePerLine() {
    assertThat(ScenarioText.plain(CannedTables.scenarios())).containsExactly(
        "SCENARIO peru valid rounds=8 seats=fedemin,gore,minem,mdd_governor source=builtin:peru | Peru: gold in Madre de Dios",
        "EVENT peru gold_crash: The gold price collapses",
        "EVENT peru decree: The executive issues a decree",
        "SCENARIO broken invalid rounds=4 seats=a source=/srv/veta/scenarios/broken.textproto | A draft",
        "PROBLEM broken /srv/veta/scenarios/broken.textproto:12:5: unknown move \"strik\"",
        "PROBLEM broken /srv/veta/scenarios/broken.textproto:30:1: seat \"b\" has no objectives");

    List<String> screen = ScenarioText.screen(CannedTables.scenarios(), 80, Glyphs.UNICODE);
    fits(screen, 80);
    assertThat(screen).contains("   valid; 8 rounds; seats: fedemin, gore, minem, mdd_governor",
        "   NOT VALID; 4 rounds; seats: a",
        "   /srv/veta/scenarios/broken.textproto:12:5: unknown move \"strik\"");
    assertThat(ScenarioText.eventId("gold_crash: The gold price collapses")).isEqualTo("gold_crash");
    assertThat(CohortText.stageName("ROUNDTABLE (round 5, madre_de_dios)")).isEqualTo("ROUNDTABLE");
    assertThat(CohortText.stageName("LAW_PASSED")).isEqualTo("LAW_PASSED");
  }

  @Test
  void resultsSayOkOrFailPerTable() {
    FacilitatorResult result = FacilitatorResult.newBuilder()
        .addOutcomes(TableOutcome.newBuilder().setNumber(2).setTableId("t-2").setOk(true)
            .setMessage("paused in ORDERS of round 3 (2m10s left)"))
        .addOutcomes(TableOutcome.newBuilder().setOk(false).setMessage("there is no table \"9\""))
        .build();

    assertThat(ResultText.lines(result)).containsExactly(
        "OK 2 paused in ORDERS of round 3 (2m10s left)",
        "FAIL - there is no table \"9\"");
    assertThat(ResultText.allOk(result)).isFalse();
    assertThat(ResultText.lines(FacilitatorResult.getDefaultInstance())).containsExactly("NO TABLES to apply it to");
  }
}
