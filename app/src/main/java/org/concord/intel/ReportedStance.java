package org.concord.intel;

import org.concord.forecast.model.AdmiraltyGrade;
import org.concord.forecast.model.IssueId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stance reported on a forecast issue: who is said to want what, when, from which source and how well graded.
 *
 * @param issue      the issue, must not be null
 * @param subject    the ally or group the report is about, must not be null
 * @param reportedOn when it was reported, must not be null
 * @param source     who said it, to whom (e.g. "NATO diplomat #2, to Politico"), not blank
 * @param grade      the Admiralty grade, must not be null
 * @param gradeNote  why that grade, if noted
 * @param position   the position the analyst reads into the report, on the issue's 0-100 scale
 * @param quote      the words reported, not blank
 * @param note       the analyst's note, if any
 * @param sources    source keys of the reference catalogue, never null
 */
public record ReportedStance(IssueId issue, StanceSubject subject, LocalDate reportedOn, String source, AdmiraltyGrade grade,
                             Optional<String> gradeNote, double position, String quote, Optional<String> note, List<String> sources) {
    public ReportedStance {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reportedOn, "reportedOn");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gradeNote, "gradeNote");
        if (!(position >= 0 && position <= 100)) throw new IllegalArgumentException("position must be on the 0-100 scale, was " + position);
        if (quote == null || quote.isBlank()) throw new IllegalArgumentException("quote must not be blank");
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
    }
}
