package org.concord.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable journal event.
 *
 * @param seq      sequence number, from 1, without gaps
 * @param at       when it happened
 * @param actor    who acted ({@code user (ROLE, NATION)})
 * @param type     past-tense event type, e.g. {@code MissionCreated}
 * @param subject  what it is about, e.g. {@code mission:kfor}, {@code item:nmi-termination-2026}
 * @param payload  canonical JSON of the event's data
 * @param prevHash the hash of the previous event (64 zeros for the first)
 * @param hash     SHA-256 over the previous hash and the canonical envelope
 */
public record JournalEntry(long seq, Instant at, String actor, String type, String subject, String payload,
                           String prevHash, String hash) {
    public JournalEntry {
        if (seq < 1) throw new IllegalArgumentException("seq must be at least 1, got " + seq);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
