package org.concord.web.cache;

import io.javalin.http.Context;
import org.concord.shared.Principal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Rendered read answers, kept per journal head. Every change to what Concord shows appends to the journal (also from
 * the CLI or a second process on the same database), so an answer computed at one head is served again, byte for
 * byte, until the head moves; the head is read again on every request. Answers are keyed by the request (path and
 * query), by what the reader may see (role, clearance, nation; the user too where the page names them) and by the
 * day, since "today" decides the members and consensus shown. Only successful answers are kept: a refusal or an error
 * is computed afresh each time.
 */
public final class ViewCache {
    /** A rendered answer: its media type, body and headers (e.g. {@code Link}). */
    public record View(String contentType, byte[] body, Map<String, String> headers) {}

    private record Held(long head, View view) {}

    /** What a computation returns. */
    @FunctionalInterface
    public interface Render {
        View render() throws Exception;
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Object[] stripes = new Object[64];
    private final ToLongFunction<Principal> head;
    private final Function<Principal, String> sight;
    private final Clock clock;
    private final int capacity;

    /**
     * @param head     the journal head as {@code who} reads it, read on every request
     * @param sight    what a principal may see, as a key: role, clearance and nation
     * @param capacity how many answers are kept at most (the oldest are dropped all at once beyond it)
     */
    public ViewCache(ToLongFunction<Principal> head, Function<Principal, String> sight, Clock clock, int capacity) {
        this.head = head;
        this.sight = sight;
        this.clock = clock;
        this.capacity = capacity;
        for (int i = 0; i < stripes.length; i++) stripes[i] = new Object();
    }

    /**
     * Answers {@code ctx} with the view held for this request at the current journal head, or renders, holds and
     * answers it.
     *
     * @param perUser whether the answer names the user (a desk page), so it is kept per user
     */
    public void serve(Context ctx, Principal who, boolean perUser, Render render) throws Exception {
        serve(ctx, who, perUser ? who.user() : "", render);
    }

    /**
     * Answers {@code ctx} as {@link #serve(Context, Principal, boolean, Render)}, keeping the answer apart for each
     * {@code variant} (e.g. a desk page per web session, since it carries the session's CSRF token, and per minute,
     * since it shows the time left to a deadline).
     */
    public void serve(Context ctx, Principal who, String variant, Render render) throws Exception {
        String query = ctx.queryString();
        String key = ctx.path() + (query == null ? "" : "?" + query) + '\n' + sight.apply(who) + '\n' + variant
                + '\n' + LocalDate.now(clock);
        long now = head.applyAsLong(who);
        Held h = held.get(key);
        View view;
        if (h != null && h.head() == now) {
            view = h.view();
        } else {
            // one render per answer at a time: requests that missed together wait for it rather than all render at once
            synchronized (stripes[(key.hashCode() & 0x7fffffff) % stripes.length]) {
                h = held.get(key);
                if (h != null && h.head() >= now) {
                    view = h.view(); // rendered meanwhile, at this head or a later one
                } else {
                    view = render.render();
                    if (held.size() >= capacity) held.clear();
                    held.put(key, new Held(now, view));
                }
            }
        }
        view.headers().forEach(ctx::header);
        ctx.contentType(view.contentType()).result(view.body());
    }

    /** The current minute of the clock, for answers that show a time left (a variant of {@link #serve(Context, Principal, String, Render)}). */
    public long minute() { return clock.instant().getEpochSecond() / 60; }
}
