package org.concord.register.model;

import org.concord.shared.Provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a mission is reviewed: a periodic review every {@code intervalMonths} months from {@code firstDue}; ad hoc
 * reviews come on top. Where no source gives the interval it is an assumption, and its provenance says so (RECALLED).
 *
 * @param intervalMonths months between periodic reviews, 1 to 60
 * @param firstDue       the due date of the first periodic review; later ones fall every interval after it
 * @param note           where the cycle comes from, what is assumed
 * @param provenance     the sources and grade of the cycle, never null
 */
public record ReviewCycle(int intervalMonths, LocalDate firstDue, Optional<String> note, Provenance provenance) {
    public ReviewCycle {
        if (intervalMonths < 1 || intervalMonths > 60)
            throw new IllegalArgumentException("intervalMonths must be 1 to 60, got " + intervalMonths);
        Objects.requireNonNull(firstDue, "firstDue");
        Objects.requireNonNull(provenance, "provenance");
        note = note == null ? Optional.empty() : note;
    }

    /** The due date of periodic review {@code n} (0 is the first). */
    public LocalDate due(int n) {
        if (n < 0) throw new IllegalArgumentException("review number must not be negative, got " + n);
        return firstDue.plusMonths((long) n * intervalMonths);
    }

    /** The first periodic due date after {@code date} (strictly later); {@link #firstDue} if that is later. */
    public LocalDate nextAfter(LocalDate date) {
        int n = 0;
        while (!due(n).isAfter(date)) n++;
        return due(n);
    }

    /** Whether {@code date} is one of the periodic due dates. */
    public boolean isPeriodicDate(LocalDate date) {
        for (int n = 0; !due(n).isAfter(date); n++) if (due(n).equals(date)) return true;
        return false;
    }
}
