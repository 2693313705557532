package org.concord.forecast.model;

/**
 * What is known about an actor's position: a normal belief on the 0-100 scale.
 *
 * @param mean            the expected position, on 0-100
 * @param sd              the standard deviation, finite and at least 0
 * @param flaggedNoReport true when no report backs the estimate and it is the configured wide prior, so that a
 *                        reader sees the actor's position is a guess
 */
public record PositionEstimate(double mean, double sd, boolean flaggedNoReport) {
    public PositionEstimate {
        Scale.check("estimated mean position", mean);
        if (!(sd >= 0 && sd < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("standard deviation must be finite and at least 0, was " + sd);
    }

    /** A position known exactly. */
    static PositionEstimate exact(double position) { return new PositionEstimate(position, 0, false); }
}
