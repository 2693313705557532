package org.concord.forecast.application;

/**
 * A request to run a forecast (the body of {@code POST /forecasts}).
 *
 * @param issue the issue id, required
 * @param runs  Monte Carlo draws, 1 to {@value ForecastService#MAX_RUNS} (default {@value ForecastService#DEFAULT_RUNS})
 * @param seed  seed of the draws (default {@value ForecastService#DEFAULT_SEED}); the same seed gives the same numbers
 * @param model compromise, win-set, nash-bargaining or expected-utility (default: {@link org.concord.forecast.model.ForecastModels#defaultFor} the issue's rule)
 * @param asOf  YYYY-MM-DD: the date the reported stances are weighed at (default today); reports after it are not counted
 */
public record ForecastRequestData(String issue, Integer runs, Long seed, String model, String asOf) {}
