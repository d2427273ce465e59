package org.veta.client.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veta.protocol.wire.AgreementView;
import org.veta.protocol.wire.ClauseUtilityView;
import org.veta.protocol.wire.ProposalView;
import org.veta.protocol.wire.TableView;

/**
 * Proposals, agreements and the law draft as lines, the same in a terminal and a script:
 * "PROPOSAL 3 OPEN from fedemin to executive: clause tax_rate=1 | yours 0.62 (now 0.55)",
 * "AGREEMENT 3 fedemin, executive public: clause tax_rate=1" then "DRAFT ..." lines.
 */
public final class DealText {
  private DealText() {}

  public static String proposal(ProposalView p) {
    String parent = p.getParent() == 0 ? "" : " (counter to " + p.getParent() + ")";
    String accepted = p.getAcceptedByCount() == 0 ? "" : " accepted by " + String.join(", ", p.getAcceptedByList());
    return String.format(Locale.ROOT, "PROPOSAL %d %s from %s to %s%s: %s | yours %.2f (now %.2f)%s",
        p.getId(), p.getStatus(), p.getFrom(), String.join(", ", p.getToList()), parent,
        String.join("; ", p.getTermsList()), p.getYourUtility(), p.getYourUtilityNow(), accepted);
  }

  public static List<String> agreement(AgreementView a) {
    List<String> lines = new ArrayList<>();
    lines.add("AGREEMENT " + a.getId() + " " + String.join(", ", a.getPartiesList())
        + (a.getPublic() ? " public" : "") + ": " + String.join("; ", a.getTermsList()));
    a.getDraftChangesList().forEach(change -> lines.add("DRAFT " + change));
    return lines;
  }

  /** The law draft clause by clause, with this seat's utility: the `table` command. */
  public static List<String> draft(TableView table) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "LAW DRAFT your utility %.2f (reservation %.2f)",
        table.getYou().getLawUtility(), table.getYou().getReservationValue()));
    for (ClauseUtilityView c : table.getYou().getClausesList()) {
      lines.add(String.format(Locale.ROOT, "CLAUSE %s %s = %s | your utility %.2f, weight %.2f",
          c.getClause(), c.getName(), Text.number(c.getValue()), c.getYourUtility(), c.getWeight()));
    }
    table.getIndicatorsList().stream()
        .filter(i -> i.getKey().equals("national.roundtable_open") || i.getKey().equals("national.direct_negotiation"))
        .forEach(i -> lines.add("AT THE TABLE " + i.getLabel() + ": " + i.getShown()));
    return lines;
  }
}
