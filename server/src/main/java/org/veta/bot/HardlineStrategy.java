package org.veta.bot;

import java.util.List;
import org.veta.engine.move.Move;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.SeatVar;

/**
 * Escalates for its own side and never gives ground: the centre decrees and sends interdictions;
 * an official sides openly with whomever it leans to (forbear, endorse, grant permits; or
 * enforce); a federation strikes long, rejects drafts, stands for office and demands resignations.
 */
public final class HardlineStrategy implements Strategy {
  @Override
  public String name() {
    return "hardline";
  }

  @Override
  public List<Move> choose(BotView v) {
    Picks picks = new Picks(v);
    switch (v.seat().role()) {
      case CENTRAL_STATE -> picks
          .add("interdiction region=" + v.hottestRegion() + " scale=0.8")
          .addIf(v.state().get(NationalVar.REGULATION_STRINGENCY) < 0.8, "decree size=0.3")
          .add("appoint_minister stance=hardliner");
      case REGIONAL_OFFICIAL -> {
        if (v.state().get(v.seat().id(), SeatVar.ALIGNMENT) >= 0.5 && v.stake() > 0) {
          picks.add("forbear").add("endorse").add("grant_permits");
        } else {
          picks.add("enforce");
        }
      }
      case FEDERATION -> picks
          .add("run_for_office")
          .add("strike scale=1 days=21")
          .add("reject_draft")
          .add("demand_resignation")
          .add("threaten_withdrawal");
      default -> { }
    }
    return picks.done();
  }
}
