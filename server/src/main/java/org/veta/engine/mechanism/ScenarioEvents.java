package org.veta.engine.mechanism;

import org.veta.engine.Cause;
import org.veta.engine.Game;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.state.NationalVar;

/**
 * The scenario's exogenous path: the gold price of the round (the study: US$279/oz in 2000 to
 * US$1,225 in 2010) times any price shock an event brought, and the news of scheduled events.
 * Events' moves (decrees the record says were issued) resolve as the centre's moves. An event may
 * also shock indicators directly (a mine accident raises conflict) or call an election; both come
 * with the event's title as their reason, like everything else the engine changes.
 */
public final class ScenarioEvents implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.SCENARIO_EVENT;
  }

  @Override
  public void apply(RoundContext round) {
    Game game = round.game();
    Ledger.Changes changes = round.by(id());
    double factor = round.now().get(NationalVar.GOLD_PRICE_FACTOR);
    for (Game.ScheduledMove scheduled : game.eventsIn(round.round())) {
      var event = scheduled.event();
      Cause cause = Cause.of("event:" + event.getId(), event.getTitle());
      if (event.getGoldPriceFactor() > 0 && event.getGoldPriceFactor() != 1) {
        factor = changes.set(cause, NationalVar.GOLD_PRICE_FACTOR,
            factor * event.getGoldPriceFactor(), event.getTitle() + ": gold price shock x"
                + event.getGoldPriceFactor());
      }
      for (var shock : event.getShocksList()) {
        // Validated with the scenario (or the inject); a key the layout lacks changes nothing.
        game.layout().target(shock.getTarget()).ifPresent(target -> changes.add(cause, target,
            shock.getDelta(), "%s: %s %+.2f", event.getTitle(),
            target.describe(game.layout()), shock.getDelta()));
      }
      if (event.getElection() && !game.scenario().getElectionRoundsList().contains(round.round())) {
        changes.note(cause, event.getTitle() + ": an election is held this round");
      }
      if (!event.getNews().isBlank()) {
        changes.note(cause, event.getNews());
      }
    }
    double price = game.goldPricePath(round.round()) * factor;
    changes.set(Cause.NONE, NationalVar.GOLD_PRICE, price, "gold price of round %d: US$%,.0f/oz",
        round.round(), price);
  }
}
