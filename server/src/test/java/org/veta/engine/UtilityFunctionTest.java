package org.veta.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veta.engine.score.UtilityFunction;
import org.veta.protocol.scenario.ClauseUtility;
import org.veta.protocol.scenario.UtilityPoint;
import org.veta.protocol.scenario.UtilityProfile;

class UtilityFunctionTest {
  private static UtilityPoint point(double v, double u) {
    return UtilityPoint.newBuilder().setValue(v).setUtility(u).build();
  }

  private final UtilityFunction profile = new UtilityFunction(UtilityProfile.newBuilder()
      .addClauses(ClauseUtility.newBuilder().setClause("tax").setWeight(3)
          .addPoints(point(0, 0.9)).addPoints(point(1, 1)).addPoints(point(10, 0)))
      .addClauses(ClauseUtility.newBuilder().setClause("land").setWeight(1)
          .addPoints(point(0, 0)).addPoints(point(1, 1)))
      .setReservationValue(0.4).build());

  @Test
  void weightsAreNormalisedAndPointsInterpolated() {
    // tax 5.5 is half-way between (1, 1) and (10, 0): 0.5; land 0.5: 0.5; weights 3/4 and 1/4.
    double u = profile.of(Map.of("tax", 5.5, "land", 0.5)::get);
    assertThat(u).isCloseTo(0.5, within(1e-12));
    assertThat(profile.of(Map.of("tax", 1.0, "land", 1.0)::get)).isCloseTo(1.0, within(1e-12));
    assertThat(profile.of(Map.of("tax", -5.0, "land", 9.0)::get)).as("flat beyond the ends")
        .isCloseTo(0.75 * 0.9 + 0.25, within(1e-12));
  }

  @Test
  void theIdealIsTheBestPoint() {
    assertThat(profile.ideal("tax")).contains(1.0);
    assertThat(profile.ideal("land")).contains(1.0);
    assertThat(profile.ideal("credit")).isEmpty();
    assertThat(profile.reservationValue()).isEqualTo(0.4);
  }
}
