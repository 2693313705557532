package org.concord.journal;

import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.shared.tx.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reading and verifying the journal. */
public final class JournalService {
    private final Transactions tx;
    private final Journal journal;

    public JournalService(Transactions tx, Journal journal) {
        this.tx = tx;
        this.journal = journal;
    }

    /** Verifies the whole chain. */
    public Journal.Verification verify(Principal who) { return tx.read(t -> journal.verify(t)); }

    /**
     * Entries in sequence order.
     *
     * @param subject  only this subject (e.g. {@code mission:kfor}) when present
     * @param until    only entries at or before this instant when present
     * @param afterSeq only entries after this sequence number (for paging)
     * @param limit    1 to 1000
     */
    public List<JournalEntry> list(Principal who, Optional<String> subject, Optional<Instant> until, long afterSeq, int limit) {
        if (limit < 1 || limit > 1000) throw new InvalidInput("limit", "must be 1 to 1000, got " + limit);
        if (afterSeq < 0) throw new InvalidInput("after", "must not be negative, got " + afterSeq);
        return tx.read(t -> t.repository(JournalEvents.class).list(subject, until, afterSeq, limit));
    }
}
