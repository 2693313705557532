package org.concord.web;

import io.javalin.http.Context;
import org.concord.shared.InvalidInput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The paging convention of every list of the API: {@code limit} (1..200, default 50) rows per page in a stable order,
 * the body a JSON array, and when more rows exist an RFC 8288 {@code Link: <URL>; rel="next"} header whose URL is the
 * same path with the same filters and an opaque {@code cursor} (base64url) naming where the next page starts.
 */
final class Paging {
    static final int MAX_LIMIT = 200;
    static final int DEFAULT_LIMIT = 50;
    private static final String PREFIX = "after:";

    static final Route.Param LIMIT = Route.Param.query("limit",
            "rows per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")",
            Map.of("type", "integer", "minimum", 1, "maximum", MAX_LIMIT, "default", DEFAULT_LIMIT));
    static final Route.Param CURSOR = Route.Param.query("cursor",
            "where the page starts: the opaque token of the previous page's `Link: <...>; rel=\"next\"` header", Map.of("type", "string"));

    private Paging() {}

    /** What a request asks for: how many rows, and after which row's key (none for the first page). */
    record Request(int limit, Optional<String> after) {}

    /** @throws InvalidInput naming {@code limit} or {@code cursor} when either is malformed */
    static Request request(Context ctx) {
        int limit = DEFAULT_LIMIT;
        String raw = ctx.queryParam("limit");
        if (raw != null) {
            try {
                limit = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput("limit", "'" + raw + "' is not a whole number from 1 to " + MAX_LIMIT);
            }
            if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInput("limit", "must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        return new Request(limit, Optional.ofNullable(ctx.queryParam("cursor")).map(Paging::decode));
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX) && s.length() > PREFIX.length()) return s.substring(PREFIX.length());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInput("cursor", "'" + cursor + "' is not a cursor of this API: take it from the Link header of the previous page");
    }

    /**
     * One page of {@code rows} (the whole list in its stable order, already filtered for the reader), with the Link
     * header set when more rows follow.
     *
     * @throws InvalidInput naming {@code cursor} when it points to no row of this list
     */
    static <T> List<T> page(Context ctx, List<T> rows, Function<T, String> key) {
        Request r = request(ctx);
        int from = 0;
        if (r.after().isPresent()) {
            String after = r.after().get();
            int i = 0;
            while (i < rows.size() && !key.apply(rows.get(i)).equals(after)) i++;
            if (i == rows.size()) throw new InvalidInput("cursor", "points to no row of this list any more: start again from the first page");
            from = i + 1;
        }
        int to = Math.min(rows.size(), from + r.limit());
        List<T> page = rows.subList(from, to);
        if (to < rows.size()) next(ctx, key.apply(rows.get(to - 1)));
        return page;
    }

    /** Sets {@code Link: <same path and filters, cursor after key>; rel="next"}. */
    static void next(Context ctx, String lastKey) { ctx.header("Link", link(ctx, lastKey)); }

    /** The value of {@code Link: <same path and filters, cursor after key>; rel="next"}. */
    static String link(Context ctx, String lastKey) {
        StringBuilder url = new StringBuilder(ctx.path());
        char sep = '?';
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("cursor")) continue;
            for (String v : e.getValue()) {
                url.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
                sep = '&';
            }
        }
        url.append(sep).append("cursor=").append(encode(lastKey));
        return "<" + url + ">; rel=\"next\"";
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
