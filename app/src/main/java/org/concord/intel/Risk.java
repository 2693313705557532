package org.concord.intel;

import org.concord.forecast.model.AdmiraltyGrade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A graded assessment of what may happen: intelligence, kept apart from official acts, like a reported stance.
 *
 * @param target     what it is attached to, must not be null
 * @param what       what may happen, not blank
 * @param where      where, not blank
 * @param condition  under what condition (e.g. "if NMI ends"), if said
 * @param assessedBy who assessed it, to whom (the source), not blank
 * @param grade      the source's Admiralty grade, must not be null
 * @param likelihood on the PHIA yardstick, must not be null
 * @param impact     on the five-step scale, must not be null
 * @param assessedOn when it was assessed, must not be null
 * @param quote      the words reported, if any
 * @param note       the analyst's note (e.g. why this likelihood and impact), if any
 * @param sources    source keys of the reference catalogue, never null
 */
public record Risk(RiskTarget target, String what, String where, Optional<String> condition, String assessedBy, AdmiraltyGrade grade,
                   Likelihood likelihood, Impact impact, LocalDate assessedOn, Optional<String> quote, Optional<String> note,
                   List<String> sources) {
    public Risk {
        Objects.requireNonNull(target, "target");
        if (what == null || what.isBlank()) throw new IllegalArgumentException("what must not be blank");
        if (where == null || where.isBlank()) throw new IllegalArgumentException("where must not be blank");
        Objects.requireNonNull(condition, "condition");
        if (assessedBy == null || assessedBy.isBlank()) throw new IllegalArgumentException("assessedBy must not be blank");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
    }
}
