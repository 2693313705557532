package org.concord.forecast.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;
import org.concord.forecast.model.ForecastModels;
import org.junit.jupiter.api.Test;

class PredictiveValidationTest {

    /** One actor at {@code position}: every model predicts the position. */
    private static ValidationCase issue(String id, Double reference, double position, double outcome) {
        ForecastIssue i = ForecastIssue.of(id, "", "").withRule(DecisionRule.qmv(0.74));
        if (reference != null) i = i.withReferencePoint(reference);
        return new ValidationCase(i, List.of(ActorInput.voter("A", position, 50, 1)), outcome);
    }

    private final PredictiveValidation validation = new PredictiveValidation(ForecastModels.standard(), 200, 1L);

    @Test
    void the_proposal_is_the_issue_id_without_its_trailing_issue_number() {
        assertThat(ValidationCase.proposalOf("d00184i12")).isEqualTo("d00184");
        assertThat(ValidationCase.proposalOf("nmi-expansion-2021")).isEqualTo("nmi-expansion-2021");
        assertThat(ValidationCase.proposalOf("i3")).isEqualTo("i3");
    }

    @Test
    void folds_keep_every_proposal_whole_and_are_fixed_by_the_seed() {
        List<String> groups = List.of("a", "a", "b", "c", "c", "c", "d", "e");
        GroupedFolds f = new GroupedFolds(groups, 3, 7);
        assertThat(f.folds()).isEqualTo(3);
        assertThat(f.groups()).isEqualTo(5);
        assertThat(f.foldOf(0)).isEqualTo(f.foldOf(1));
        assertThat(f.foldOf(3)).isEqualTo(f.foldOf(4)).isEqualTo(f.foldOf(5));
        GroupedFolds again = new GroupedFolds(groups, 3, 7);
        for (int i = 0; i < groups.size(); i++) assertThat(again.foldOf(i)).isEqualTo(f.foldOf(i));
        assertThat(new GroupedFolds(groups, 10, 7).folds()).as("no more folds than proposals").isEqualTo(5);
        assertThatThrownBy(() -> new GroupedFolds(List.of("a", "a"), 2, 1)).hasMessageContaining("at least two proposals");
    }

    @Test
    void cross_validation_never_trains_on_the_proposal_it_scores() {
        // Proposal p1 always ends at 0, proposal p2 at 100. With two folds each is predicted from the other alone,
        // so the climatology puts all its mass on the wrong end: CRPS 100 and MAE 100 on every issue. Had a fold
        // seen its own proposal, the climatology would hold its own outcome and score below 100.
        List<ValidationCase> cases = List.of(issue("p1i1", 0.0, 50, 0), issue("p1i2", 0.0, 50, 0),
                issue("p2i1", 0.0, 50, 100), issue("p2i2", 0.0, 50, 100));
        PredictiveReport r = validation.crossValidate(cases, 10);
        assertThat(r.scheme()).isEqualTo(new PredictiveReport.CrossValidated(2, 2, 1L));
        PredictiveReport.Row clim = r.row("climatology");
        assertThat(clim.crps()).isCloseTo(100.0, within(1e-9));
        assertThat(clim.mae()).isCloseTo(100.0, within(1e-9));
        assertThat(clim.coverage90()).isZero();
        assertThat(clim.reference()).isTrue();
        assertThat(r.row("compromise").reference()).isTrue();
    }

    @Test
    void train_test_fits_on_the_training_file_only() {
        // Training: the compromise (= the one actor's position 50) always misses by +20, at spread 0.
        List<ValidationCase> train = new ArrayList<>();
        for (int i = 0; i < 30; i++) train.add(issue("t" + i, 0.0, 50, 70));
        // Test: the one issue ends at 70 with the same compromise point: the calibrated compromise is exact.
        PredictiveReport r = validation.trainTest(train, "train.csv", List.of(issue("x1", 0.0, 50, 70)));
        assertThat(r.scheme()).isEqualTo(new PredictiveReport.TrainTest("train.csv", 30));
        PredictiveReport.Row comp = r.row("compromise");
        assertThat(comp.n()).isEqualTo(1);
        assertThat(comp.crps()).as("residual +20 learned on training, so the predictive is the point 70").isCloseTo(0.0, within(1e-9));
        assertThat(comp.mae()).as("MAE reads the point itself").isCloseTo(20.0, within(1e-9));
        assertThat(r.row("climatology").crps()).isCloseTo(0.0, within(1e-9));
        // Changing the test outcome never changes what was fitted: the climatology still puts all mass on 70.
        PredictiveReport r2 = validation.trainTest(train, "train.csv", List.of(issue("x1", 0.0, 50, 10)));
        assertThat(r2.row("climatology").crps()).isCloseTo(60.0, within(1e-9));
        assertThat(r2.row("climatology").mae()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void models_that_need_a_reference_point_fall_back_to_the_compromise_and_say_so() {
        List<ValidationCase> cases = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            cases.add(issue("p" + p + "i1", 0.0, 40, 45));
            cases.add(issue("p" + p + "i2", null, 60, 55));
        }
        PredictiveReport r = validation.crossValidate(cases, 3);
        PredictiveReport.Row ws = r.row("win-set");
        assertThat(ws.n()).isEqualTo(12);
        assertThat(ws.own()).isEqualTo(6);
        assertThat(ws.fallback()).contains("compromise point on the 6 issues without a reference point");
        assertThat(r.row("compromise").own()).isEqualTo(12);
        assertThat(r.common().n()).isEqualTo(6);
        assertThat(r.defaults()).extracting(PredictiveReport.RuleDefault::rule).containsExactly("QMV");
        assertThat(r.row(r.defaults().getFirst().model()).obeysRule()).isTrue();
    }

    @Test
    void bootstrap_intervals_take_the_type_7_quantile() {
        // R: quantile(c(1, 2, 3, 4), c(0.025, 0.5, 0.975), type = 7) gives 1.075, 2.5, 3.925
        double[] sorted = {1, 2, 3, 4};
        assertThat(PredictiveValidation.quantile(sorted, 0.025)).isCloseTo(1.075, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(PredictiveValidation.quantile(sorted, 0.5)).isEqualTo(2.5);
        assertThat(PredictiveValidation.quantile(sorted, 0.975)).isCloseTo(3.925, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(PredictiveValidation.quantile(new double[] {7}, 0.975)).isEqualTo(7.0);
    }

    @Test
    void the_json_has_per_model_crps_coverage_mae_and_n_and_the_climatology_row() throws Exception {
        List<ValidationCase> cases = new ArrayList<>();
        for (int p = 0; p < 8; p++) cases.add(issue("p" + p + "i1", 0.0, 10 * p, 5 + 10 * p));
        JsonNode doc = new ObjectMapper().readTree(PredictiveRendering.json(validation.crossValidate(cases, 4)));
        assertThat(doc.path("scheme").path("folds").asInt()).isEqualTo(4);
        assertThat(doc.path("scheme").path("seed").asLong()).isEqualTo(1);
        for (JsonNode m : doc.path("models"))
            for (String field : List.of("name", "n", "crps", "coverage50", "coverage90", "mae", "crpsCi", "maeCi", "calibration"))
                assertThat(m.has(field)).as(m.path("name") + "." + field).isTrue();
        assertThat(doc.path("climatology").path("name").asText()).isEqualTo("climatology");
        assertThat(doc.path("climatology").path("n").asInt()).isEqualTo(8);
        assertThat(doc.path("models").get(0).path("calibration")).hasSize(PredictiveValidation.LEVELS.length);
    }

    @Test
    void a_group_column_overrides_the_proposal_read_from_the_id_and_must_agree_within_an_issue() {
        String header = String.join(",", ValidationCsv.HEADER) + ",group\n";
        ValidationCsv.Parsed ok = new ValidationCsv(0.74).read(new StringReader(header + """
                x1,QMV,10,40,A,20,50,2,,true,alpha
                x1,QMV,10,40,B,60,50,1,1,,alpha
                y1,QMV,10,40,A,20,50,2,,,
                """));
        assertThat(ok).isInstanceOf(ValidationCsv.Accepted.class);
        List<ValidationCase> cases = ((ValidationCsv.Accepted) ok).cases();
        assertThat(cases.get(0).group()).isEqualTo("alpha");
        assertThat(cases.get(1).group()).isEqualTo("y1");
        ValidationCsv.Parsed bad = new ValidationCsv(0.74).read(new StringReader(header + """
                x1,QMV,10,40,A,20,50,2,,true,alpha
                x1,QMV,10,40,B,60,50,1,1,,beta
                """));
        assertThat(bad).isInstanceOf(ValidationCsv.Rejected.class);
        assertThat(((ValidationCsv.Rejected) bad).errors().getFirst().toString()).contains("line 3").contains("group");
    }

    @Test
    void a_run_through_the_use_case_names_the_bad_training_file() {
        ForecastValidation.PredictiveOutcome o = ForecastValidation.runPredictive("test.csv", new StringReader(String.join(",", ValidationCsv.HEADER) + "\nx1,QMV,10,40,A,20,50,2,,true\n"),
                Optional.of(new ForecastValidation.Training("train.csv", new StringReader("nonsense\n"))), 0.74, ForecastModels.standard(), 10, 200, 1);
        assertThat(o).isInstanceOf(ForecastValidation.PredictiveRejected.class);
        assertThat(((ForecastValidation.PredictiveRejected) o).file()).isEqualTo("train.csv");
    }

    @Test
    void the_eu_procedure_gives_the_setter_its_best_point_that_the_council_and_the_parliament_prefer_to_the_reference() {
        ForecastIssue i = ForecastIssue.of("e1i1", "", "").withRule(DecisionRule.UNANIMITY).withReferencePoint(20)
                .withProposer(org.concord.forecast.model.ActorId.of("COM"));
        List<ActorInput> actors = List.of(new ActorInput(org.concord.forecast.model.ActorId.of("COM"), 100, 90, 4, 0, 0),
                new ActorInput(org.concord.forecast.model.ActorId.of("EP"), 40, 90, 4, 0, 0),
                ActorInput.voter("DE", 80, 50, 29), ActorInput.voter("FR", 90, 50, 29));
        ValidationCase c = new ValidationCase(i, actors, 50);
        // The Council's win-set of 20 under unanimity is [20, 140 -> 100]; the Parliament at 40 accepts [20, 60]: COM gets 60.
        var council = new org.concord.forecast.model.WinSet(20, 20, 100, List.of());
        assertThat(PointTable.coDecision(c, council)).hasValue(60.0);
        ForecastIssue open = ForecastIssue.of("e1i2", "", "").withRule(DecisionRule.UNANIMITY).withReferencePoint(20);
        assertThat(PointTable.coDecision(new ValidationCase(open, actors, 50), council)).as("no setter, no procedural point").isEmpty();
    }

    @Test
    void the_stacked_point_learns_a_bias_of_the_compromise_from_other_proposals_only() {
        List<ValidationCase> cases = new ArrayList<>();
        for (int p = 0; p < 30; p++)
            for (int k = 1; k <= 2; k++) cases.add(issue("p" + p + "i" + k, 40.0, 20 + p, 30 + p));
        var report = validation.crossValidate(cases, 5);
        var stacked = report.models().stream().filter(r -> r.name().equals("stacked")).findFirst().orElseThrow();
        var compromise = report.models().stream().filter(r -> r.name().equals("compromise")).findFirst().orElseThrow();
        assertThat(compromise.mae()).isCloseTo(10, within(1e-9));
        assertThat(stacked.mae()).as("outcome = compromise + 10 everywhere: the regression learns it").isLessThan(1.0);
        assertThat(stacked.obeysRule()).isFalse();
        assertThat(report.defaults()).noneMatch(d -> d.model().equals("stacked") || d.model().equals("eu-procedure"));
    }
}
