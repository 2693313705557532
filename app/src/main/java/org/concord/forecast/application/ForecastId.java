package org.concord.forecast.application;

/**
 * Names a stored forecast: the number the store gave it.
 *
 * @param value at least 1
 */
public record ForecastId(long value) {
    public ForecastId {
        if (value < 1) throw new IllegalArgumentException("forecast id must be a whole number of at least 1, was " + value);
    }

    /** @throws IllegalArgumentException naming the text if it is not a whole number of at least 1 */
    public static ForecastId parse(String text) {
        try {
            return new ForecastId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("forecast id '" + text + "' must be a whole number of at least 1");
        }
    }

    @Override public String toString() { return Long.toString(value); }
}
