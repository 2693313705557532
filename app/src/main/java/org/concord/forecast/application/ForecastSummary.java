package org.concord.forecast.application;

import java.time.Instant;

/**
 * One line of the list of stored forecasts.
 *
 * @param median the median of the model's predicted point, null if the model skipped the issue
 */
public record ForecastSummary(long id, String issue, Instant at, String by, String model, String modelVersion, int runs, long seed,
                              String status, Double proposalPasses, Double statusQuoHolds, Double compromise, Double median,
                              String classification) {

    static ForecastSummary of(ForecastData f) {
        ForecastData.Results r = f.results();
        return new ForecastSummary(f.id(), f.issue(), f.at(), f.by(), f.model(), f.modelVersion(), f.runs(), f.seed(), r.status(),
                r.proposalPasses(), r.statusQuoHolds(), r.compromise(), r.outcome() == null ? null : r.outcome().p50(), f.classification());
    }
}
