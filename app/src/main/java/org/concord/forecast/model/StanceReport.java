package org.concord.forecast.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reported stance: who is said to hold which position on the issue scale, when, and how well sourced.
 *
 * @param subject         the actor or group the report speaks for, must not be null
 * @param date            when the stance was reported, must not be null
 * @param grade           the Admiralty grade of the report, must not be null
 * @param impliedPosition the position on the 0-100 scale the analyst reads into the report
 * @param quote           the words reported, not blank
 */
public record StanceReport(ReportSubject subject, LocalDate date, AdmiraltyGrade grade, double impliedPosition, String quote) {
    public StanceReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(grade, "grade");
        Scale.check("implied position", impliedPosition);
        if (quote == null || quote.isBlank()) throw new IllegalArgumentException("quote must not be blank, was '" + quote + "'");
    }
}
