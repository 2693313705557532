package org.concord.forecast.validation;

import java.util.List;
import java.util.Objects;

import org.concord.forecast.model.ActorInput;
import org.concord.forecast.model.DecisionRule;
import org.concord.forecast.model.ForecastIssue;

/**
 * A past issue with its coded outcome, to score models against.
 *
 * @param issue   the issue as it stood before the decision, must not be null
 * @param actors  the actors who took part (those who sat it out are left out), not empty
 * @param outcome the coded outcome on 0-100
 * @param group   the proposal the issue belongs to (issues of one proposal are never split between training and
 *                test), not blank; by default the issue id without a trailing {@code i<n>} (see {@link #proposalOf})
 */
record ValidationCase(ForecastIssue issue, List<ActorInput> actors, double outcome, String group) {
    private static final java.util.regex.Pattern ISSUE_SUFFIX = java.util.regex.Pattern.compile("i\\d+$");

    public ValidationCase {
        Objects.requireNonNull(issue, "issue");
        if (group == null || group.isBlank()) throw new IllegalArgumentException("group of issue " + issue.id() + " must not be blank");
        actors = List.copyOf(actors);
        if (actors.isEmpty()) throw new IllegalArgumentException("issue " + issue.id() + " needs at least one actor");
        if (!(outcome >= 0 && outcome <= 100))
            throw new IllegalArgumentException("outcome of issue " + issue.id() + " must be on the 0-100 scale, was " + outcome);
    }

    /** A case grouped by its proposal as {@link #proposalOf} reads it from the id. */
    ValidationCase(ForecastIssue issue, List<ActorInput> actors, double outcome) {
        this(issue, actors, outcome, proposalOf(issue.id().value()));
    }

    /**
     * The proposal of an issue id: the id without a trailing {@code i<n>} (DEU ids: {@code d00184i2} is issue 2 of
     * proposal {@code d00184}); an id without such a suffix is a proposal of its own.
     */
    static String proposalOf(String issueId) {
        String p = ISSUE_SUFFIX.matcher(issueId).replaceFirst("");
        return p.isEmpty() ? issueId : p;
    }

    boolean unanimity() { return issue.rule() instanceof DecisionRule.Unanimity; }
}
