package org.concord.forecast.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.ForecastModels;
import org.concord.forecast.model.ModelResult;
import org.concord.forecast.model.OutcomeModel;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    /** Skips every issue. */
    private record Never(String name) implements OutcomeModel {
        @Override public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) { return new ModelResult.Skipped(name, "always"); }
    }

    /** Predicts a constant, or skips issues without a reference point if told to. */
    private record Constant(String name, double value, boolean needsReference) implements OutcomeModel {
        @Override public ModelResult predict(ForecastIssue issue, List<ActorInput> actors) {
            if (needsReference && issue.referencePoint().isEmpty()) return new ModelResult.Skipped(name, "no reference point");
            return new ModelResult.Predicted(name, value, Optional.empty(), "constant");
        }
    }

    private static ValidationCase issue(String id, DecisionRule rule, Double reference, double outcome) {
        ForecastIssue i = ForecastIssue.of(id, "", "").withRule(rule);
        if (reference != null) i = i.withReferencePoint(reference);
        return new ValidationCase(i, List.of(ActorInput.voter("A", 50, 50, 1)), outcome);
    }

    private final List<ValidationCase> three = List.of(
            issue("u1", DecisionRule.UNANIMITY, 0.0, 40),
            issue("u2", DecisionRule.UNANIMITY, null, 70),
            issue("q1", DecisionRule.qmv(0.74), 0.0, 50));

    private static ModelScore.Scored scored(ModelScore s) {
        assertThat(s).isInstanceOf(ModelScore.Scored.class);
        return (ModelScore.Scored) s;
    }

    @Test
    void mae_rmse_and_the_unanimity_mae_match_hand_computed_values() {
        // Constant 50 against outcomes 40, 70, 50: errors 10, 20, 0. MAE 10, RMSE sqrt(500/3) = 12.9099...,
        // unanimity MAE (u1, u2) = 15.
        ValidationReport r = new ModelValidation(1000, 1L).validate(three, List.of(new Constant("c50", 50, false)));
        ModelScore.Scored s = scored(r.scores().getFirst());
        assertThat(s.n()).isEqualTo(3);
        assertThat(s.mae()).isCloseTo(10.0, within(1e-12));
        assertThat(s.rmse()).isCloseTo(Math.sqrt(500.0 / 3), within(1e-12));
        assertThat(s.maeUnanimity()).hasValue(15.0);
        assertThat(s.maeCiLow()).isBetween(0.0, 10.0);
        assertThat(s.maeCiHigh()).isBetween(10.0, 20.0);
    }

    @Test
    void a_model_that_needs_a_reference_point_skips_issues_without_one_and_the_report_counts_them() {
        ValidationReport r = new ModelValidation(1000, 1L).validate(three, List.of(new Constant("proc", 50, true)));
        ModelScore.Scored s = scored(r.scores().getFirst());
        assertThat(s.n()).isEqualTo(2);
        assertThat(s.skips()).containsExactly("u2: no reference point");
    }

    @Test
    void the_bootstrap_interval_of_two_errors_spans_their_range() {
        // Errors 0 and 2 (n = 2): resampled means are 0, 1, 2 with probabilities 1/4, 1/2, 1/4, so with 2,000
        // resamples the 2.5th percentile is 0 and the 97.5th is 2 (about 500 resamples sit at each end).
        List<ValidationCase> two = List.of(issue("a", DecisionRule.UNANIMITY, 0.0, 50), issue("b", DecisionRule.UNANIMITY, 0.0, 52));
        ModelScore.Scored s = scored(new ModelValidation(2000, 7L).validate(two, List.of(new Constant("c50", 50, false))).scores().getFirst());
        assertThat(s.maeCiLow()).isEqualTo(0.0);
        assertThat(s.maeCiHigh()).isEqualTo(2.0);
    }

    @Test
    void the_ensemble_is_recommended_only_when_it_beats_the_best_single_model_out_of_sample() {
        // Outcomes 40, 70, 50. "low" predicts 30 (errors 10, 40, 20), "high" 70 (30, 0, 20). Leave-one-out weights
        // for u1: low MAE on u2, q1 = 30, high = 10 -> (30/30 + 70/10) / (1/30 + 1/10) = 60, error 20; for u2:
        // low 15, high 25 -> (2 + 2.8) / (1/15 + 1/25) = 45, error 25; for q1: low 25, high 15 -> 55, error 5.
        // Ensemble MAE 50/3 = 16.67 < high's 50/3? Equal, so the best single model (high, MAE 16.67) stays.
        ValidationReport r = new ModelValidation(1000, 1L).validate(three, List.of(new Constant("low", 30, false), new Constant("high", 70, false)));
        assertThat(scored(r.scores().get(2)).name()).isEqualTo("ensemble");
        assertThat(scored(r.scores().get(2)).mae()).isCloseTo(50.0 / 3, within(1e-9));
        assertThat(r.verdict()).isInstanceOfSatisfying(EnsembleVerdict.UseBestSingle.class, v -> assertThat(v.bestSingle()).isEqualTo("high"));

        // Two models erring in opposite directions by the same amount: the ensemble is exact and wins.
        List<ValidationCase> fifty = List.of(issue("a", DecisionRule.UNANIMITY, 0.0, 50), issue("b", DecisionRule.UNANIMITY, 0.0, 50));
        ValidationReport r2 = new ModelValidation(1000, 1L).validate(fifty, List.of(new Constant("low", 40, false), new Constant("high", 60, false)));
        assertThat(r2.verdict()).isInstanceOfSatisfying(EnsembleVerdict.UseEnsemble.class, v -> {
            assertThat(v.ensembleMae()).isCloseTo(0.0, within(1e-12));
            assertThat(v.weights()).containsEntry("low", 0.5).containsEntry("high", 0.5);
        });
    }

    @Test
    void the_json_has_exactly_the_documented_shape() throws Exception {
        ValidationReport r = new ModelValidation(1000, 1L).validate(three, List.of(new Constant("c50", 50, false), new Never("never")));
        JsonNode root = new ObjectMapper().readTree(ValidationRendering.json(r));
        assertThat(root.fieldNames()).toIterable().containsExactly("models");
        JsonNode first = root.get("models").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("name", "n", "mae", "rmse", "maeUnanimity", "maeCi");
        assertThat(first.get("name").asText()).isEqualTo("c50");
        assertThat(first.get("mae").asDouble()).isEqualTo(10.0);
        assertThat(first.get("maeCi").size()).isEqualTo(2);
        JsonNode never = root.get("models").get(1);
        assertThat(never.get("n").asInt()).isZero();
        assertThat(never.get("mae").isNull()).isTrue();
        assertThat(ValidationRendering.table(r)).contains("c50").contains("never").contains("3 issues");
    }

    @Test
    void the_development_sample_scores_every_standard_model_and_the_procedural_ones_skip_the_issue_without_reference() throws Exception {
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/forecast/validation-sample.csv"), StandardCharsets.UTF_8)) {
            ForecastValidation.Outcome o = ForecastValidation.run(in, 0.74, ForecastModels.standard(), ModelValidation.DEFAULT_RESAMPLES, 2026L);
            assertThat(o).isInstanceOf(ForecastValidation.Scored.class);
            ValidationReport r = ((ForecastValidation.Scored) o).report();
            assertThat(r.issues()).isEqualTo(10);
            assertThat(scored(r.scores().get(0)).n()).isEqualTo(10);
            assertThat(scored(r.scores().get(1)).n()).isEqualTo(9);
            assertThat(scored(r.scores().get(2)).n()).isEqualTo(9);
            System.out.println(ValidationRendering.table(r));
            System.out.println(ValidationRendering.json(r));
        }
    }

    @Test
    void an_optional_unanimity_mae_is_empty_without_unanimity_issues() {
        ModelScore.Scored s = scored(new ModelValidation(1000, 1L).validate(List.of(issue("q", DecisionRule.MAJORITY, 0.0, 10)),
                List.of(new Constant("c", 10, false))).scores().getFirst());
        assertThat(s.maeUnanimity()).isEqualTo(OptionalDouble.empty());
    }
}
