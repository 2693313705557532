package org.concord.forecast.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Folds for cross-validation grouped by proposal: every issue of a proposal falls in the same fold, so no proposal is
 * ever both trained and tested on. The distinct groups are sorted, shuffled by Fisher-Yates with a
 * {@link SplittableRandom} of the given seed, and dealt round-robin to the folds.
 */
final class GroupedFolds {
    private final int[] foldOf;
    private final int folds;
    private final int groups;

    /**
     * @param groups    the group of each case, in case order, not empty
     * @param requested folds wanted, at least 2; fewer are used when there are fewer groups
     * @param seed      seed of the shuffle
     * @throws IllegalArgumentException if there are fewer than two groups or fewer than 2 folds are requested
     */
    GroupedFolds(List<String> groups, int requested, long seed) {
        if (requested < 2) throw new IllegalArgumentException("folds must be at least 2, was " + requested);
        List<String> distinct = new ArrayList<>(new TreeSet<>(groups));
        if (distinct.size() < 2)
            throw new IllegalArgumentException("cross-validation by proposal needs at least two proposals, found " + distinct.size());
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = distinct.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            String t = distinct.get(i);
            distinct.set(i, distinct.get(j));
            distinct.set(j, t);
        }
        this.folds = Math.min(requested, distinct.size());
        this.groups = distinct.size();
        java.util.Map<String, Integer> fold = new java.util.HashMap<>();
        for (int k = 0; k < distinct.size(); k++) fold.put(distinct.get(k), k % folds);
        foldOf = groups.stream().mapToInt(fold::get).toArray();
    }

    /** Folds used. */
    int folds() { return folds; }

    /** Distinct groups. */
    int groups() { return groups; }

    /** The fold of case {@code i}. */
    int foldOf(int i) { return foldOf[i]; }
}
