package org.concord.forecast.application;

import org.concord.shared.InvalidInput;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Costly requests have limits that still admit the work the desk is meant for (issue 8, section 6). */
class ForecastLimitsIT {

    @Test
    void a_thousand_draw_expected_utility_forecast_of_a_hundred_actors_is_admitted_and_one_more_draw_is_not() {
        assertThatCode(() -> ForecastService.checkCost("expected-utility", 1_000, 100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ForecastService.checkCost("expected-utility", 1_001, 100)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("runs").hasMessageContaining("at most 1000 draws").hasMessageContaining("draws x actors² <= 10000000");
        assertThatThrownBy(() -> ForecastService.checkCost("expected-utility", 10_000, 32)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_other_models_admit_a_hundred_thousand_draws_of_a_hundred_actors() {
        assertThatCode(() -> ForecastService.checkCost("compromise", 100_000, 100)).doesNotThrowAnyException();
        assertThatCode(() -> ForecastService.checkCost("nash-bargaining", 10_000, 300)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ForecastService.checkCost("win-set", 100_000, 101)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("draws x actors <= 10000000");
    }

    @Test
    void runs_above_the_cap_are_refused_naming_runs() {
        try (var c = Fixtures.loaded(TestDatabases.Kind.H2)) {
            assertThatThrownBy(() -> c.forecasts().run(Fixtures.ANALYST, new ForecastRequestData("nmi-end", 200_000, 1L, null, null), d -> { }))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("runs").hasMessageContaining("1 to 100000");
            assertThatThrownBy(() -> c.forecasts().run(Fixtures.ANALYST, new ForecastRequestData("nmi-end", 10_000, 1L, "expected-utility", null), d -> { }))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("at most 9765 draws");
        }
    }

    @Test
    void the_deu3_development_file_is_within_the_validation_caps_and_a_larger_one_is_refused_before_scoring() throws Exception {
        Path deu3 = Path.of("..", "..", "shared", "reference", "forecasting", "deu", "deu3-dev.csv");
        if (!Files.exists(deu3)) deu3 = Path.of("..", "shared", "reference", "forecasting", "deu", "deu3-dev.csv");
        String text = Files.readString(deu3);
        assertThat(text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count()).isEqualTo(3464); // the header and 3,463 rows
        assertThatCode(() -> ForecastService.checkValidationSize("cases", text)).doesNotThrowAnyException();

        StringBuilder wide = new StringBuilder("issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n");
        for (int i = 0; i < 501; i++) wide.append("big,UNANIMITY,,50,A").append(i).append(",50,50,1,1,\n");
        assertThatThrownBy(() -> ForecastService.checkValidationSize("cases", wide.toString())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("more than 500 actors");
        StringBuilder tall = new StringBuilder("issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n");
        for (int i = 0; i < 20_001; i++) tall.append("c").append(i / 10).append(",UNANIMITY,,50,A").append(i % 10).append(",50,50,1,1,\n");
        assertThatThrownBy(() -> ForecastService.checkValidationSize("train", tall.toString())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("more than 20000 rows");
    }

    @Test
    void the_predictive_validation_refuses_a_file_over_the_caps_by_its_name_before_scoring() {
        StringBuilder tall = new StringBuilder("issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n");
        for (int i = 0; i < 20_001; i++) tall.append("c").append(i / 10).append(",UNANIMITY,,50,A").append(i % 10).append(",50,50,1,1,\n");
        String small = "issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n"
                + "a1,UNANIMITY,,50,A,40,50,1,1,\na1,UNANIMITY,,50,B,60,50,1,1,\n";
        try (var c = Fixtures.loaded(TestDatabases.Kind.H2)) {
            InvalidInput cases = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> c.forecasts().validatePredictive(
                    Fixtures.ANALYST, "tall.csv", new java.io.StringReader(tall.toString()), java.util.Optional.empty(), 0.74, 10, 1L));
            assertThat(cases.violations()).extracting(org.concord.shared.Violation::field).containsExactly("cases");
            assertThat(cases.violations().getFirst().reason()).contains("more than 20000 rows");
            InvalidInput train = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> c.forecasts().validatePredictive(
                    Fixtures.ANALYST, "small.csv", new java.io.StringReader(small),
                    java.util.Optional.of(new org.concord.forecast.validation.ForecastValidation.Training("tall.csv", new java.io.StringReader(tall.toString()))),
                    0.74, 10, 1L));
            assertThat(train.violations()).extracting(org.concord.shared.Violation::field).containsExactly("train");
        }
    }
}
