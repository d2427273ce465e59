package org.veta.client.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.veta.client.table.TableState;

/**
 * `propose` typed alone in the terminal: asks to whom, then one term at a time with examples,
 * and hands back the one-line command a script would write. For people who do not want to learn
 * the term syntax before making their first offer. Ctrl-C or an empty seat list cancels.
 */
final class ProposalBuilder {
  private ProposalBuilder() {}

  static Optional<String> build(LineReader reader, Printer printer, TableState table) {
    List<String> others = table.seats().stream().map(s -> s.getId())
        .filter(id -> !id.equals(table.yourSeat())).toList();
    printer.line("A proposal to one or more seats. Seats: " + String.join(", ", others));
    try {
      String to = reader.readLine("to (seats, separated by commas; empty to cancel)> ").strip()
          .replace(" ", "");
      if (to.isEmpty()) {
        printer.line("Cancelled.");
        return Optional.empty();
      }
      printer.lines(List.of("One term per line; an empty line ends the proposal. For example:",
          "  clause tax_rate=1                 a value for a clause of the law draft (`table` lists them)",
          "  commit " + table.yourSeat() + " no_strike 2       your promise for 2 rounds (or "
              + "endorse, forbear, no_decree, ...)",
          "  say \"We keep the peace\"           a public statement"));
      List<String> terms = new ArrayList<>();
      while (true) {
        String term = reader.readLine("term " + (terms.size() + 1) + "> ").strip();
        if (term.isEmpty()) {
          break;
        }
        terms.add(term);
      }
      if (terms.isEmpty()) {
        printer.line("Cancelled: a proposal needs at least one term.");
        return Optional.empty();
      }
      return Optional.of("propose " + to + " " + String.join("; ", terms));
    } catch (UserInterruptException | EndOfFileException e) {
      printer.line("Cancelled.");
      return Optional.empty();
    }
  }
}
