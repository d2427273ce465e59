package org.veta.debrief;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.veta.engine.score.UtilityFunction;
import org.veta.protocol.scenario.Clause;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.Seat;
import org.veta.protocol.scenario.UtilityProfile;
import org.veta.protocol.wire.BreachView;
import org.veta.protocol.wire.LawClause;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.ScoreLine;
import org.veta.protocol.wire.Scorecard;
import org.veta.protocol.wire.TalkMessage;

/** Proposals, agreements, broken promises, the final law against every seat's profile; talk. */
final class NegotiationSection {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private NegotiationSection() {}

  static Doc.Block build(PlayedTable t, String suffix) {
    List<Doc.Block> blocks = new ArrayList<>();
    Negotiation n = t.negotiation();
    blocks.add(new Doc.Heading(2, "The negotiation", ""));
    blocks.add(new Doc.Heading(3, "Proposals", ""));
    Doc.Rows proposals = new Doc.Rows();
    for (ProposalView p : n.proposals()) {
      proposals.add(Long.toString(p.getId()), Integer.toString(p.getRound()), p.getFrom(),
          String.join(", ", p.getToList()), String.join("; ", p.getTermsList()),
          p.getStatus().toLowerCase(Locale.ROOT) + (p.getParent() == 0 ? ""
              : " (counter to " + p.getParent() + ")"));
    }
    blocks.add(new Doc.Para("The proposals a person was party to: the log keeps no proposal "
        + "between two bots (those that became agreements are below). \u201c#\u201d is the "
        + "proposal's number; an agreement keeps its proposal's number."));
    blocks.add(proposals.isEmpty() ? new Doc.Para("No person was party to a proposal.")
        : Doc.grid("proposals" + suffix, "proposals", List.of("#", "Round", "From", "To",
            "Terms", "Outcome"), proposals));
    blocks.add(new Doc.Heading(3, "Agreements", ""));
    Doc.Rows agreements = new Doc.Rows();
    for (Negotiation.Agreed a : n.agreements()) {
      agreements.add(a.id() == 0 ? "\u2014" : Long.toString(a.id()), Integer.toString(a.round()),
          String.join(", ", a.parties()), String.join("; ", a.terms()),
          a.visibility().isEmpty() ? "\u2014" : a.visibility(), String.join("; ", a.draftChanges()));
    }
    blocks.add(agreements.isEmpty() ? new Doc.Para("No agreement was made.")
        : Doc.grid("agreements" + suffix, "agreements", List.of("#", "Round", "Parties", "Terms",
            "Seen by", "What the rules let it change"), agreements));
    blocks.add(new Doc.Heading(3, "Broken promises", ""));
    Doc.Rows breaches = new Doc.Rows();
    for (BreachView b : n.breaches()) {
      breaches.add(Integer.toString(b.getRound()), b.getSeat(), b.getCommitment(),
          "agreement " + b.getAgreement(), b.getMove(), b.getPublic() ? "public" : "private");
    }
    blocks.add(breaches.isEmpty() ? new Doc.Para("No promise was broken.")
        : Doc.grid("breaches" + suffix, "breaches", List.of("Round", "Seat", "Promise", "Of",
            "Broken by", "Seen by"), breaches));
    blocks.addAll(law(t, suffix));
    return new Doc.Group("section", "negotiation" + suffix, "negotiation", blocks);
  }

  private static List<Doc.Block> law(PlayedTable t, String suffix) {
    List<Doc.Block> blocks = new ArrayList<>();
    int last = t.roundsPlayed();
    Optional<Scorecard> card = t.scorecard();
    blocks.add(new Doc.Heading(3, "The final law and each seat's utility", ""));
    if (card.isEmpty()) {
      blocks.add(new Doc.Note("unfinished", "The session did not reach the end: this is the law "
          + "draft after round " + last + ", and without the final scorecard there are no Pareto "
          + "or Nash distances."));
    }
    Map<String, Double> nash = new java.util.HashMap<>();
    card.ifPresent(c -> c.getNashLawList().forEach(l -> nash.put(l.getClause(), l.getValue())));
    Doc.Rows clauses = new Doc.Rows();
    for (Clause c : t.scenario().getClausesList()) {
      String key = "clause." + c.getId();
      clauses.add(c.getName(), c.getUnit(), Numbers.plain(t.value(0, key)),
          Numbers.plain(t.value(last, key)),
          nash.containsKey(c.getId()) ? Numbers.plain(nash.get(c.getId())) : "\u2014");
    }
    blocks.add(Doc.grid("law" + suffix, "law", List.of("Clause", "Unit", "At the start",
        "At the end", "Nash bargaining law"), clauses));
    Doc.Rows seats = new Doc.Rows();
    Map<String, ScoreLine> lines = new java.util.LinkedHashMap<>(t.scores(last));
    card.ifPresent(c -> c.getLinesList().forEach(l -> lines.put(l.getSeat(), l)));
    for (Seat s : t.scenario().getSeatsList()) {
      ScoreLine l = lines.get(s.getId());
      double reservation = s.getUtility().getReservationValue();
      double u = l == null ? Double.NaN : l.getLawUtility();
      seats.add(Doc.Cell.of(s.getId(), "seat-id"),
          Doc.Cell.of(l == null ? "\u2013" : Numbers.score(l.getScore()), "number"),
          Doc.Cell.of(Numbers.utility(u), "number"),
          Doc.Cell.of(Numbers.utility(reservation), "number"),
          Doc.Cell.of(Double.isNaN(u) ? "" : u >= reservation ? "yes" : "no",
              Double.isNaN(u) ? "" : u >= reservation ? "good" : "bad"),
          Doc.Cell.of(card.isPresent() && l != null ? Numbers.utility(l.getNashUtility()) : "\u2013",
              "number"));
    }
    blocks.add(Doc.grid("utilities" + suffix, "utilities", List.of("Seat", "Score",
        "Utility of the final law", "Reservation value", "Better than no agreement",
        "At the Nash point"), seats));
    blocks.add(new Doc.Para("The final law against each seat's utility profile: in each cell, the "
        + "seat's utility (0 to 1) for the clause's final value \u00d7 the clause's weight in its "
        + "profile; green is good for the seat, red is bad, \u2014 it does not care."));
    blocks.add(profiles(t, last, suffix));
    card.ifPresent(c -> blocks.add(new Doc.Para(distances(c), "distances")));
    return blocks;
  }

  /** Each seat's utility (0 to 1) for each clause's final value, with the clause's weight. */
  private static Doc.Block profiles(PlayedTable t, int last, String suffix) {
    List<String> header = new ArrayList<>(List.of("Seat"));
    t.scenario().getClausesList().forEach(c -> header.add(c.getName()));
    Doc.Rows rows = new Doc.Rows();
    for (Seat s : t.scenario().getSeatsList()) {
      List<Doc.Cell> row = new ArrayList<>(List.of(Doc.Cell.of(s.getId(), "seat-id")));
      double total = s.getUtility().getClausesList().stream()
          .mapToDouble(ClauseUtility::getWeight).sum();
      for (Clause c : t.scenario().getClausesList()) {
        Optional<ClauseUtility> cu = s.getUtility().getClausesList().stream()
            .filter(x -> x.getClause().equals(c.getId())).findFirst();
        if (cu.isEmpty() || cu.get().getPointsCount() == 0 || total <= 0) {
          row.add(Doc.Cell.of("\u2014", "util none"));
          continue;
        }
        double value = t.value(last, "clause." + c.getId());
        double u = new UtilityFunction(UtilityProfile.newBuilder().addClauses(cu.get()).build())
            .of(clause -> value);
        row.add(Doc.Cell.of(String.format(Locale.ROOT, "%.2f \u00d7 %.0f%%", u,
            100 * cu.get().getWeight() / total), "util u" + Math.min(4, (int) Math.floor(u * 5))));
      }
      rows.add(row.toArray(new Doc.Cell[0]));
    }
    return Doc.grid("profiles" + suffix, "profiles", header, rows);
  }

  private static String distances(Scorecard c) {
    String pareto = Double.isNaN(c.getParetoDistance()) ? "undefined"
        : String.format(Locale.ROOT, "%.3f", c.getParetoDistance());
    String nash = Double.isNaN(c.getNashDistance()) ? "undefined"
        : String.format(Locale.ROOT, "%.3f", c.getNashDistance());
    List<String> law = new ArrayList<>();
    for (LawClause l : c.getNashLawList()) {
      law.add(l.getClause() + "=" + Numbers.plain(l.getValue()));
    }
    return "Distance of the final law, in the seats' utility space, to the nearest Pareto-optimal "
        + "law: " + pareto + "; to the Nash bargaining point: " + nash + " (0 is on it)."
        + (Double.isNaN(c.getNashDistance()) ? " No law gives every seat more than its "
        + "reservation value." : " The Nash law: " + String.join(", ", law) + ".");
  }

  static Doc.Block talk(PlayedTable t, String suffix, ZoneId zone) {
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Heading(2, "Talk and facilitation", ""));
    Doc.Rows actions = new Doc.Rows();
    for (FacilitatorAction f : t.facilitatorActions()) {
      actions.add(f.round() == 0 ? "lobby" : Integer.toString(f.round()),
          CLOCK.format(Instant.ofEpochMilli(f.timeMs()).atZone(zone)), f.who(), f.what());
    }
    blocks.add(actions.isEmpty() ? new Doc.Para("The facilitator did nothing at this table.")
        : Doc.grid("facilitator" + suffix, "facilitator", List.of("Round", "Time", "Who", "What"),
            actions));
    Doc.Rows talk = new Doc.Rows();
    for (TalkMessage m : t.talk()) {
      talk.add(Integer.toString(m.getRound()), m.getPhase().name().toLowerCase(Locale.ROOT),
          m.getChannel().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          m.getFromSeat().isEmpty() ? "facilitator" : m.getFromSeat()
              + (m.getFromPlayer().isEmpty() ? "" : " (" + m.getFromPlayer() + ")"),
          m.getTo(), m.getText());
    }
    blocks.add(new Doc.Para("The log holds the talk people could read: public messages, and "
        + "private ones a person sent or received."));
    blocks.add(talk.isEmpty() ? new Doc.Para("Nobody talked.") : new Doc.Fold("Talk ("
        + t.talk().size() + " messages)", "talk-log" + suffix, List.of(Doc.grid("", "talk",
        List.of("Round", "Phase", "Channel", "From", "To", "Text"), talk))));
    return new Doc.Group("section", "talk" + suffix, "talk", blocks);
  }
}
