package org.concord.procedure.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.concord.shared.Iso3;

/**
 * One silence procedure of an item (R3).
 *
 * @param number      1 for the item's first procedure, then consecutive
 * @param textVersion the fixed text version it runs on, >= 1
 * @param openedAt    when the chair opened it, must not be null
 * @param deadline    its deadline, after {@code openedAt}
 * @param breakers    members that broke silence before the deadline, in order, each once; never null
 * @param phase       where it stands, must not be null
 */
public record SilenceProcedure(int number, int textVersion, Instant openedAt, Instant deadline, List<Iso3> breakers,
                               SilencePhase phase) {
    public SilenceProcedure {
        if (number < 1) throw new IllegalArgumentException("silence procedure number must be >= 1, was " + number);
        if (textVersion < 1) throw new IllegalArgumentException("text version must be >= 1, was " + textVersion);
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(deadline, "deadline");
        if (!deadline.isAfter(openedAt))
            throw new IllegalArgumentException("silence deadline " + deadline + " must be after its opening " + openedAt);
        breakers = List.copyOf(Objects.requireNonNull(breakers, "breakers"));
        Objects.requireNonNull(phase, "phase");
    }

    boolean running() { return phase == SilencePhase.RUNNING; }

    SilenceProcedure withDeadline(Instant newDeadline) {
        return new SilenceProcedure(number, textVersion, openedAt, newDeadline, breakers, phase);
    }

    SilenceProcedure withBreaker(Iso3 member) {
        if (breakers.contains(member)) return this;
        List<Iso3> more = new java.util.ArrayList<>(breakers);
        more.add(member);
        return new SilenceProcedure(number, textVersion, openedAt, deadline, more, phase);
    }

    SilenceProcedure ended(SilencePhase end) {
        return new SilenceProcedure(number, textVersion, openedAt, deadline, breakers, end);
    }
}
