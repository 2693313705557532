package org.concord.forecast.model;

import java.util.Objects;

/**
 * One actor of the expected-utility model. capability > 0, salience in [0,1] (callers convert 0-100 salience by /100),
 * position any finite number.
 *
 * <p>Capability is a relative weight: the model only uses ratios of {@code capability * salience}, so capabilities on
 * any positive scale give the same forecast. Salience, by contrast, is used as a probability (the chance that the
 * actor resists a challenge) and must already be a fraction.
 *
 * @param name       the actor's label, must not be null or blank; names need not be unique
 * @param capability the actor's power to influence the outcome, must be finite and {@code > 0}
 * @param position   the actor's preferred outcome on the issue scale, must be finite
 * @param salience   how much the actor cares about the issue, must be in {@code [0, 1]}
 */
public record BdmActor(String name, double capability, double position, double salience) {

    /**
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank, {@code capability} is not a finite number above zero,
     *                                  {@code position} is not finite, or {@code salience} is outside {@code [0, 1]}
     *                                  (NaN included); the message names the offending value
     */
    public BdmActor {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        if (!(capability > 0 && capability < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "capability of " + name + " must be a finite number > 0, was " + capability);
        }
        if (!Double.isFinite(position)) {
            throw new IllegalArgumentException("position of " + name + " must be finite, was " + position);
        }
        if (!(salience >= 0 && salience <= 1)) {
            throw new IllegalArgumentException(
                    "salience of " + name + " must be in [0, 1] (divide 0-100 scores by 100), was " + salience);
        }
    }
}
