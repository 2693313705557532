package org.concord.forecast.application;

/** What running a stored forecast's inputs again gave. */
public sealed interface Reproduction permits Reproduction.Identical, Reproduction.Differs {

    ForecastData stored();

    /** The same numbers, to the last bit. */
    record Identical(ForecastData stored) implements Reproduction {}

    /**
     * Other numbers, or the model has moved on.
     *
     * @param reason what differs
     * @param again  the results of the new run, or null when the model or its version has changed and nothing was run
     */
    record Differs(ForecastData stored, String reason, ForecastData.Results again) implements Reproduction {}
}
