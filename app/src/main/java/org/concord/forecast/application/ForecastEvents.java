package org.concord.forecast.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.journal.EventType;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;

import java.util.List;
import java.util.Optional;

/**
 * Forecasting's part of the journal contract: a defined issue ({@link #ISSUE_DEFINED}, payload {@link IssueData}) and
 * a stored forecast ({@link #FORECAST_STORED}, payload {@link ForecastService.ForecastStored}), under the subjects
 * {@code issue:<id>} and {@code forecast:<id>} that only this class spells (stances are journaled under their
 * issue's subject too).
 */
public final class ForecastEvents {
    /** An analyst or the chair defined a forecast issue. */
    public static final String ISSUE_DEFINED = "ForecastIssueDefined";
    /** A forecast run was stored. */
    public static final String FORECAST_STORED = "ForecastStored";
    private static final String ISSUE = "issue:";
    private static final String FORECAST = "forecast:";

    /** Every event type forecasting journals, with the schema version it writes now. */
    public static final List<EventType> TYPES = List.of(new EventType(ISSUE_DEFINED, 1), new EventType(FORECAST_STORED, 1));

    private ForecastEvents() {}

    /** The journal subject of a forecast issue (its definition and the stances reported on it). */
    public static String issueSubject(String issue) { return ISSUE + issue; }

    static String forecastSubject(String forecast) { return FORECAST + forecast; }

    /** The issue a journal subject names (its definition, revisions and stances); empty when it names none. */
    public static Optional<String> issueOf(String subject) {
        return subject.startsWith(ISSUE) ? Optional.of(subject.substring(ISSUE.length())) : Optional.empty();
    }

    /** The stored forecast a journal subject names; empty when it names none. */
    public static Optional<String> forecastOf(String subject) {
        return subject.startsWith(FORECAST) ? Optional.of(subject.substring(FORECAST.length())) : Optional.empty();
    }

    /**
     * The marking an intelligence entry (an issue's or a forecast's subject) was recorded with; entries from before
     * markings existed are not assumed public.
     *
     * @return empty when the entry is not under an issue's or a forecast's subject
     */
    public static Optional<String> classificationOf(Journal journal, JournalEntry e) {
        if (!e.subject().startsWith(ISSUE) && !e.subject().startsWith(FORECAST)) return Optional.empty();
        JsonNode node = journal.payload(e, JsonNode.class);
        return Optional.of(node.hasNonNull("classification") ? node.get("classification").asText() : "NATO UNCLASSIFIED");
    }
}
