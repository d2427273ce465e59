package org.veta.debrief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veta.log.LogReader;
import org.veta.protocol.log.LogHeader;
import org.veta.protocol.log.LogRecord;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.Scenario;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.StageView;
import org.veta.protocol.wire.TalkMessage;
import org.veta.replay.SessionRecord;

/**
 * One table's session as its log recorded it, arranged for a debrief: the state after every round
 * (round 0 is the state before the first), who sat where, what was said and agreed, what the
 * facilitator did, and how it ended. Everything comes from the records; no engine runs.
 */
public final class PlayedTable {
  private final SessionRecord record;
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  /** Index r: every indicator's value after round r; index 0: before round 1. */
  private final List<Map<String, Double>> values = new ArrayList<>();
  private final Map<String, String> shown0 = new HashMap<>();
  private final Seating seating;
  private final Negotiation negotiation;
  private final List<FacilitatorAction> facilitator;
  private final List<TalkMessage> talk;
  private final Map<String, String> injectedBy;
  private final Optional<Scorecard> scorecard;
  private final boolean ended;
  private final long openedMs;
  private final long endedMs;

  private PlayedTable(SessionRecord record) {
    this.record = record;
    Map<String, Double> before = new HashMap<>();
    for (Indicator i : record.header().getInitialStateList()) {
      indicators.put(i.getKey(), i);
      before.put(i.getKey(), i.getValue());
      shown0.put(i.getKey(), i.getShown());
    }
    values.add(before);
    for (LogRound round : record.rounds()) {
      Map<String, Double> after = new HashMap<>(values.get(values.size() - 1));
      for (Indicator i : round.getStateList()) {
        indicators.putIfAbsent(i.getKey(), i);
        after.put(i.getKey(), i.getValue());
      }
      // A log cut before a round leaves no gap: rounds are resolved in order, one record each.
      while (values.size() < round.getRound()) {
        values.add(values.get(values.size() - 1));
      }
      values.add(after);
    }
    RecordWalk walk = new RecordWalk(record);
    this.seating = walk.seating();
    this.negotiation = walk.negotiation();
    this.facilitator = walk.facilitator();
    this.talk = walk.talk();
    this.injectedBy = walk.injectedBy();
    this.scorecard = walk.scorecard();
    this.ended = walk.ended();
    this.openedMs = record.records().get(0).getTimeMs();
    this.endedMs = record.records().get(record.records().size() - 1).getTimeMs();
  }

  public static PlayedTable of(SessionRecord record) {
    return new PlayedTable(record);
  }

  public SessionRecord record() {
    return record;
  }

  public LogHeader header() {
    return record.header();
  }

  public Scenario scenario() {
    return record.scenario();
  }

  public String tableId() {
    return record.header().getTableId();
  }

  public String fileName() {
    return record.file().getFileName().toString();
  }

  public List<LogRound> rounds() {
    return record.rounds();
  }

  /** The last round resolved (0 if none). */
  public int roundsPlayed() {
    return values.size() - 1;
  }

  public int roundsTotal() {
    return scenario().getRounds();
  }

  /** The log's damage, if its reading stopped early. */
  public Optional<LogReader.Damage> damage() {
    return record.damage();
  }

  /** The game reached its scorecard (played through, or ended early by the facilitator). */
  public boolean ended() {
    return ended && scorecard.isPresent();
  }

  public Optional<Scorecard> scorecard() {
    return scorecard;
  }

  public long openedMs() {
    return openedMs;
  }

  public long lastRecordMs() {
    return endedMs;
  }

  /** Every indicator of the game, in the order the log lists them. */
  public Map<String, Indicator> indicators() {
    return indicators;
  }

  public boolean has(String key) {
    return indicators.containsKey(key);
  }

  public String label(String key) {
    Indicator i = indicators.get(key);
    return i == null ? key : i.getLabel();
  }

  /** The indicator's value after the round (0: before round 1), NaN if the log has none. */
  public double value(int round, String key) {
    if (round < 0 || round >= values.size()) {
      return Double.NaN;
    }
    Double v = values.get(round).get(key);
    return v == null ? Double.NaN : v;
  }

  /** The value as people read it, as the log formatted it, after the round. */
  public String shown(int round, String key) {
    if (round == 0) {
      return shown0.getOrDefault(key, "");
    }
    LogRound r = round(round).orElse(null);
    if (r != null) {
      for (Indicator i : r.getStateList()) {
        if (i.getKey().equals(key)) {
          return i.getShown();
        }
      }
    }
    return Numbers.plain(value(round, key));
  }

  public Optional<LogRound> round(int number) {
    return rounds().stream().filter(r -> r.getRound() == number).findFirst();
  }

  public Seating seating() {
    return seating;
  }

  public Negotiation negotiation() {
    return negotiation;
  }

  public List<FacilitatorAction> facilitatorActions() {
    return facilitator;
  }

  /** Who injected an event, by the id it has in the rounds' records ("gold_crash+1"). */
  public String injectedBy(String eventId) {
    return injectedBy.getOrDefault(eventId, "a facilitator");
  }

  /** Every talk message the log holds (each once), oldest first. */
  public List<TalkMessage> talk() {
    return talk;
  }

  /** Each stage this table reached, the first time, in the order reached. */
  public List<StageView> stagesReached() {
    List<StageView> reached = new ArrayList<>();
    for (LogRound r : rounds()) {
      reached.addAll(r.getStagesList());
    }
    if (reached.isEmpty() && scorecard.isPresent()) {
      reached.addAll(scorecard.get().getStagesList());
    }
    return reached;
  }

  /** Each seat's score after the round, from the round's record. */
  public Map<String, ScoreLine> scores(int round) {
    Map<String, ScoreLine> scores = new LinkedHashMap<>();
    round(round).ifPresent(r -> r.getScoresList().forEach(s -> scores.put(s.getSeat(), s)));
    return scores;
  }

  /** The year and months a round covers, e.g. "2012-01 to 2012-06". */
  public String period(int round) {
    return Periods.of(scenario(), round);
  }
}
