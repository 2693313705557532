package org.concord.forecast.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.concord.forecast.model.ActorId;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastModels;
import org.junit.jupiter.api.Test;

class ValidationCsvTest {
    private static final String HEADER = "issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n";

    private static ValidationCsv.Parsed read(String body) {
        return new ValidationCsv(ValidationCsv.DEFAULT_QMV_THRESHOLD).read(new StringReader(HEADER + body));
    }

    private static List<RowError> errors(ValidationCsv.Parsed p) {
        assertThat(p).isInstanceOf(ValidationCsv.Rejected.class);
        return ((ValidationCsv.Rejected) p).errors();
    }

    private static List<ValidationCase> cases(ValidationCsv.Parsed p) {
        assertThat(p).isInstanceOf(ValidationCsv.Accepted.class);
        return ((ValidationCsv.Accepted) p).cases();
    }

    @Test
    void a_well_formed_file_gives_one_case_per_issue_with_defaults_applied() {
        List<ValidationCase> cases = cases(read("""
                i1,QMV,10,40,A,20,50,2,,true
                i1,QMV,10,40,B,60,50,1,0,
                i1,QMV,10,40,C,,,,,false
                i2,unanimity,,55,A,30,10,1,3,false
                """));
        assertThat(cases).hasSize(2);
        ValidationCase i1 = cases.getFirst();
        assertThat(i1.issue().rule()).isEqualTo(DecisionRule.qmv(0.74));
        assertThat(i1.issue().referencePoint().getAsDouble()).isEqualTo(10.0);
        assertThat(i1.issue().proposer()).contains(ActorId.of("A"));
        assertThat(i1.actors()).extracting(a -> a.id().value()).containsExactly("A", "B");
        assertThat(i1.actors().get(0).voteWeight()).isEqualTo(1.0);
        assertThat(i1.actors().get(1).votes()).isFalse();
        assertThat(cases.get(1).issue().referencePoint()).isEmpty();
        assertThat(cases.get(1).unanimity()).isTrue();
    }

    @Test
    void a_bad_row_is_reported_with_its_line_number_and_field_and_nothing_is_scored() {
        String csv = "# a comment line\n" + HEADER + """
                i1,UNANIMITY,10,40,A,20,50,1,1,false
                i1,UNANIMITY,10,40,B,120,50,1,1,false
                """;
        ForecastValidation.PredictiveOutcome outcome = ForecastValidation.runPredictive("cases.csv", new StringReader(csv), java.util.Optional.empty(),
                0.74, ForecastModels.standard(), 10, 200, 1L);
        assertThat(outcome).isInstanceOfSatisfying(ForecastValidation.PredictiveRejected.class, r -> {
            assertThat(r.file()).isEqualTo("cases.csv");
            assertThat(r.errors()).containsExactly(new RowError(4, "position", "must be 0-100, was 120"));
        });
    }

    @Test
    void every_bad_row_is_collected_not_just_the_first() {
        List<RowError> errors = errors(read("""
                i1,UNANIMITY,10,40,A,NaN,50,1,1,false
                i1,SOMETIMES,10,40,B,20,50,1,1,false
                i1,UNANIMITY,10,40,C,20,50,0,1,false
                i1,UNANIMITY,10,40,D,20,50,1,-1,yes
                i1,UNANIMITY,10,40,E,20,50,1
                """));
        assertThat(errors).extracting(RowError::line, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "position"), org.assertj.core.groups.Tuple.tuple(3L, "rule"),
                org.assertj.core.groups.Tuple.tuple(4L, "capability"), org.assertj.core.groups.Tuple.tuple(5L, "vote_weight"),
                org.assertj.core.groups.Tuple.tuple(5L, "proposer"), org.assertj.core.groups.Tuple.tuple(6L, "row"));
        assertThat(errors.getFirst().reason()).contains("'NaN'");
    }

    @Test
    void issue_level_fields_must_agree_across_the_rows_of_an_issue() {
        List<RowError> errors = errors(read("""
                i1,UNANIMITY,10,40,A,20,50,1,1,true
                i1,MAJORITY,,41,B,20,50,1,1,true
                i1,UNANIMITY,10,40,A,30,50,1,1,false
                """));
        assertThat(errors).extracting(RowError::field)
                .containsExactly("rule", "reference_point", "outcome", "proposer", "actor");
        assertThat(errors.get(3).reason()).contains("line 2");
    }

    @Test
    void an_issue_everyone_sits_out_or_a_proposer_without_a_position_is_refused() {
        assertThat(errors(read("i1,UNANIMITY,10,40,A,,,,,false\n"))).extracting(RowError::field).containsExactly("position");
        assertThat(errors(read("i1,UNANIMITY,10,40,A,,,,,true\ni1,UNANIMITY,10,40,B,5,5,5,,\n"))).extracting(RowError::field)
                .containsExactly("proposer");
    }

    @Test
    void a_wrong_header_or_an_empty_file_is_refused() {
        assertThat(errors(new ValidationCsv(0.74).read(new StringReader("issue,rule\n")))).extracting(RowError::field).containsExactly("header");
        assertThat(errors(new ValidationCsv(0.74).read(new StringReader("")))).extracting(RowError::field).containsExactly("header");
    }

    @Test
    void the_development_sample_parses_into_ten_issues() throws Exception {
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/forecast/validation-sample.csv"), java.nio.charset.StandardCharsets.UTF_8)) {
            List<ValidationCase> cases = cases(new ValidationCsv(0.74).read(in));
            assertThat(cases).hasSize(10);
            assertThat(cases.stream().filter(c -> c.issue().referencePoint().isEmpty())).hasSize(1);
        }
    }
}
