package org.concord.forecast.application;

import org.concord.forecast.model.IssueId;

import java.util.List;
import java.util.Optional;

/** The forecast issues, stored. */
public interface ForecastIssues {
    /** Every issue, in the order they were defined. */
    List<IssueDefinition> all();

    Optional<IssueDefinition> find(IssueId id);

    /** Stores a new issue; the id must be free. */
    void insert(IssueDefinition issue);
}
