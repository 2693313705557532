package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.concord.access.Idempotency;
import org.concord.shared.Principal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code Idempotency-Key} on the POSTs that create: the first request with a key runs and its 2xx answer is kept for
 * {@link Idempotency#KEPT}; a retry with the same key, by the same principal, for the same method, path and body gets
 * that answer again (with {@code Idempotent-Replayed: true}) and creates nothing; the same key with another request,
 * or while the first still runs, gets 409. A refused or failed request keeps nothing, so its retry runs again.
 * Requests without the header, and anonymous ones (they may not write), are untouched.
 */
final class IdempotentCreates {
    static final String HEADER = "Idempotency-Key";
    private final Idempotency keys;
    private final Principals principals;

    IdempotentCreates(Idempotency keys, Principals principals) {
        this.keys = keys;
        this.principals = principals;
    }

    void handle(Context ctx, Handler handler) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            handler.handle(ctx);
            return;
        }
        Principal who = principals.of(ctx);
        if (who.role() == org.concord.shared.Role.READER && who.user().equals(org.concord.access.AccessService.ANONYMOUS.user())) {
            handler.handle(ctx);
            return;
        }
        switch (keys.start(who, key, hash(ctx))) {
            case Idempotency.Start.Replay r -> {
                ctx.status(r.status()).header("Idempotent-Replayed", "true");
                if (r.location() != null) ctx.header("Location", r.location());
                if (r.contentType() != null) ctx.contentType(r.contentType());
                ctx.result(r.body() == null ? "" : r.body());
            }
            case Idempotency.Start.Mismatch m -> Problems.write(ctx, 409, "idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was first used with another request: use a new key for a new request", List.of());
            case Idempotency.Start.InProgress p -> {
                ctx.header("Retry-After", "1");
                Problems.write(ctx, 409, "idempotency-key-in-use", "Request in progress",
                        "a request with this Idempotency-Key is still running: retry it later", List.of());
            }
            case Idempotency.Start.Proceed p -> {
                boolean done = false;
                try {
                    handler.handle(ctx);
                    int status = ctx.statusCode();
                    if (status >= 200 && status < 300) {
                        keys.complete(who, key, status, ctx.res().getContentType(), ctx.res().getHeader("Location"), ctx.result());
                        done = true;
                    }
                } finally {
                    if (!done) keys.release(who, key);
                }
            }
        }
    }

    /** Method, path and body: what makes a retry the same request. */
    private static String hash(Context ctx) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((ctx.method().name() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            d.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
