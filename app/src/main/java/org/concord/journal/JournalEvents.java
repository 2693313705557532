package org.concord.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The journal table. Appends are serialised: {@link #lockHead()} must be called in the appending transaction first. */
public interface JournalEvents {
    /** Locks the chain head for this transaction and returns the last entry's seq and hash (0 and zeros when empty). */
    Head lockHead();

    /** The last entry's seq and hash, without locking (for readers). */
    Head head();

    /** The seq and hash of the last row (0 and zeros when there are none), which the head must equal. */
    Head lastRow();

    /** Moves the head to {@code head} without appending (a repair from the rows; the head must be locked). */
    void moveHead(Head head);

    /** Appends the entry and moves the head to it. */
    void append(JournalEntry entry);

    /** Entries in sequence order, optionally only those of one subject, up to an instant, at most {@code limit}, after {@code afterSeq}. */
    List<JournalEntry> list(Optional<String> subject, Optional<Instant> until, long afterSeq, int limit);

    /** Entries whose subject starts with {@code prefix}, at or before {@code until}, in sequence order. */
    List<JournalEntry> listByPrefix(String prefix, Instant until);

    /** Feeds every entry in sequence order to {@code sink}, without holding them all in memory. */
    void forEach(Consumer<JournalEntry> sink);

    record Head(long seq, String hash) {}
}
