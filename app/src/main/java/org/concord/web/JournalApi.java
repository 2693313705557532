package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;

import java.util.List;
import java.util.Map;

import static org.concord.web.Route.Param;

/** The journal's routes. */
final class JournalApi {
    private final JournalService journal;
    private final Principals principals;

    JournalApi(JournalService journal, Principals principals) {
        this.journal = journal;
        this.principals = principals;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/journal", "listJournal", "journal", "Journal events in sequence order",
                        List.of(Param.query("subject", "only this subject, e.g. mission:kfor or item:nmi-termination-2026"),
                                Param.recordedAt("only the events the journal had"),
                                Param.recordedAt("only the events the journal had").asOfAlias(),
                                Param.query("after", "only events after this sequence number", "int64")),
                        null, JournalEntry.class, true, 200, this::list),
                new Route(HandlerType.GET, "/api/v1/journal/verify", "verifyJournal", "journal", "Verify the hash chain",
                        List.of(), null, Verification.class, false, 200, this::verify));
    }

    /** Pages by sequence number: the cursor names the last entry shown. */
    private void list(Context ctx) {
        Paging.Request page = Paging.request(ctx);
        long after = Queries.longValue(ctx, "after", 0);
        if (page.after().isPresent()) {
            try {
                after = Math.max(after, Long.parseLong(page.after().get()));
            } catch (NumberFormatException e) {
                throw new org.concord.shared.InvalidInput("cursor", "is not a cursor of the journal: take it from the Link header of the previous page");
            }
        }
        List<JournalEntry> rows = journal.list(principals.of(ctx), Queries.string(ctx, "subject"), Queries.recordedAt(ctx), after, page.limit() + 1);
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            Paging.next(ctx, Long.toString(rows.get(rows.size() - 1).seq()));
        }
        ctx.json(rows);
    }

    /** The result of verifying the hash chain: intact with its number of entries, or the first bad row and why. */
    record Verification(boolean intact, Long entries, Long firstBadSeq, String reason) {}

    private void verify(Context ctx) {
        switch (journal.verify(principals.of(ctx))) {
            case Journal.Verification.Intact ok -> ctx.json(new Verification(true, ok.entries(), null, null));
            case Journal.Verification.Broken bad -> ctx.json(new Verification(false, null, bad.firstBadSeq(), bad.reason()));
        }
    }
}
