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
                                Param.query("after", "only events after this sequence number", "int64"),
                                Param.query("type", "only events of this type, e.g. SilenceBroken or PositionRecorded")),
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
        var who = principals.of(ctx);
        var subject = Queries.string(ctx, "subject");
        var until = Queries.recordedAt(ctx);
        var type = Queries.string(ctx, "type");
        List<JournalEntry> rows = new java.util.ArrayList<>();
        while (rows.size() <= page.limit()) { // one row more than the page tells whether a next page exists
            List<JournalEntry> chunk = journal.list(who, subject, until, after, Paging.MAX_LIMIT + 1);
            for (JournalEntry e : chunk) if (type.isEmpty() || type.get().equals(e.type())) rows.add(e);
            if (chunk.size() <= Paging.MAX_LIMIT || type.isEmpty()) break;
            after = chunk.get(chunk.size() - 1).seq();
        }
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            Paging.next(ctx, Long.toString(rows.get(rows.size() - 1).seq()));
        }
        ctx.json(rows);
    }

    /** The result of verifying the hash chain: whether it is intact; the number of entries or the first bad row and why only for auditors. */
    record Verification(boolean intact, Long entries, Long firstBadSeq, String reason) {}

    private void verify(Context ctx) {
        JournalService.Report r = journal.verifyReport(principals.of(ctx));
        ctx.json(new Verification(r.intact(), r.entries().orElse(null), r.firstBadSeq().orElse(null), r.reason().orElse(null)));
    }
}
