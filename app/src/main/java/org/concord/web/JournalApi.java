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
                                Param.query("asOf", "only events at or before this instant or date", "date-time"),
                                Param.query("after", "only events after this sequence number", "int64"),
                                Param.query("limit", "at most this many (1-1000, default 200)", "int32")),
                        null, JournalEntry.class, true, 200, this::list),
                new Route(HandlerType.GET, "/api/v1/journal/verify", "verifyJournal", "journal", "Verify the hash chain",
                        List.of(), null, Map.class, false, 200, this::verify));
    }

    private void list(Context ctx) {
        ctx.json(journal.list(principals.of(ctx), Queries.string(ctx, "subject"), Queries.instant(ctx, "asOf"),
                Queries.longValue(ctx, "after", 0), Queries.intValue(ctx, "limit", 200)));
    }

    private void verify(Context ctx) {
        JournalService.Report r = journal.verifyReport(principals.of(ctx));
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("intact", r.intact());
        r.entries().ifPresent(n -> out.put("entries", n));
        r.firstBadSeq().ifPresent(n -> out.put("firstBadSeq", n));
        r.reason().ifPresent(n -> out.put("reason", n));
        ctx.json(out);
    }
}
