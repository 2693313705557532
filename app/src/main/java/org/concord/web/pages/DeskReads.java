package org.concord.web.pages;

import org.concord.access.AccessService;
import org.concord.journal.JournalService;
import org.concord.shared.Principal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads the desk's pages share, kept per journal head as the API's view cache keeps its answers: every change to what
 * Concord shows appends to the journal, so a list read at one head is read again only when the head moved. Keyed by
 * what the reader may see (role, clearance, nation) and the day ("today" decides members and consensus). Only the
 * service reads are kept, never a rendered page: the countdowns, the user's name and the CSRF token are made afresh on
 * every request.
 */
final class DeskReads {
    private record Held(long head, Object value) {}

    private static final int CAPACITY = 2048;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final JournalService journal;
    private final AccessService access;
    private final Clock clock;

    DeskReads(JournalService journal, AccessService access, Clock clock) {
        this.journal = journal;
        this.access = access;
        this.clock = clock;
    }

    /** The reads of one request: the journal head is read once, when the first of them is needed. */
    final class Snapshot {
        private final Principal who;
        private long head = -1;
        private String sight;

        private Snapshot(Principal who) { this.who = who; }

        /** The value of {@code name} for this reader at the current head, computed by {@code read} if not held. */
        @SuppressWarnings("unchecked")
        <T> T get(String name, Supplier<T> read) {
            if (head < 0) {
                head = journal.head(who);
                var v = access.viewer(who);
                sight = v.principal().role() + "|" + v.clearance().name() + "|" + v.principal().nation().map(n -> n.code()).orElse("") + "\n" + LocalDate.now(clock);
            }
            String key = name + '\n' + sight;
            Held h = held.get(key);
            if (h != null && h.head() == head) return (T) h.value();
            T value = read.get();
            if (held.size() >= CAPACITY) held.clear();
            held.put(key, new Held(head, value));
            return value;
        }
    }

    Snapshot of(Principal who) { return new Snapshot(who); }
}
