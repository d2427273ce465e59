package org.veta.debrief;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.veta.protocol.scenario.Scenario;

/** The calendar a scenario's rounds cover: round 1 begins in January of its start year. */
final class Periods {
  private Periods() {}

  /** "Jan–Jun 2012", "Jul 2012–Jun 2013", "2012"; empty when the scenario sets no start year. */
  static String of(Scenario scenario, int round) {
    if (scenario.getStartYear() <= 0 || round < 1) {
      return "";
    }
    double months = scenario.getMonthsPerRound() > 0 ? scenario.getMonthsPerRound() : 6;
    YearMonth first = YearMonth.of(scenario.getStartYear(), 1)
        .plusMonths(Math.round((round - 1) * months));
    YearMonth last = YearMonth.of(scenario.getStartYear(), 1)
        .plusMonths(Math.max(Math.round(round * months) - 1, Math.round((round - 1) * months)));
    if (first.equals(last)) {
      return month(first) + " " + first.getYear();
    }
    if (first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear()) {
      return Integer.toString(first.getYear());
    }
    if (first.getYear() == last.getYear()) {
      return month(first) + "\u2013" + month(last) + " " + first.getYear();
    }
    return month(first) + " " + first.getYear() + "\u2013" + month(last) + " " + last.getYear();
  }

  private static String month(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
