package org.concord.web;

import io.javalin.http.Context;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paging convention of every list of the API: query {@code limit} (1 to 200, default 50) and {@code cursor} (an
 * opaque base64url token taken from the previous page's {@code Link} header); the body stays a JSON array; when more
 * rows exist the answer carries {@code Link: <URL>; rel="next"}, the same path with the same query and the new
 * cursor. A bad limit or cursor, and a query parameter the route does not know, are 400 naming the parameter.
 */
final class ListPaging {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final String PREFIX = "after:";

    private ListPaging() {}

    /** @throws InvalidInput naming every query parameter not in {@code known} */
    static void onlyKnown(Context ctx, Set<String> known) {
        Violations v = new Violations();
        for (String name : new TreeSet<>(ctx.queryParamMap().keySet()))
            if (!known.contains(name)) v.add(name, "is not a parameter of this list; known: " + new TreeSet<>(known));
        v.throwIfAny();
    }

    /** @throws InvalidInput naming {@code limit} unless it is a whole number from 1 to 200 */
    static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) return DEFAULT_LIMIT;
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) return limit;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput("limit", "'" + raw + "' is not a whole number from 1 to " + MAX_LIMIT);
    }

    /** The position the cursor continues after; 0 without a cursor. @throws InvalidInput naming {@code cursor} if malformed */
    static long after(Context ctx) {
        String raw = ctx.queryParam("cursor");
        if (raw == null) return 0;
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long after = Long.parseLong(text.substring(PREFIX.length()));
                if (after >= 0) return after;
            }
        } catch (IllegalArgumentException e) {
            // answered below (NumberFormatException is one)
        }
        throw new InvalidInput("cursor", "'" + raw + "' is not a cursor of this list: take it from the Link header of the previous page");
    }

    static String cursor(long after) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + after).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Link: <path?query&cursor=...>; rel="next"} when {@code next} is present, else no header. */
    static Map<String, String> linkHeader(Context ctx, OptionalLong next) {
        if (next.isEmpty()) return Map.of();
        return Map.of("Link", "<" + nextUrl(ctx.path(), ctx.queryParamMap(), next.getAsLong()) + ">; rel=\"next\"");
    }

    static String nextUrl(String path, Map<String, List<String>> query, long after) {
        StringBuilder url = new StringBuilder(path);
        char sep = '?';
        for (var e : query.entrySet()) {
            if (e.getKey().equals("cursor")) continue;
            for (String value : e.getValue()) {
                url.append(sep).append(encode(e.getKey())).append('=').append(encode(value));
                sep = '&';
            }
        }
        return url.append(sep).append("cursor=").append(cursor(after)).toString();
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
