package org.concord.procedure.model;

import java.time.Instant;
import java.util.Objects;

/** Validation shared by the event records. */
final class Events {
    private Events() {}

    static void common(ItemId item, Actor actor, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** What every first event of an item (raised, drafted, reopened) must carry, checked in one order. */
    static void opening(ProcedureConfig config, BodyId body, Level level, Proposer proposer, String subject, Effect effect, TextVersion text) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(proposer, "proposer");
        Slugs.text("subject", subject);
        Objects.requireNonNull(effect, "effect");
        first(text);
    }

    static void positive(String field, int value) {
        if (value < 1) throw new IllegalArgumentException(field + " must be >= 1, was " + value);
    }

    static void after(String field, Instant value, Instant at) {
        Objects.requireNonNull(value, field);
        if (!value.isAfter(at)) throw new IllegalArgumentException(field + " " + value + " must be after " + at);
    }

    static void first(TextVersion text) {
        Objects.requireNonNull(text, "text");
        if (text.number() != 1) throw new IllegalArgumentException("an item starts with text version 1, not " + text.number());
    }
}
