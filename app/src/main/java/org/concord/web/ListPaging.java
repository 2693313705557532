package org.concord.web;

import io.javalin.http.Context;
import org.concord.shared.InvalidInput;

import java.util.Map;
import java.util.OptionalLong;

/**
 * {@link Paging}'s convention for lists read page by page from the store, whose rows are keyed by a position (the
 * items list, an item's history): the cursor carries the position of the last row shown.
 */
final class ListPaging {
    private ListPaging() {}

    /** @throws InvalidInput naming {@code limit} unless it is a whole number from 1 to {@link Paging#MAX_LIMIT} */
    static int limit(Context ctx) { return Paging.request(ctx).limit(); }

    /** The position the cursor continues after; 0 without a cursor. @throws InvalidInput naming {@code cursor} if malformed */
    static long after(Context ctx) {
        String key = Paging.request(ctx).after().orElse(null);
        if (key == null) return 0;
        try {
            long after = Long.parseLong(key);
            if (after >= 0) return after;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput("cursor", "'" + ctx.queryParam("cursor") + "' is not a cursor of this list: take it from the Link header of the previous page");
    }

    /** {@code Link: <path?query&cursor=...>; rel="next"} when {@code next} is present, else no header. */
    static Map<String, String> linkHeader(Context ctx, OptionalLong next) {
        return next.isEmpty() ? Map.of() : Map.of("Link", Paging.link(ctx, Long.toString(next.getAsLong())));
    }
}
