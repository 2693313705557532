package org.concord.intel;

import org.concord.forecast.model.IssueId;

import java.util.List;
import java.util.Optional;

/** The reported stances, stored. */
public interface Stances {
    /** A stored stance with the id it got. */
    record Recorded(StanceId id, ReportedStance stance, String classification) {}

    /** Stores a stance and returns its id. */
    StanceId insert(ReportedStance stance, String classification);

    /** The stances on one issue, or on all when empty; by issue, date reported, then id. */
    List<Recorded> list(Optional<IssueId> issue);
}
