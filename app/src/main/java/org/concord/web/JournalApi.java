package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;

import com.fasterxml.jackson.databind.util.RawValue;
import org.concord.web.cache.ViewCache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.concord.web.Route.Param;

/** The journal's routes. */
final class JournalApi {
    private final JournalService journal;
    private final Principals principals;
    private final ViewCache views;

    JournalApi(JournalService journal, Principals principals, ViewCache views) {
        this.journal = journal;
        this.principals = principals;
        this.views = views;
    }

    /**
     * A journal entry as the API serves it: the payload is the JSON object itself, written from its canonical text
     * as stored (so the bytes the hash covers are what is served), not a string of escaped JSON.
     */
    record JournalEntryView(long seq, Instant at, String actor, String type, String subject, RawValue payload, String prevHash, String hash) {
        static JournalEntryView of(JournalEntry e) {
            return new JournalEntryView(e.seq(), e.at(), e.actor(), e.type(), e.subject(), new RawValue(e.payload()), e.prevHash(), e.hash());
        }
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/journal", "listJournal", "journal", "Journal events in sequence order",
                        List.of(Param.query("subject", "only this subject, e.g. mission:kfor or item:nmi-termination-2026"),
                                Param.query("asOf", "only events at or before this instant or date", "date-time"),
                                Param.query("after", "only events after this sequence number", "int64"),
                                Param.query("limit", "at most this many (1-1000, default 200)", "int32")),
                        null, JournalEntryView.class, true, 200, this::list),
                new Route(HandlerType.GET, "/api/v1/journal/verify", "verifyJournal", "journal", "Verify the hash chain",
                        List.of(), null, Map.class, false, 200, this::verify));
    }

    private void list(Context ctx) throws Exception {
        var who = principals.of(ctx);
        var subject = Queries.string(ctx, "subject");
        var asOf = Queries.instant(ctx, "asOf");
        long after = Queries.longValue(ctx, "after", 0);
        int limit = (int) Queries.longValue(ctx, "limit", 200);
        views.serve(ctx, who, false, () -> Views.json(journal.list(who, subject, asOf, after, limit).stream().map(JournalEntryView::of).toList()));
    }

    private void verify(Context ctx) {
        switch (journal.verify(principals.of(ctx))) {
            case Journal.Verification.Intact ok -> ctx.json(Map.of("intact", true, "entries", ok.entries()));
            case Journal.Verification.Broken bad -> ctx.json(Map.of("intact", false, "firstBadSeq", bad.firstBadSeq(), "reason", bad.reason()));
        }
    }
}
