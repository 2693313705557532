package org.concord.web;

import io.javalin.http.Context;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Unauthenticated;
import org.concord.shared.Violation;
import org.concord.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns every refusal and fault into an RFC 9457 {@code application/problem+json} document; never a stack trace. */
final class Problems {
    static final String TYPE_BASE = "https://concord.invalid/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static void invalid(InvalidInput e, Context ctx) {
        write(ctx, 400, "invalid-input", "Invalid input", e.getMessage(), e.violations());
    }

    static void notFound(NotFound e, Context ctx) { write(ctx, 404, "not-found", "Not found", e.getMessage(), List.of()); }

    static void conflict(Conflict e, Context ctx) { write(ctx, 409, "conflict", "Conflict", e.getMessage(), List.of()); }

    static void forbidden(Forbidden e, Context ctx) { write(ctx, 403, "forbidden", "Forbidden", e.getMessage(), List.of()); }

    static void unauthenticated(Unauthenticated e, Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer");
        write(ctx, 401, "unauthenticated", "Authentication required", e.getMessage(), List.of());
    }

    /**
     * A store that cannot serve (down, restarting, disk full, read-only) answers 503 with Retry-After and the reason;
     * the write was not committed. Anything else is an unexpected 500.
     */
    static void unexpectedOrUnavailable(Exception e, Context ctx) {
        var unavailable = org.concord.boot.Concord.unavailability(e);
        if (unavailable.isPresent()) {
            LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), unavailable.get());
            ctx.header("Retry-After", Integer.toString(OpsApi.RETRY_AFTER_SECONDS));
            write(ctx, 503, "store-unavailable", "Store unavailable", unavailable.get() + "; the request was not completed, retry later", List.of());
        } else {
            unexpected(e, ctx);
        }
    }

    static void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, 500, "internal", "Internal error", "the server failed to handle the request; it has been logged", List.of());
    }

    static void write(Context ctx, int status, String type, String title, String detail, List<Violation> violations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        if (!violations.isEmpty()) body.put("violations", violations);
        try {
            ctx.status(status).contentType("application/problem+json").result(Json.mapper().writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            ctx.status(status).contentType("text/plain").result(title);
        }
    }
}
