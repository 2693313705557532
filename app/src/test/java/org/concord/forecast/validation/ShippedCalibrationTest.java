package org.concord.forecast.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastModels;
import org.concord.forecast.model.ResidualCalibration;
import org.junit.jupiter.api.Test;

/** What forecasts are calibrated with and which model they default to are both recomputed from the DEU data. */
class ShippedCalibrationTest {
    static final Path DEU = Path.of("../../shared/reference/forecasting/deu/deu3-dev.csv");
    static final String SOURCE = "DEU III development half (Thomson et al. 2012; EU Council issues of 1999-2009 with a reference point; QMV threshold 0.74)";

    private static List<ValidationCase> deu() throws Exception {
        try (Reader r = Files.newBufferedReader(DEU)) {
            return ((ValidationCsv.Accepted) new ValidationCsv(ValidationCsv.DEFAULT_QMV_THRESHOLD).read(r)).cases();
        }
    }

    @Test
    void the_shipped_calibration_is_exactly_what_calibrate_writes_from_the_deu_development_half() throws Exception {
        String shipped;
        try (var in = ShippedCalibrationTest.class.getResourceAsStream("/forecast/calibration.csv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(CalibrationFile.write(deu(), ForecastModels.standard(), SOURCE));
        Map<String, ResidualCalibration> cal;
        try (var in = ShippedCalibrationTest.class.getResourceAsStream("/forecast/calibration.csv")) {
            cal = CalibrationFile.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(cal).containsOnlyKeys("compromise", "win-set", "nash-bargaining", "expected-utility");
        // 121 of the 178 issues have a reference point, 24 of them decided by unanimity: enough for a stratum of its own.
        assertThat(cal.get("win-set").count("UNANIMITY")).isEqualTo(24);
        assertThat(cal.get("win-set").stratumFor("UNANIMITY")).isEqualTo("UNANIMITY");
        assertThat(cal.get("win-set").count("QMV")).isEqualTo(97);
        assertThat(cal.get("compromise").source()).isEqualTo(SOURCE);
    }

    @Test
    void the_default_model_per_rule_is_the_one_grouped_cross_validation_picks_on_the_deu_development_half() throws Exception {
        PredictiveReport r = new PredictiveValidation(ForecastModels.standard(), 200, 1).crossValidate(deu(), PredictiveValidation.DEFAULT_FOLDS);
        for (PredictiveReport.RuleDefault d : r.defaults()) {
            DecisionRule rule = d.rule().equals("QMV") ? DecisionRule.qmv(0.74) : DecisionRule.UNANIMITY;
            assertThat(ForecastModels.defaultFor(rule)).as(d.rule()).isEqualTo(d.forecastModel());
        }
        assertThat(r.defaults()).extracting(PredictiveReport.RuleDefault::rule).containsExactly("QMV", "UNANIMITY");
    }
}
