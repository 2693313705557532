package org.concord.store;

import org.concord.boot.Concord;
import org.concord.forecast.application.ForecastData;
import org.concord.forecast.application.ForecastId;
import org.concord.forecast.application.ForecastRequestData;
import org.concord.forecast.application.Reproduction;
import org.concord.forecast.model.IssueId;
import org.concord.intel.StanceData;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.testing.Fixtures.ADMIN;
import static org.concord.testing.Fixtures.ANALYST;

/** Forecast issues, reported stances and stored forecasts on both databases, through the same migrations (V4). */
class ForecastStoreIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void issues_stances_and_forecasts_read_back_as_written_and_a_stored_forecast_reproduces(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            assertThat(c.forecasts().issues(ADMIN)).hasSize(4);
            assertThat(c.stances().list(ADMIN, Optional.empty())).hasSize(12);
            StanceData recorded = c.stances().record(ANALYST, new StanceData(null, "ankara-partners", "POL", null, "2026-03-01",
                    "a Polish official, to a newspaper", "C3", "one official", 90.0, "Ukraine belongs at the table", "note", List.of("S17")));
            assertThat(c.stances().list(ADMIN, Optional.of(IssueId.of("ankara-partners")))).contains(recorded);

            ForecastData run = c.forecasts().run(ANALYST, new ForecastRequestData("ankara-partners", 2_000, 11L, "nash-bargaining", "2026-03-02"), d -> { });
            ForecastData read = c.forecasts().forecast(ADMIN, new ForecastId(run.id()));
            assertThat(read).isEqualTo(run);
            assertThat(read.inputs().stances()).contains(recorded.id());
            assertThat(c.forecasts().forecasts(ADMIN, Optional.empty())).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(run.id()));
            assertThat(c.forecasts().reproduce(ANALYST, new ForecastId(run.id()))).isInstanceOf(Reproduction.Identical.class);
        }
    }
}
