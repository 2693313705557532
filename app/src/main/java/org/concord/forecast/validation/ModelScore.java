package org.concord.forecast.validation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** How one model did on the validation cases. */
sealed interface ModelScore permits ModelScore.Scored, ModelScore.Unscored {

    String name();

    /** Issues the model skipped, each as {@code "issue: reason"}. */
    List<String> skips();

    /**
     * @param name         the model's name
     * @param n            issues predicted, at least 1
     * @param mae          mean absolute error in scale points
     * @param rmse         root mean squared error
     * @param maeUnanimity MAE over the unanimity issues predicted, empty if there were none
     * @param maeCiLow     2.5th percentile of the bootstrapped MAE
     * @param maeCiHigh    97.5th percentile of the bootstrapped MAE
     * @param skips        issues skipped, with the reason
     */
    record Scored(String name, int n, double mae, double rmse, OptionalDouble maeUnanimity, double maeCiLow,
                  double maeCiHigh, List<String> skips) implements ModelScore {
        public Scored {
            Objects.requireNonNull(name, "name");
            if (n < 1) throw new IllegalArgumentException("n must be at least 1, was " + n);
            if (!(mae >= 0 && rmse >= mae - 1e-9)) throw new IllegalArgumentException("need 0 <= MAE <= RMSE, were " + mae + ", " + rmse);
            if (!(maeCiLow <= maeCiHigh)) throw new IllegalArgumentException("CI [" + maeCiLow + ", " + maeCiHigh + "] is reversed or NaN");
            Objects.requireNonNull(maeUnanimity, "maeUnanimity");
            skips = List.copyOf(skips);
        }
    }

    /**
     * The model skipped every issue.
     *
     * @param name  the model's name
     * @param skips the issues, with the reason, not empty
     */
    record Unscored(String name, List<String> skips) implements ModelScore {
        public Unscored {
            Objects.requireNonNull(name, "name");
            skips = List.copyOf(skips);
        }
    }
}
