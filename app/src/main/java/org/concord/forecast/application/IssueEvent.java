package org.concord.forecast.application;

import java.util.List;
import java.util.Objects;

/** What happened to a forecast issue after it was defined, as the journal records it (subject {@code issue:<id>}). */
public sealed interface IssueEvent {
    /** The journal subject of an issue's events. */
    static String subject(String issueId) { return ForecastEvents.issueSubject(issueId); }

    /**
     * An issue was revised: what changed, why, on which sources, and the issue as it now reads.
     *
     * @param issue          the issue id
     * @param changes        each field changed, with its value before and after
     * @param reason         why, in a sentence or two
     * @param sources        source keys of the reason, possibly empty
     * @param correction     the set of corrections it belongs to when Concord corrected data it loaded, else null
     * @param revised        the issue as it reads after the revision
     * @param classification the issue's marking (the journal filters the entry by it)
     */
    record IssueRevised(String issue, List<FieldChange> changes, String reason, List<String> sources, String correction,
                        IssueData revised, String classification) implements IssueEvent {
        public static final String TYPE = "IssueRevised";

        public IssueRevised {
            Objects.requireNonNull(issue, "issue");
            changes = List.copyOf(changes);
            if (changes.isEmpty()) throw new IllegalArgumentException("a revision of issue " + issue + " must change something");
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a revision of issue " + issue + " needs a reason");
            sources = sources == null ? List.of() : List.copyOf(sources);
            Objects.requireNonNull(revised, "revised");
            Objects.requireNonNull(classification, "classification");
        }
    }

    /** One field of an issue changed: its wire name and values (null where it had none). */
    record FieldChange(String field, Object before, Object after) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
        }
    }
}
