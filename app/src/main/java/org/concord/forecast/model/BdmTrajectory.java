package org.concord.forecast.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rounds of the model: positions.get(r) are the actors' positions after round r (index 0 = input), medians.get(r) the
 * weighted median after round r.
 *
 * <p>Positions are listed in the order of the actors given to {@link ExpectedUtilityModel#run(List)}. Both lists are
 * copied into unmodifiable lists.
 *
 * @param positions per round, the actors' positions; must not be null or empty, every round must list the same number
 *                  of finite positions
 * @param medians   per round, the weighted median as defined by {@link ExpectedUtilityModel#weightedMedian(List)};
 *                  must not be null, must have one finite entry per round of {@code positions}
 */
public record BdmTrajectory(List<List<Double>> positions, List<Double> medians) {

    /**
     * @throws NullPointerException     if a list or an element is null
     * @throws IllegalArgumentException if there is no round, the two lists differ in length, the rounds differ in
     *                                  actor count, or a value is not finite; the message names the offending value
     */
    public BdmTrajectory {
        Objects.requireNonNull(positions, "positions must not be null");
        Objects.requireNonNull(medians, "medians must not be null");
        if (positions.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs at least the input round, positions was empty");
        }
        if (positions.size() != medians.size()) {
            throw new IllegalArgumentException("positions has " + positions.size()
                    + " rounds but medians has " + medians.size());
        }
        List<List<Double>> copied = new ArrayList<>(positions.size());
        int actors = positions.get(0).size();
        for (int round = 0; round < positions.size(); round++) {
            List<Double> row = List.copyOf(positions.get(round));
            if (row.size() != actors) {
                throw new IllegalArgumentException("round " + round + " lists " + row.size()
                        + " positions, round 0 lists " + actors);
            }
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("position in round " + round + " must be finite, was " + x);
                }
            }
            double median = medians.get(round);
            if (!Double.isFinite(median)) {
                throw new IllegalArgumentException("median of round " + round + " must be finite, was " + median);
            }
            copied.add(row);
        }
        positions = List.copyOf(copied);
        medians = List.copyOf(medians);
    }

    /** @return the weighted median after the last round (the input median if the trajectory has a single round) */
    double finalMedian() {
        return medians.get(medians.size() - 1);
    }
}
