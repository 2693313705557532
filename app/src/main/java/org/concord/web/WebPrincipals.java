package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.access.AccessService;
import org.concord.shared.Forbidden;
import org.concord.shared.Principal;
import org.concord.shared.Unauthenticated;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Who a request acts as: the owner of a bearer token (API and remote CLI), or of a web session cookie (whose
 * state-changing requests must echo the session's CSRF token in {@code X-CSRF-Token}). A request with neither reads
 * public records as the anonymous reader and may write nothing (401).
 */
final class WebPrincipals implements Principals {
    static final String SESSION_COOKIE = "concord_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private final AccessService access;

    WebPrincipals(AccessService access) { this.access = access; }

    @Override
    public Principal of(Context ctx) {
        String address = ctx.ip();
        String auth = ctx.header("Authorization");
        if (auth != null && !auth.isBlank()) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                access.unauthenticated(address);
                throw new Unauthenticated("use 'Authorization: Bearer <token>'");
            }
            var user = access.byToken(auth.substring(7).trim());
            if (user.isEmpty()) {
                access.unauthenticated(address);
                throw new Unauthenticated("the bearer token is invalid, expired or revoked");
            }
            return user.get().principal().from(address);
        }
        String session = ctx.cookie(SESSION_COOKIE);
        if (session != null) {
            Optional<AccessService.SessionUser> user = access.bySession(session);
            if (user.isPresent()) {
                if (isWrite(ctx.method()) && !constantTimeEquals(ctx.header(CSRF_HEADER), user.get().csrf()))
                    throw new Forbidden("this request changes state and must carry the session's CSRF token in " + CSRF_HEADER);
                return user.get().user().principal().from(address);
            }
        }
        if (isWrite(ctx.method())) {
            access.unauthenticated(address);
            throw new Unauthenticated("sign in (POST /api/v1/session) or send a bearer token to make changes");
        }
        return AccessService.ANONYMOUS.from(address);
    }

    static boolean isWrite(HandlerType t) {
        return t == HandlerType.POST || t == HandlerType.PUT || t == HandlerType.PATCH || t == HandlerType.DELETE;
    }

    private static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
