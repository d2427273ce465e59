package org.veta.engine.mechanism;

import java.util.Locale;
import org.veta.engine.Cause;
import org.veta.engine.Game;
import org.veta.engine.Ledger;
import org.veta.engine.MechanismId;
import org.veta.engine.RoundContext;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.WorkingState;
import org.veta.protocol.scenario.EconomicDependenceCoefficients;

/**
 * Economic dependence (the study, "The origins of informal miners' pressure groups"): mining is
 * the main or only profitable activity in forsaken regions (La Paz 29.5 % of GDP, Madre de Dios
 * 41 % and 70 % of the local economy), so local actors have a stake in it; falling agricultural
 * income raises reliance (the 2023 Peru summary). Where agriculture or fisheries absorb labour
 * (Cochabamba, La Libertad, Piura) dependence stays under the activation threshold and nobody
 * activates.
 *
 * <p>dependence = clamp((w * gdpShare + (1 - w) * goldLinked) * priceFactor^elasticity
 * * (1 + agriculturalPressure * (1 - agriculturalIncome))), priceFactor capped at 2.
 */
public final class EconomicDependence implements Mechanism {
  @Override
  public MechanismId id() {
    return MechanismId.ECONOMIC_DEPENDENCE;
  }

  @Override
  public void apply(RoundContext round) {
    Game game = round.game();
    Ledger.Changes changes = round.by(id());
    for (var region : game.scenario().getRegionsList()) {
      String id = region.getId();
      if (region.getAgriculturalTrend() != 0) {
        changes.add(Cause.NONE, id, RegionVar.AGRICULTURAL_INCOME, region.getAgriculturalTrend(),
            region.getAgriculturalTrend() < 0 ? "agricultural income keeps falling"
                : "agricultural income recovers");
      }
      double price = round.now().get(NationalVar.GOLD_PRICE);
      double dependence = dependence(game, round.now(), id, price);
      changes.set(Cause.NONE, id, RegionVar.DEPENDENCE, dependence, "gold at US$%,.0f/oz, mining %.0f%% of GDP, agricultural income %.0f%%", price,
          100 * round.now().get(id, RegionVar.MINING_SHARE_GDP),
          100 * round.now().get(id, RegionVar.AGRICULTURAL_INCOME));
    }
  }

  /** The formula above, shared with the initial state so round 0 shows the same measure. */
  public static double dependence(Game game, WorkingState state, String region, double goldPrice) {
    EconomicDependenceCoefficients k = game.coefficients().getEconomicDependence();
    double priceFactor = Math.min(2, goldPrice / k.getReferenceGoldPrice());
    double base = k.getShareWeight() * state.get(region, RegionVar.MINING_SHARE_GDP)
        + (1 - k.getShareWeight()) * state.get(region, RegionVar.GOLD_LINKED_ECONOMY);
    double agriculture = 1 + k.getAgriculturalPressure()
        * (1 - state.get(region, RegionVar.AGRICULTURAL_INCOME));
    return Math.max(0, Math.min(1, base * Math.pow(priceFactor, k.getPriceElasticity()) * agriculture));
  }
}
