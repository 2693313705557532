package org.concord.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PredictiveSampleTest {

    @Test
    void the_crps_of_a_single_point_is_the_absolute_error() {
        assertThat(PredictiveSample.of(new double[] {30}).crps(72)).isCloseTo(42.0, within(1e-12));
    }

    @Test
    void the_crps_of_two_equal_masses_matches_the_integral_of_the_squared_cdf_gap() {
        // Reference by hand from the definition CRPS = int (F(t) - 1{t >= y})^2 dt: F = 1/2 on [0, 100),
        // y = 50 gives 50 * 1/4 + 50 * 1/4 = 25.
        assertThat(PredictiveSample.of(new double[] {0, 100}).crps(50)).isCloseTo(25.0, within(1e-12));
        // Weights 1 and 3 at 0 and 100, y = 100: F = 1/4 on [0, 100), so 100 * (1/4)^2 = 6.25.
        assertThat(new PredictiveSample(new double[] {100, 0}, new double[] {3, 1}).crps(100)).isCloseTo(6.25, within(1e-12));
    }

    @Test
    void the_crps_of_a_fine_uniform_sample_matches_the_closed_form_of_the_uniform_distribution() {
        // Uniform on [a, b] at y: ((y - a)^3 + (b - y)^3) / (3 (b - a)^2), integrating F^2 below y and (1 - F)^2
        // above it by hand; a = 0, b = 100, y = 30 gives 370000 / 30000 = 12.3333... The sample holds the 10,000
        // midpoints (i - 1/2) / 100, whose CRPS differs from the continuous one by O(1 / n): tolerance 1e-3.
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) x[i] = (i + 0.5) / 100;
        assertThat(PredictiveSample.of(x).crps(30)).isCloseTo(370000.0 / 30000, within(1e-3));
    }

    @Test
    void quantiles_are_the_lower_quantiles_and_bands_include_their_ends() {
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) x[i] = i + 1;
        PredictiveSample s = PredictiveSample.of(x);
        assertThat(s.quantile(0.05)).isEqualTo(5.0);
        assertThat(s.quantile(0.95)).isEqualTo(95.0);
        assertThat(s.median()).isEqualTo(50.0);
        assertThat(s.covers(0.9, 5)).isTrue();
        assertThat(s.covers(0.9, 95)).isTrue();
        assertThat(s.covers(0.9, 4.5)).isFalse();
        assertThat(s.covers(0.9, 95.5)).isFalse();
    }

    @Property
    void the_crps_of_a_mixture_is_the_quadratic_form_of_its_parts(@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 100) Double> a,
                                                                   @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 100) Double> b,
                                                                   @ForAll @DoubleRange(min = 0, max = 1) double w,
                                                                   @ForAll @DoubleRange(min = 0, max = 100) double y) {
        PredictiveSample pa = PredictiveSample.of(a.stream().mapToDouble(Double::doubleValue).toArray());
        PredictiveSample pb = PredictiveSample.of(b.stream().mapToDouble(Double::doubleValue).toArray());
        PredictiveSample mix = PredictiveSample.mixture(new PredictiveSample[] {pa, pb}, new double[] {w, 1 - w});
        double form = w * pa.meanAbsoluteError(y) + (1 - w) * pb.meanAbsoluteError(y)
                - 0.5 * (w * w * pa.meanAbsoluteDifference(pa) + (1 - w) * (1 - w) * pb.meanAbsoluteDifference(pb)
                + 2 * w * (1 - w) * pa.meanAbsoluteDifference(pb));
        assertThat(mix.crps(y)).isCloseTo(Math.max(0, form), within(1e-7));
        assertThat(mix.crps(y)).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(mix.meanAbsoluteError(y) + 1e-9);
    }

    @Property
    void wider_bands_cover_at_least_what_narrower_ones_cover(@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 100) Double> xs,
                                                              @ForAll @DoubleRange(min = 0, max = 100) double y) {
        PredictiveSample s = PredictiveSample.of(xs.stream().mapToDouble(Double::doubleValue).toArray());
        boolean covered = false;
        for (double level = 0.1; level < 0.95; level += 0.1) {
            boolean now = s.covers(level, y);
            assertThat(!covered || now).as("covered at a narrower band but not at %s", level).isTrue();
            covered = now;
        }
        assertThat(s.crps(y)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void bad_samples_are_refused_naming_the_value() {
        assertThatThrownBy(() -> PredictiveSample.of(new double[0])).hasMessageContaining("at least one");
        assertThatThrownBy(() -> PredictiveSample.of(new double[] {Double.NaN})).hasMessageContaining("predictive value 0");
        assertThatThrownBy(() -> new PredictiveSample(new double[] {1, 2}, new double[] {0, 0})).hasMessageContaining("not all be 0");
    }

    @Test
    void residuals_are_learned_per_rule_once_a_rule_has_enough_cases_and_pooled_otherwise() {
        List<ResidualCalibration.Residual> past = new java.util.ArrayList<>();
        // 20 unanimity cases missing by +10 at spread 0: scaled residual 10 / (0 + 5) = 2.
        for (int i = 0; i < ResidualCalibration.MIN_PER_STRATUM; i++) past.add(new ResidualCalibration.Residual("UNANIMITY", 40, 0, 50));
        // 3 QMV cases missing by -5 at spread 5: scaled -0.5; too few for a stratum of their own.
        for (int i = 0; i < 3; i++) past.add(new ResidualCalibration.Residual("QMV", 40, 5, 35));
        ResidualCalibration c = ResidualCalibration.fit(past, "test cases");
        assertThat(c.stratumFor("UNANIMITY")).isEqualTo("UNANIMITY");
        assertThat(c.stratumFor("QMV")).isEqualTo(ResidualCalibration.POOLED);
        // Point 50 at spread 5 under unanimity: 50 + 2 * (5 + 5) = 70 for every residual.
        PredictiveSample u = c.predictive(50, 5, "UNANIMITY");
        assertThat(u.quantile(0)).isEqualTo(70.0);
        assertThat(u.quantile(1)).isEqualTo(70.0);
        // Near the top the draws are clamped to the scale.
        assertThat(c.predictive(95, 5, "UNANIMITY").median()).isEqualTo(100.0);
        // Input draws pair with residuals: every draw appears shifted by the residual.
        PredictiveSample d = c.predictive(new double[] {10, 20, 30}, 0, "UNANIMITY");
        assertThat(d.quantile(0)).isEqualTo(20.0);
        assertThat(d.quantile(1)).isEqualTo(40.0);
        assertThat(c.count("QMV")).isEqualTo(23);
        assertThat(ResidualCalibration.ofScaled(c.scaledResiduals(), "again").predictive(50, 5, "UNANIMITY").median()).isEqualTo(70.0);
        assertThatThrownBy(() -> ResidualCalibration.ofScaled(Map.of("QMV", List.of(1.0)), "x")).hasMessageContaining("pooled");
    }

    @Test
    void the_spread_is_the_weighted_standard_deviation_of_positions() {
        // Weights capability x salience 1 x 50 and 3 x 50 at 0 and 100: mean 75, variance (1*75^2 + 3*25^2)/4 = 1875.
        double s = ResidualCalibration.spread(List.of(ActorInput.voter("A", 0, 50, 1), ActorInput.voter("B", 100, 50, 3)));
        assertThat(s).isCloseTo(Math.sqrt(1875), within(1e-12));
    }
}
