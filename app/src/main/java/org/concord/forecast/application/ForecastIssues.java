package org.concord.forecast.application;

import org.concord.forecast.model.IssueId;

import java.util.List;
import java.util.Optional;

/** The forecast issues, stored. */
public interface ForecastIssues {
    /** Every issue, in the order they were defined. */
    List<Marked> all();

    Optional<Marked> find(IssueId id);

    /** Stores a new issue with its marking (canonical text); the id must be free. */
    void insert(IssueDefinition issue, String classification);

    /** Replaces a stored issue's definition (same id); its marking and place in the order stay. */
    void update(IssueDefinition issue);

    /** An issue with its marking. */
    record Marked(IssueDefinition issue, String classification) {}
}
