package org.veta.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veta.debrief.FacilitatorAction;
import org.veta.debrief.Negotiation;
import org.veta.debrief.PlayedTable;
import org.veta.debrief.Stages;
import org.veta.protocol.log.LogRound;
import org.veta.protocol.scenario.HistoricalStage;
import org.veta.protocol.scenario.ScheduledEvent;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.wire.BreachView;
import org.veta.protocol.wire.EffectView;
import org.veta.protocol.wire.Indicator;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.SeatMoves;
import org.veta.protocol.wire.StageView;
import org.veta.protocol.wire.TalkMessage;

/** The rows of each exported table, built from a played table; names pass through Pseudonyms. */
final class Rows {
  static final List<String> SESSION = List.of("table_id", "scenario_id", "scenario_title",
      "scenario_source", "scenario_sha256", "overrides", "seed", "engine_version", "log_format",
      "log_file", "opened_ms", "last_record_ms", "rounds_played", "rounds_total", "ended",
      "damage", "way", "stages_reached", "participants", "facilitators", "pareto_distance",
      "nash_distance");
  static final List<String> SEATS = List.of("table_id", "seat", "name", "role", "region",
      "players", "bots", "reservation_value");
  static final List<String> INDICATORS = List.of("table_id", "key", "label", "scope");
  static final List<String> MOVES = List.of("table_id", "round", "seat", "index", "move", "by",
      "bot_strategy");
  static final List<String> REFUSALS = List.of("table_id", "round", "seat", "move", "reason");
  static final List<String> EFFECTS = List.of("table_id", "round", "index", "mechanism", "seat",
      "move", "target", "label", "before", "after", "delta", "shown_before", "shown_after",
      "reason");
  static final List<String> NOTES = List.of("table_id", "round", "text");
  static final List<String> STAGES = List.of("table_id", "round", "stage", "region", "seat",
      "study_round");
  static final List<String> EVENTS = List.of("table_id", "round", "id", "title", "news",
      "injected", "injected_by", "election", "move", "gold_price_factor");
  static final List<String> TALK = List.of("table_id", "id", "round", "phase", "channel",
      "from_seat", "from_player", "to", "text");
  static final List<String> PROPOSALS = List.of("table_id", "id", "round", "from", "to", "terms",
      "status", "parent", "accepted_by");
  static final List<String> AGREEMENTS = List.of("table_id", "id", "round", "parties", "terms",
      "visibility", "draft_changes");
  static final List<String> BREACHES = List.of("table_id", "round", "seat", "agreement",
      "commitment", "move", "public", "description");
  static final List<String> SCORES = List.of("table_id", "round", "seat", "score", "law_utility");
  static final List<String> SCORECARD = List.of("table_id", "seat", "name", "player", "score",
      "law_utility", "nash_utility", "reservation_value");
  static final List<String> FACILITATOR = List.of("table_id", "round", "time_ms", "facilitator",
      "operation", "detail");

  /** Lists inside a field: "; " between items (";" never starts a term or a move). */
  private static final String LIST = "; ";

  private final Pseudonyms names;

  Rows(Pseudonyms names) {
    this.names = names;
  }

  private static Map<String, Object> row(PlayedTable t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("table_id", t.tableId());
    return row;
  }

  void session(PlayedTable t, List<Map<String, Object>> into) {
    Map<String, Object> r = row(t);
    r.put("scenario_id", t.scenario().getId());
    r.put("scenario_title", t.scenario().getTitle());
    r.put("scenario_source", t.header().getScenarioSource());
    r.put("scenario_sha256", t.header().getScenarioSha256());
    r.put("overrides", String.join(LIST, t.header().getOverridesList()));
    r.put("seed", t.header().getSeed());
    r.put("engine_version", t.header().getEngineVersion());
    r.put("log_format", t.record().format());
    r.put("log_file", t.fileName());
    r.put("opened_ms", t.openedMs());
    r.put("last_record_ms", t.lastRecordMs());
    r.put("rounds_played", t.roundsPlayed());
    r.put("rounds_total", t.roundsTotal());
    r.put("ended", t.ended());
    r.put("damage", t.damage().map(d -> d.describe()).orElse(""));
    Set<String> reached = new LinkedHashSet<>();
    t.stagesReached().forEach(s -> reached.add(s.getStage()));
    r.put("way", Stages.wayShort(reached));
    r.put("stages_reached", String.join(LIST, reached));
    List<String> people = new ArrayList<>();
    t.seating().participants().forEach(p -> people.add(names.name(p)));
    r.put("participants", String.join(LIST, people));
    List<String> facilitators = new ArrayList<>();
    t.seating().facilitators().forEach(f -> facilitators.add(names.name(f)));
    r.put("facilitators", String.join(LIST, facilitators));
    r.put("pareto_distance", t.scorecard().map(c -> (Object) c.getParetoDistance()).orElse(null));
    r.put("nash_distance", t.scorecard().map(c -> (Object) c.getNashDistance()).orElse(null));
    into.add(r);
  }

  void seats(PlayedTable t, List<Map<String, Object>> into) {
    for (Seat s : t.scenario().getSeatsList()) {
      Map<String, Object> r = row(t);
      r.put("seat", s.getId());
      r.put("name", s.getName());
      r.put("role", s.getRole().name());
      r.put("region", s.getRegion());
      List<String> players = new ArrayList<>();
      t.seating().players(s.getId()).forEach(p -> players.add(names.name(p)));
      r.put("players", String.join(LIST, players));
      List<String> bots = new ArrayList<>();
      t.seating().bots(s.getId()).forEach((strategy, n) -> bots.add(strategy + ":" + n));
      r.put("bots", String.join(LIST, bots));
      r.put("reservation_value", s.getUtility().getReservationValue());
      into.add(r);
    }
  }

  void indicators(PlayedTable t, List<Map<String, Object>> into) {
    for (Indicator i : t.indicators().values()) {
      Map<String, Object> r = row(t);
      r.put("key", i.getKey());
      r.put("label", i.getLabel());
      r.put("scope", i.getScope());
      into.add(r);
    }
  }

  /** Round 0 is the state before the first round; each later row, the state after that round. */
  void rounds(PlayedTable t, List<Map<String, Object>> into) {
    for (int round = 0; round <= t.roundsPlayed(); round++) {
      Map<String, Object> r = row(t);
      r.put("round", round);
      r.put("period", t.period(round));
      for (String key : t.indicators().keySet()) {
        double v = t.value(round, key);
        r.put(key, Double.isNaN(v) ? null : v);
      }
      into.add(r);
    }
  }

  void moves(PlayedTable t, List<Map<String, Object>> into) {
    for (LogRound round : t.rounds()) {
      Map<String, String> bots = new LinkedHashMap<>();
      for (String b : round.getBotsList()) {
        int eq = b.indexOf('=');
        if (eq > 0) {
          bots.put(b.substring(0, eq), b.substring(eq + 1));
        }
      }
      for (SeatMoves orders : round.getOrdersList()) {
        for (int i = 0; i < orders.getMovesCount(); i++) {
          Map<String, Object> r = row(t);
          r.put("round", round.getRound());
          r.put("seat", orders.getSeat());
          r.put("index", i + 1);
          r.put("move", orders.getMoves(i));
          r.put("by", bots.containsKey(orders.getSeat()) ? "bot" : "person");
          r.put("bot_strategy", bots.getOrDefault(orders.getSeat(), ""));
          into.add(r);
        }
      }
    }
  }

  /** "SEAT: MOVE: why", as the round recorded each refusal. */
  void refusals(PlayedTable t, List<Map<String, Object>> into) {
    for (LogRound round : t.rounds()) {
      for (String refusal : round.getRefusalsList()) {
        String[] parts = refusal.split(": ", 3);
        Map<String, Object> r = row(t);
        r.put("round", round.getRound());
        r.put("seat", parts.length == 3 ? parts[0] : "");
        r.put("move", parts.length == 3 ? parts[1] : "");
        r.put("reason", parts.length == 3 ? parts[2] : refusal);
        into.add(r);
      }
    }
  }

  void effects(PlayedTable t, List<Map<String, Object>> into) {
    for (LogRound round : t.rounds()) {
      int index = 0;
      for (EffectView e : round.getEffectsList()) {
        Map<String, Object> r = row(t);
        r.put("round", round.getRound());
        r.put("index", ++index);
        r.put("mechanism", e.getMechanism());
        r.put("seat", e.getSeat());
        r.put("move", e.getMove());
        r.put("target", e.getTarget());
        r.put("label", e.getLabel());
        r.put("before", e.getBefore());
        r.put("after", e.getAfter());
        r.put("delta", e.getAfter() - e.getBefore());
        r.put("shown_before", e.getShownBefore());
        r.put("shown_after", e.getShownAfter());
        r.put("reason", e.getReason());
        into.add(r);
      }
    }
  }

  void notes(PlayedTable t, List<Map<String, Object>> into) {
    for (LogRound round : t.rounds()) {
      for (String note : round.getNotesList()) {
        Map<String, Object> r = row(t);
        r.put("round", round.getRound());
        r.put("text", note);
        into.add(r);
      }
    }
  }

  void stages(PlayedTable t, List<Map<String, Object>> into) {
    for (StageView s : t.stagesReached()) {
      Map<String, Object> r = row(t);
      r.put("round", s.getRound());
      r.put("stage", s.getStage());
      r.put("region", s.getRegion());
      r.put("seat", s.getSeat());
      r.put("study_round", t.scenario().getHistoricalStagesList().stream()
          .filter(h -> h.getStage().equals(s.getStage())).map(HistoricalStage::getRound)
          .findFirst().orElse(null));
      into.add(r);
    }
  }

  /** The scenario's scheduled events of the rounds played, and every injected one. */
  void events(PlayedTable t, List<Map<String, Object>> into) {
    for (LogRound round : t.rounds()) {
      for (ScheduledEvent e : t.scenario().getEventsList()) {
        if (e.getRound() == round.getRound()) {
          into.add(event(t, e, false));
        }
      }
      for (ScheduledEvent e : round.getInjectedList()) {
        into.add(event(t, e, true));
      }
    }
  }

  private Map<String, Object> event(PlayedTable t, ScheduledEvent e, boolean injected) {
    Map<String, Object> r = row(t);
    r.put("round", e.getRound());
    r.put("id", e.getId());
    r.put("title", e.getTitle());
    r.put("news", names.text(e.getNews()));
    r.put("injected", injected);
    r.put("injected_by", injected ? names.name(t.injectedBy(e.getId())) : "");
    r.put("election", e.getElection());
    r.put("move", e.getMove());
    r.put("gold_price_factor", e.getGoldPriceFactor() == 0 ? null : e.getGoldPriceFactor());
    return r;
  }

  void talk(PlayedTable t, List<Map<String, Object>> into) {
    for (TalkMessage m : t.talk()) {
      Map<String, Object> r = row(t);
      r.put("id", m.getId());
      r.put("round", m.getRound());
      r.put("phase", m.getPhase().name());
      r.put("channel", m.getChannel().name());
      r.put("from_seat", m.getFromSeat());
      r.put("from_player", names.name(m.getFromPlayer()));
      r.put("to", m.getTo());
      r.put("text", names.text(m.getText()));
      into.add(r);
    }
  }

  void proposals(PlayedTable t, List<Map<String, Object>> into) {
    for (ProposalView p : t.negotiation().proposals()) {
      Map<String, Object> r = row(t);
      r.put("id", p.getId());
      r.put("round", p.getRound());
      r.put("from", p.getFrom());
      r.put("to", String.join(LIST, p.getToList()));
      r.put("terms", names.text(String.join(LIST, p.getTermsList())));
      r.put("status", p.getStatus());
      r.put("parent", p.getParent() == 0 ? null : p.getParent());
      r.put("accepted_by", String.join(LIST, p.getAcceptedByList()));
      into.add(r);
    }
  }

  void agreements(PlayedTable t, List<Map<String, Object>> into) {
    for (Negotiation.Agreed a : t.negotiation().agreements()) {
      Map<String, Object> r = row(t);
      r.put("id", a.id());
      r.put("round", a.round());
      r.put("parties", String.join(LIST, a.parties()));
      r.put("terms", names.text(String.join(LIST, a.terms())));
      r.put("visibility", a.visibility());
      r.put("draft_changes", String.join(LIST, a.draftChanges()));
      into.add(r);
    }
  }

  void breaches(PlayedTable t, List<Map<String, Object>> into) {
    for (BreachView b : t.negotiation().breaches()) {
      Map<String, Object> r = row(t);
      r.put("round", b.getRound());
      r.put("seat", b.getSeat());
      r.put("agreement", b.getAgreement());
      r.put("commitment", b.getCommitment());
      r.put("move", b.getMove());
      r.put("public", b.getPublic());
      r.put("description", names.text(b.getDescription()));
      into.add(r);
    }
  }

  void scores(PlayedTable t, List<Map<String, Object>> into) {
    for (LogRound round : t.rounds()) {
      for (ScoreLine s : round.getScoresList()) {
        Map<String, Object> r = row(t);
        r.put("round", round.getRound());
        r.put("seat", s.getSeat());
        r.put("score", s.getScore());
        r.put("law_utility", s.getLawUtility());
        into.add(r);
      }
    }
  }

  void scorecard(PlayedTable t, List<Map<String, Object>> into) {
    t.scorecard().ifPresent(card -> {
      for (ScoreLine s : card.getLinesList()) {
        Map<String, Object> r = row(t);
        r.put("seat", s.getSeat());
        r.put("name", s.getName());
        r.put("player", names.name(s.getPlayer()));
        r.put("score", s.getScore());
        r.put("law_utility", s.getLawUtility());
        r.put("nash_utility", s.getNashUtility());
        r.put("reservation_value", t.scenario().getSeatsList().stream()
            .filter(seat -> seat.getId().equals(s.getSeat()))
            .map(seat -> (Object) seat.getUtility().getReservationValue()).findFirst().orElse(null));
        into.add(r);
      }
    });
  }

  void facilitator(PlayedTable t, List<Map<String, Object>> into) {
    for (FacilitatorAction f : t.facilitatorActions()) {
      Map<String, Object> r = row(t);
      r.put("round", f.round());
      r.put("time_ms", f.timeMs());
      r.put("facilitator", names.name(f.who()));
      r.put("operation", f.kind());
      r.put("detail", names.text(f.what()));
      into.add(r);
    }
  }
}
