package org.concord.forecast.validation;

import java.util.List;
import java.util.Objects;

/**
 * The scores of every model on a validation set.
 *
 * @param issues     number of issues in the set
 * @param resamples  bootstrap resamples behind each confidence interval
 * @param seed       seed of the bootstrap
 * @param scores     one per model in the order given, then the leave-one-out ensemble (named {@code ensemble})
 * @param verdict    whether the ensemble earns its place
 */
record ValidationReport(int issues, int resamples, long seed, List<ModelScore> scores, EnsembleVerdict verdict) {
    public ValidationReport {
        scores = List.copyOf(scores);
        Objects.requireNonNull(verdict, "verdict");
    }
}
