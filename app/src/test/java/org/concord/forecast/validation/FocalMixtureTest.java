package org.concord.forecast.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.ForecastModels;
import org.concord.forecast.model.PredictiveSample;
import org.concord.forecast.model.ResidualCalibration;
import org.junit.jupiter.api.Test;

class FocalMixtureTest {

    /** Proposer P at {@code proposer} (salience 10), two members at 40 and 60 (salience 80): compromise near 50. */
    private static ValidationCase issue(String id, Double reference, double proposer, double outcome) {
        ForecastIssue i = ForecastIssue.of(id, "", "").withRule(DecisionRule.qmv(0.74)).withProposer(ActorId.of("P"));
        if (reference != null) i = i.withReferencePoint(reference);
        return new ValidationCase(i, List.of(ActorInput.voter("P", proposer, 10, 1), ActorInput.voter("A", 40, 80, 1),
                ActorInput.voter("B", 60, 80, 1)), outcome);
    }

    /** A calibration whose every residual is 0: the continuous part is a point mass at the compromise. */
    private static final ResidualCalibration EXACT = ResidualCalibration.ofScaled(Map.of(ResidualCalibration.POOLED, List.of(0.0)), "test");

    @Test
    void the_crps_of_a_mixture_of_point_masses_matches_the_hand_computed_integral() {
        // 1/2 at 0 and 1/2 at 100, outcome 25: F = 1/2 on [0, 100), so the integral of (F - 1{t >= 25})^2 is
        // 25 x 1/4 + 75 x 1/4 = 25; by the kernel form E|X - y| - E|X - X'|/2 = 50 - 25 = 25.
        PredictiveSample m = PredictiveSample.mixture(new PredictiveSample[] {PredictiveSample.of(new double[] {0}),
                PredictiveSample.of(new double[] {100})}, new double[] {0.5, 0.5});
        assertThat(m.crps(25)).isCloseTo(25, within(1e-12));
        assertThat(m.crps(0)).isCloseTo(25, within(1e-12));
    }

    @Test
    void the_focal_parts_are_the_compromise_the_proposer_the_reference_point_the_positions_and_the_scale_points() {
        PointTable t = new PointTable(ForecastModels.standard(), List.of(issue("x1", 20.0, 80, 20)));
        PredictiveSample[] parts = FocalMixture.parts(t, EXACT, 0);
        assertThat(parts).hasSize(FocalMixture.PARTS.size());
        double comp = t.point[t.index("compromise")][0];
        assertThat(parts[0].median()).isCloseTo(comp, within(1e-9));
        assertThat(parts[1].median()).isEqualTo(80);
        assertThat(parts[2].median()).isEqualTo(20);
        assertThat(parts[3].size()).isEqualTo(3);
        assertThat(new double[] {parts[4].median(), parts[5].median(), parts[6].median()}).containsExactly(0, 100, 50);
        // half at the reference point 20, half at 0; outcome 20: E|X - y| = 10, E|X - X'| = 10, CRPS = 10 - 5 = 5
        double[] w = {0, 0, 0.5, 0, 0.5, 0, 0};
        PredictiveSample m = FocalMixture.predictive(t, EXACT, w, 0);
        assertThat(m.crps(20)).isCloseTo(5, within(1e-12));
        assertThat(m.quantile(1.0)).isEqualTo(20);
        assertThat(m.quantile(0.0)).isEqualTo(0);
    }

    @Test
    void without_a_named_proposer_the_proposal_point_stands_in_and_without_either_the_compromise() {
        ForecastIssue bare = ForecastIssue.of("n1", "", "").withRule(DecisionRule.UNANIMITY);
        List<ActorInput> actors = List.of(ActorInput.voter("A", 30, 50, 1), ActorInput.voter("B", 70, 50, 1));
        assertThat(FocalMixture.proposer(new ValidationCase(bare.withProposal(90), actors, 50), 50)).isEqualTo(90);
        assertThat(FocalMixture.proposer(new ValidationCase(bare, actors, 50), 50)).isEqualTo(50);
    }

    @Test
    void fitted_weights_are_a_normalised_distribution_over_the_parts() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            double[] v = new double[7];
            for (int k = 0; k < v.length; k++) v[k] = rng.nextDouble(-3, 3);
            double[] w = FocalMixture.projectOnSimplex(v);
            assertThat(java.util.Arrays.stream(w).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(java.util.Arrays.stream(w).sum()).isCloseTo(1, within(1e-12));
        }
        double[] onSimplex = {0.1, 0.2, 0.3, 0.4};
        assertThat(FocalMixture.projectOnSimplex(onSimplex)).containsExactly(new double[] {0.1, 0.2, 0.3, 0.4}, within(1e-12));
        // a part that is never wrong (E|X - y| = 0) and never spread gets all the weight
        double[] w = FocalMixture.minimise(new double[] {5, 0, 3}, new double[3][3]);
        assertThat(w).containsExactly(new double[] {0, 1, 0}, within(1e-9));
    }

    @Test
    void when_the_outcome_is_always_the_proposers_position_the_mixture_learns_it_from_other_proposals() {
        List<ValidationCase> cases = new ArrayList<>();
        for (int p = 0; p < 20; p++)
            for (int k = 1; k <= 2; k++) {
                double proposer = (p * 37 + k * 11) % 100;
                cases.add(issue("p" + p + "i" + k, p % 2 == 0 ? 30.0 : null, proposer, proposer));
            }
        PredictiveReport r = new PredictiveValidation(ForecastModels.standard(), 200, 1L).crossValidate(cases, 5);
        PredictiveReport.Row focal = r.row(FocalMixture.NAME);
        assertThat(focal.obeysRule()).isFalse();
        assertThat(focal.own()).isEqualTo(40);
        assertThat(focal.crps()).as("the proposer's point mass carries the weight").isLessThan(r.row("compromise").crps() / 5);
        assertThat(focal.crpsVsCompromise()[2]).as("the paired interval excludes 0").isLessThan(0);
        assertThat(focal.note()).contains("Mean weights: calibrated compromise");
        assertThat(r.defaults()).noneMatch(d -> d.model().equals(FocalMixture.NAME));
    }

    @Test
    void the_report_is_the_same_for_the_same_seed() {
        List<ValidationCase> cases = new ArrayList<>();
        for (int p = 0; p < 12; p++) cases.add(issue("p" + p + "i1", p % 3 == 0 ? null : 8.0 * p, 5.0 * p, (13.0 * p) % 100));
        PredictiveReport a = new PredictiveValidation(ForecastModels.standard(), 200, 9L).crossValidate(cases, 4);
        PredictiveReport b = new PredictiveValidation(ForecastModels.standard(), 200, 9L).crossValidate(cases, 4);
        assertThat(PredictiveRendering.json(a)).isEqualTo(PredictiveRendering.json(b));
        assertThat(a.row(FocalMixture.NAME).crpsVsCompromise()).containsExactly(b.row(FocalMixture.NAME).crpsVsCompromise());
        assertThat(a.row("compromise").crpsVsCompromise()).containsExactly(0, 0, 0);
    }
}
