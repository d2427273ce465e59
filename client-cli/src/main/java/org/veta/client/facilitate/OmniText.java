package org.veta.client.facilitate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.veta.client.render.DealText;
import org.veta.client.render.Glyphs;
import org.veta.client.render.IndicatorText;
import org.veta.client.render.TalkText;
import org.veta.client.render.Text;
import org.veta.protocol.wire.AgreementView;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.OmniView;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.SeatStatus;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.TableView;

/**
 * One table as the facilitator sees it (the answer to `watch`): where it is, the seats with their
 * submissions and scores, the news, every indicator, the talk (private talk too, if the scenario
 * lets the facilitator read it), proposals and agreements.
 */
final class OmniText {
  /** On a terminal, the talk so far is cut to its last lines; scripts get all of it. */
  static final int TALK_ON_SCREEN = 10;
  private static final int VALUE_COLUMN = 12;
  private static final int CHANGE_COLUMN = 12;

  private OmniText() {}

  static List<String> plain(OmniView omni, long now) {
    TableSummary t = omni.getSummary();
    TableView view = omni.getTable();
    String label = OverviewText.label(t);
    List<String> lines = new ArrayList<>();
    lines.add("WATCHING " + t.getNumber() + " private-talk=" + (omni.getPrivateTalkVisible() ? "visible" : "hidden"));
    lines.add(OverviewText.summaryLine(t, now));
    if (!view.getTitle().isEmpty()) {
      lines.add(label + " TITLE " + view.getTitle() + (view.getPeriod().isEmpty() ? "" : " | " + view.getPeriod()));
    }
    lines.addAll(OverviewText.seatLines(t));
    lines.addAll(OverviewText.stageAndTimerLines(t));
    view.getNewsList().forEach(item -> lines.add(label + " NEWS " + item));
    indicators(omni).forEach(i -> lines.add(OverviewText.indicatorLine(t, i)));
    omni.getTalkList().forEach(m -> lines.add(label + " " + TalkText.line(m)));
    omni.getProposalsList().forEach(p -> lines.add(label + " " + proposal(p)));
    for (AgreementView a : omni.getAgreementsList()) {
      DealText.agreement(a).forEach(line -> lines.add(label + " " + line));
    }
    omni.getScoresList().forEach(s -> lines.add(label + " SCORE " + s.getSeat() + " " + Text.score(s.getScore())));
    return lines;
  }

  static List<String> screen(OmniView omni, long now, int width, Glyphs glyphs) {
    TableSummary t = omni.getSummary();
    TableView view = omni.getTable();
    List<String> lines = new ArrayList<>();
    lines.add(Text.fit("Table " + t.getNumber() + ": " + t.getScenario() + ", code " + t.getJoinCode()
        + ", id " + t.getTableId() + " | private talk " + (omni.getPrivateTalkVisible() ? "visible" : "hidden"),
        width, glyphs));
    if (!view.getTitle().isEmpty()) {
      lines.add(Text.fit(view.getTitle() + (view.getPeriod().isEmpty() ? "" : " | " + view.getPeriod()), width, glyphs));
    }
    lines.add(Text.fit(OverviewText.where(t) + OverviewText.clock(t, now).map(c -> "  " + c).orElse("")
        + "  deadline policy: " + OverviewText.policy(t.getDeadlinePolicy()), width, glyphs));
    lines.add(rule("Seats", width, glyphs));
    lines.addAll(seats(omni, width, glyphs));
    if (t.getStagesCount() > 0) {
      Text.wrap("Stages reached: " + String.join(" > ", t.getStagesList()), width - 2).forEach(line -> lines.add("  " + line));
    }
    if (view.getNewsCount() > 0) {
      lines.add(rule("News", width, glyphs));
      view.getNewsList().forEach(item -> {
        List<String> wrapped = Text.wrap(item, Math.max(20, width - 4));
        for (int i = 0; i < wrapped.size(); i++) {
          lines.add((i == 0 ? "  - " : "    ") + wrapped.get(i));
        }
      });
    }
    List<Indicator> indicators = indicators(omni);
    if (!indicators.isEmpty()) {
      int labelWidth = Math.max(10, width - 2 - VALUE_COLUMN - CHANGE_COLUMN);
      lines.add(Text.fit(Text.padRight(glyphs.rule().repeat(2) + " Policy state ", labelWidth + 2)
          + Text.padLeft("now", VALUE_COLUMN - 2) + "  change", width, glyphs));
      for (Indicator i : indicators) {
        lines.add(Text.fit("  " + Text.padRight(Text.fit(i.getLabel().isEmpty() ? i.getKey() : i.getLabel(), labelWidth - 1, glyphs), labelWidth)
            + Text.padLeft(Text.fit(IndicatorText.shown(i), VALUE_COLUMN - 2, glyphs), VALUE_COLUMN - 2) + "  "
            + IndicatorText.change(i, glyphs), width, glyphs));
      }
    }
    int talk = omni.getTalkCount();
    int total = talk + omni.getEarlierTalkNotKept();
    lines.add(rule(talk == 0 ? "Talk: none yet" : total > TALK_ON_SCREEN
        ? "Talk (the last " + Math.min(talk, TALK_ON_SCREEN) + " of " + total + ")" : "Talk", width, glyphs));
    omni.getTalkList().subList(Math.max(0, talk - TALK_ON_SCREEN), talk)
        .forEach(m -> lines.add(Text.fit("  " + TalkText.line(m), width, glyphs)));
    if (omni.getProposalsCount() + omni.getAgreementsCount() > 0) {
      lines.add(rule("Proposals and agreements", width, glyphs));
      omni.getProposalsList().forEach(p -> lines.add(Text.fit("  " + proposal(p), width, glyphs)));
      omni.getAgreementsList().forEach(a -> DealText.agreement(a)
          .forEach(line -> lines.add(Text.fit("  " + line, width, glyphs))));
    }
    lines.add(Text.fit("Its events now show here as they happen; `unwatch " + t.getNumber() + "` stops them.", width, glyphs));
    return lines;
  }

  /** "PROPOSAL 3 OPEN from fedemin to executive: clause tax_rate=1": the parties' view, without a reader's utility. */
  static String proposal(ProposalView p) {
    return "PROPOSAL " + p.getId() + " " + p.getStatus() + " from " + p.getFrom() + " to " + String.join(", ", p.getToList())
        + (p.getParent() == 0 ? "" : " (counter to " + p.getParent() + ")") + ": " + String.join("; ", p.getTermsList())
        + (p.getAcceptedByCount() == 0 ? "" : " | accepted by " + String.join(", ", p.getAcceptedByList()));
  }

  /** The full view's indicators; the summary's key ones if the view has none. */
  private static List<Indicator> indicators(OmniView omni) {
    return omni.getTable().getIndicatorsCount() > 0 ? omni.getTable().getIndicatorsList() : omni.getSummary().getIndicatorsList();
  }

  /** "  fedemin   FEDERATION         Ana             submitted  72.7". */
  private static List<String> seats(OmniView omni, int width, Glyphs glyphs) {
    Map<String, Double> scores = omni.getScoresList().stream()
        .collect(Collectors.toMap(ScoreLine::getSeat, ScoreLine::getScore, (a, b) -> a));
    TableSummary t = omni.getSummary();
    int idWidth = Math.max(4, t.getSeatsList().stream().mapToInt(s -> s.getSeat().length()).max().orElse(4)) + 2;
    List<String> lines = new ArrayList<>();
    for (SeatStatus s : t.getSeatsList()) {
      String who = OverviewText.seat(s).substring(s.getSeat().length()).strip();
      String status = s.getSubmitted() ? "submitted" : s.getReady() ? "ready" : "-";
      String score = scores.containsKey(s.getSeat()) ? Text.score(scores.get(s.getSeat())) : "";
      lines.add(Text.fit("  " + Text.padRight(s.getSeat(), idWidth) + Text.padRight(s.getRole().name(), 19)
          + Text.padRight(Text.fit(who, 20, glyphs), 22) + Text.padRight(status, 11) + score, width, glyphs).stripTrailing());
    }
    return lines;
  }

  private static String rule(String title, int width, Glyphs glyphs) {
    String head = glyphs.rule().repeat(2) + " " + title + " ";
    return head.length() >= width ? Text.fit(head, width, glyphs) : head + glyphs.rule().repeat(width - head.length());
  }
}
