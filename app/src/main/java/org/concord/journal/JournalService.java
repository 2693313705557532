package org.concord.journal;

import org.concord.access.AccessControl;
import org.concord.access.model.ActionKind;
import org.concord.access.model.AuditEvent;
import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.shared.tx.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading and verifying the journal. */
public final class JournalService {
    private final Transactions tx;
    private final Journal journal;
    private final AccessControl access;
    private final Function<JournalEntry, String> classification;
    private final java.util.function.Predicate<String> oneMarkingPerSubject;
    private final java.util.function.Supplier<Function<JournalEntry, Optional<String>>> markingsNow;

    /**
     * @param classification       the marking of the record an entry is about (an item's, a mission's), so a reader
     *                             sees only the entries of records they may see
     * @param oneMarkingPerSubject whether every entry of a subject carries the same marking (an item's do), so that it
     *                             is looked up once per subject
     * @param markingsNow          for one read, the marking now of what an entry's subject is about, where its entries
     *                             carry the marking they were written with (a mission's, an event's, and what hangs off
     *                             a record: an issue's, a stance's, a forecast's, an option's, a risk's, a review's):
     *                             an entry is shown at the higher of the two, so a record raised above a reader since
     *                             is hidden from its whole journal, with what hangs off it; asked once per subject, each
     *                             with the first entry of that subject the read meets
     */
    public JournalService(Transactions tx, Journal journal, AccessControl access, Function<JournalEntry, String> classification,
                          java.util.function.Predicate<String> oneMarkingPerSubject,
                          java.util.function.Supplier<Function<JournalEntry, Optional<String>>> markingsNow) {
        this.tx = tx;
        this.journal = journal;
        this.access = access;
        this.classification = classification;
        this.oneMarkingPerSubject = oneMarkingPerSubject;
        this.markingsNow = markingsNow;
    }

    /** The codec journal payloads are read with. */
    public EventCodec codec() { return journal.codec(); }

    /** The audit trail (logins, failed logins, refusals, account changes), in sequence order. */
    public List<JournalEntry> audit(Principal who, long afterSeq, int limit) {
        access.require(who, ActionKind.READ_AUDIT, Optional.empty());
        if (limit < 1 || limit > 1000) throw new InvalidInput("limit", "must be 1 to 1000, got " + limit);
        if (afterSeq < 0) throw new InvalidInput("after", "must not be negative, got " + afterSeq);
        access.journalAnonymousRefusals();
        return tx.read(t -> t.repository(JournalEvents.class).listByPrefix(AuditEvent.JOURNAL_PREFIX, journal.clock().instant())).stream()
                .filter(e -> e.seq() > afterSeq).limit(limit).toList();
    }

    /**
     * What a reader is told of the chain's verification: everyone learns whether it is intact; only those who may read
     * the audit trail (who see every entry) learn how many entries there are and where a break is, since the counts
     * would tell others how many entries are hidden from them.
     *
     * @param entries     the number of entries, when the reader may know it
     * @param firstBadSeq the first altered entry, when broken and the reader may know it
     */
    public record Report(boolean intact, Optional<Long> entries, Optional<Long> firstBadSeq, Optional<String> reason) {}

    /** Verifies the whole chain and tells {@code who} what they may know of it. */
    public Report verifyReport(Principal who) {
        Journal.Verification v = verify(who);
        boolean all = access.may(who, ActionKind.READ_AUDIT);
        return switch (v) {
            case Journal.Verification.Intact ok -> new Report(true, all ? Optional.of(ok.entries()) : Optional.empty(), Optional.empty(), Optional.empty());
            case Journal.Verification.Broken bad -> new Report(false, Optional.empty(), all ? Optional.of(bad.firstBadSeq()) : Optional.empty(),
                    all ? Optional.of(bad.reason()) : Optional.empty());
        };
    }

    /** Verifies the whole chain. */
    public Journal.Verification verify(Principal who) {
        access.require(who, ActionKind.READ_JOURNAL, Optional.empty());
        return tx.read(t -> journal.verify(t));
    }

    /** The last entry's sequence number (0 when the journal is empty). */
    public long head() { return tx.read(t -> t.repository(JournalEvents.class).head().seq()); }

    /**
     * The entry at {@code seq}, if there is one and {@code who} may see it now.
     *
     * @throws org.concord.shared.Forbidden if {@code who} may not read the journal at all
     */
    public Optional<JournalEntry> entry(Principal who, long seq) {
        access.require(who, ActionKind.READ_JOURNAL, Optional.empty());
        boolean audit = access.may(who, ActionKind.READ_AUDIT);
        Function<JournalEntry, String> marking = markingFunction();
        return tx.read(t -> t.repository(JournalEvents.class).list(Optional.empty(), Optional.empty(), seq - 1, 1)).stream()
                .filter(e -> e.seq() == seq)
                .filter(e -> AuditEvent.isJournalSubject(e.subject()) ? audit : access.canSee(who, marking.apply(e)))
                .findFirst();
    }

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
        access.require(who, ActionKind.READ_JOURNAL, Optional.empty());
        boolean audit = access.may(who, ActionKind.READ_AUDIT);
        boolean anonymous = access.isAnonymous(who);
        Function<JournalEntry, String> marking = markingFunction();
        List<JournalEntry> out = new java.util.ArrayList<>();
        long after = afterSeq;
        while (out.size() < limit) {
            long from = after;
            List<JournalEntry> page = tx.read(t -> t.repository(JournalEvents.class).list(subject, until, from, limit));
            List<JournalEntry> shown = access.visible(who, page.stream().filter(e -> !AuditEvent.isJournalSubject(e.subject())).toList(), marking);
            java.util.Set<Long> visible = new java.util.HashSet<>();
            shown.forEach(e -> visible.add(e.seq()));
            for (JournalEntry e : page) {
                if (out.size() == limit) break;
                if (AuditEvent.isJournalSubject(e.subject()) ? audit : visible.contains(e.seq()))
                    out.add(anonymous ? Redaction.forAnonymous(e) : e);
            }
            if (page.size() < limit) break;
            after = page.get(page.size() - 1).seq();
        }
        return out;
    }

    /**
     * The marking an entry is shown at, for one read: the marking it was written with raised to the marking now of what
     * it is about. An item's entries all carry its marking, and what a subject is about has one marking now: each is
     * looked up once per subject, not once per entry.
     */
    private Function<JournalEntry, String> markingFunction() {
        java.util.Map<String, String> itemMarkings = new java.util.HashMap<>();
        java.util.Map<String, Optional<String>> nowMarkings = new java.util.HashMap<>();
        Function<JournalEntry, Optional<String>> now = markingsNow.get();
        return e -> {
            String then = oneMarkingPerSubject.test(e.subject())
                    ? itemMarkings.computeIfAbsent(e.subject(), s -> classification.apply(e)) : classification.apply(e);
            return nowMarkings.computeIfAbsent(e.subject(), s -> now.apply(e)).map(n -> {
                try {
                    return access.atLeast(then, List.of(n));
                } catch (IllegalArgumentException unreadable) {
                    return n; // a marking written before markings were checked: the record's own, read from the store
                }
            }).orElse(then);
        };
    }

    /**
     * The sequence number of the journal's last entry. Every change to what Concord shows appends to the journal,
     * also from another process on the same database, so a view computed at one head holds until the head moves.
     */
    public long head(Principal who) {
        return tx.readOne(t -> t.repository(JournalEvents.class).head().seq());
    }
}
