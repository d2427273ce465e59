package org.veta.engine.stage;

import java.util.ArrayList;
import java.util.List;
import org.veta.engine.Effect;
import org.veta.engine.Game;
import org.veta.engine.RoundResult;
import org.veta.engine.state.NationalVar;
import org.veta.engine.state.PolicyState;
import org.veta.engine.state.RegionVar;
import org.veta.engine.state.Target;
import org.veta.protocol.scenario.StageThresholds;

/**
 * Watches a game's rounds and records each stage the first time the state meets its condition
 * (per region for regional stages). The conditions, all on the state after a round:
 *
 * <ul>
 *   <li>ECONOMIC_DEPENDENCE: region dependence >= the activation threshold;
 *   <li>MOBILIZATION, FORBEARANCE, PRESSURE_GROUP, PUBLIC_ENDORSEMENT: the region's variable >= its
 *       stage threshold, in a region whose dependence is at or above the activation threshold
 *       (non-enforcement where miners are no constituency is not forbearance in the study's sense);
 *   <li>NATIONAL_LOBBYING: lobbying tilt >= its threshold;
 *   <li>RAN_FOR_OFFICE, WON_OFFICE: a federation candidate stands, wins, in a region that depends on
 *       mining (a candidacy without a constituency behind it is not the study's path);
 *   <li>DIRECT_NEGOTIATION: direct negotiation open;
 *   <li>POLICY_CONCESSION: policy conceded to miners >= its threshold.
 * </ul>
 *
 * <p>The seat named is the one whose move last changed the stage's variable in that round.
 */
public final class StageTracker {
  private final Game game;
  /** [stage][region index, or the last slot for national stages]: reached already. */
  private final boolean[][] reached;
  private final List<StageReached> history = new ArrayList<>();

  public StageTracker(Game game) {
    this.game = game;
    this.reached = new boolean[Stage.values().length][game.layout().regions().size() + 1];
  }

  public List<StageReached> reached() {
    return List.copyOf(history);
  }

  /** Records and returns the stages this round reached for the first time. */
  public List<StageReached> observe(RoundResult result) {
    List<StageReached> fresh = new ArrayList<>();
    PolicyState s = result.after();
    StageThresholds t = game.coefficients().getStages();
    double activation = game.coefficients().getEconomicDependence().getActivationThreshold();
    for (String region : game.layout().regions()) {
      boolean dependent = s.get(region, RegionVar.DEPENDENCE) >= activation;
      check(fresh, result, Stage.ECONOMIC_DEPENDENCE, region, RegionVar.DEPENDENCE, dependent);
      check(fresh, result, Stage.MOBILIZATION, region, RegionVar.MOBILIZATION,
          dependent && s.get(region, RegionVar.MOBILIZATION) >= t.getMobilization());
      check(fresh, result, Stage.FORBEARANCE, region, RegionVar.FORBEARANCE,
          dependent && s.get(region, RegionVar.FORBEARANCE) >= t.getForbearance());
      check(fresh, result, Stage.PRESSURE_GROUP, region, RegionVar.PRESSURE_GROUP,
          dependent && s.get(region, RegionVar.PRESSURE_GROUP) >= t.getPressureGroup());
      check(fresh, result, Stage.PUBLIC_ENDORSEMENT, region, RegionVar.ENDORSEMENT,
          dependent && s.get(region, RegionVar.ENDORSEMENT) >= t.getEndorsement());
      check(fresh, result, Stage.RAN_FOR_OFFICE, region, RegionVar.MINER_CANDIDATE,
          dependent && s.get(region, RegionVar.MINER_CANDIDATE) > 0);
      check(fresh, result, Stage.WON_OFFICE, region, RegionVar.MINER_IN_OFFICE,
          dependent && s.get(region, RegionVar.MINER_IN_OFFICE) > 0);
    }
    check(fresh, result, Stage.NATIONAL_LOBBYING, NationalVar.LOBBY_TILT,
        s.get(NationalVar.LOBBY_TILT) >= t.getLobbying());
    check(fresh, result, Stage.DIRECT_NEGOTIATION, NationalVar.DIRECT_NEGOTIATION,
        s.get(NationalVar.DIRECT_NEGOTIATION) > 0);
    check(fresh, result, Stage.POLICY_CONCESSION, NationalVar.POLICY_CONCESSION,
        s.get(NationalVar.POLICY_CONCESSION) >= t.getConcession());
    return fresh;
  }

  private void check(List<StageReached> fresh, RoundResult result, Stage stage, String region,
      RegionVar var, boolean met) {
    record(fresh, result, stage, region, new Target.Regional(region, var), met);
  }

  private void check(List<StageReached> fresh, RoundResult result, Stage stage, NationalVar var,
      boolean met) {
    record(fresh, result, stage, "", new Target.National(var), met);
  }

  private void record(List<StageReached> fresh, RoundResult result, Stage stage, String region,
      Target target, boolean met) {
    int slot = region.isEmpty() ? game.layout().regions().size() : game.layout().regionIndex(region);
    if (!met || reached[stage.ordinal()][slot]) {
      return;
    }
    reached[stage.ordinal()][slot] = true;
    String seat = "";
    for (Effect e : result.effects()) {
      if (e.target().equals(target) && !e.cause().isNone()
          && game.seat(e.cause().seat()).isPresent()) {
        seat = e.cause().seat();
      }
    }
    StageReached stageReached = new StageReached(stage, result.round(), region, seat);
    fresh.add(stageReached);
    history.add(stageReached);
  }
}
