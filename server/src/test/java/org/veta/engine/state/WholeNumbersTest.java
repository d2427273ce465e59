package org.veta.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {
  @Property(tries = 3000)
  void writesWhatTheFormatterWrites(@ForAll("values") double value) {
    assertThat(WholeNumbers.format(value, false))
        .isEqualTo(String.format(Locale.ROOT, "%.0f", value));
    assertThat(WholeNumbers.format(value, true))
        .isEqualTo(String.format(Locale.ROOT, "%,.0f", value));
  }

  @Provide
  Arbitrary<Double> values() {
    Arbitrary<Double> halves = Arbitraries.integers().between(-100_000, 100_000)
        .map(i -> i + 0.5);
    Arbitrary<Double> nearHalves = halves.flatMap(h -> Arbitraries.of(Math.nextDown(h),
        Math.nextUp(h)));
    return Arbitraries.oneOf(Arbitraries.doubles().between(-1e7, 1e7), halves, nearHalves,
        Arbitraries.doubles(), Arbitraries.of(0.0, -0.0, -0.4, 0.49999999999999994, 999.5,
            -999.5, 1e15 + 0.5, Double.NaN, Double.POSITIVE_INFINITY, 0x1p52, -0x1p53));
  }

  @Test
  void showsUnitsAsBefore() {
    assertThat(Variable.Unit.SHARE.format(0.125)).isEqualTo("13%");
    assertThat(Variable.Unit.SHARE.format(-0.001)).isEqualTo("-0%");
    assertThat(Variable.Unit.US_DOLLARS.format(1_234_567.5)).isEqualTo("US$1,234,568");
    assertThat(Variable.Unit.COUNT.format(2.5)).isEqualTo("3");
  }
}
