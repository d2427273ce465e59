package org.veta.client.facilitate;

import java.util.List;
import org.veta.protocol.wire.FacilitatorResult;
import org.veta.protocol.wire.TableOutcome;

/** What an operation did at each table: "OK 2 paused in ORDERS of round 3 (2m10s left)", "FAIL 3 ...". */
final class ResultText {
  private ResultText() {}

  static List<String> lines(FacilitatorResult result) {
    if (result.getOutcomesCount() == 0) {
      return List.of("NO TABLES to apply it to");
    }
    return result.getOutcomesList().stream().map(ResultText::line).toList();
  }

  static String line(TableOutcome o) {
    String table = o.getNumber() > 0 ? Integer.toString(o.getNumber()) : OverviewText.orDash(o.getTableId());
    return (o.getOk() ? "OK " : "FAIL ") + table + " " + (o.getMessage().isEmpty() ? (o.getOk() ? "done" : "refused") : o.getMessage());
  }

  static boolean allOk(FacilitatorResult result) {
    return result.getOutcomesList().stream().allMatch(TableOutcome::getOk);
  }
}
