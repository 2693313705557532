package org.concord.forecast.application;

import org.concord.forecast.model.IssueId;

import java.util.List;
import java.util.Optional;

/** Stored forecasts: each with its inputs, seed, model and version, and its results. Never changed once stored. */
public interface Forecasts {
    /** Stores {@code forecast} (its {@code id} is ignored) and returns the id it got. */
    ForecastId insert(ForecastData forecast);

    Optional<ForecastData> find(ForecastId id);

    /** Forecasts of one issue, or of all when empty; newest first. */
    List<ForecastData> list(Optional<IssueId> issue);

    /** The {@code limit} newest forecasts, newest first. */
    List<ForecastData> latest(int limit);
}
