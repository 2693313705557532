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
 */
public record ValidationCase(ForecastIssue issue, List<ActorInput> actors, double outcome) {
    public ValidationCase {
        Objects.requireNonNull(issue, "issue");
        actors = List.copyOf(actors);
        if (actors.isEmpty()) throw new IllegalArgumentException("issue " + issue.id() + " needs at least one actor");
        if (!(outcome >= 0 && outcome <= 100))
            throw new IllegalArgumentException("outcome of issue " + issue.id() + " must be on the 0-100 scale, was " + outcome);
    }

    public boolean unanimity() { return issue.rule() instanceof DecisionRule.Unanimity; }
}
