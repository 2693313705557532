package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import org.concord.access.AccessService;
import org.concord.access.model.User;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Role;
import org.concord.shared.Unauthenticated;
import org.concord.shared.Violations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.concord.web.Route.Param;

/** Sign-in, users, tokens and the audit trail. */
final class AccessApi {
    private final AccessService access;
    private final JournalService journal;
    private final Principals principals;

    AccessApi(AccessService access, JournalService journal, Principals principals) {
        this.access = access;
        this.journal = journal;
        this.principals = principals;
    }

    /** A sign-in request. */
    record LoginData(String name, String password) {}

    /** Who is signed in, and the CSRF token their state-changing requests must carry. */
    record SessionData(String user, String role, String nation, String clearance, String csrfToken) {}

    /** A new user. */
    record NewUserData(String name, String role, String nation, String clearance, String password) {}

    /** A user as listed (never the password hash). */
    record UserData(String name, String role, String nation, String clearance, boolean enabled, String created) {
        static UserData of(User u) {
            return new UserData(u.name().value(), u.role().name(), u.nation().map(Iso3::code).orElse(null), u.clearance().name(), u.enabled(), u.created().toString());
        }
    }

    /** Who the request acts as. */
    record WhoAmI(String user, String role, String nation) {}

    /** The session has ended. */
    record SignedOut(boolean signedOut) {}

    /** A token request: for whom (default: yourself) and for how many days (1 to 3650; default: 90). */
    record TokenRequest(String owner, Integer days) {}

    /** A new token, shown once. */
    record TokenData(String token, String id, String owner, String expires) {}

    /** A token as lists show it: never its secret. */
    record TokenInfo(String id, String owner, String created, String expires, boolean revoked) {
        static TokenInfo of(org.concord.access.model.ApiToken t) {
            return new TokenInfo(t.hash().shortId(), t.user().value(), t.created().toString(), t.expires().map(Object::toString).orElse(null), t.revoked());
        }
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, "/api/v1/session", "signIn", "access", "Sign in: opens a web session (HttpOnly cookie, new id each time) and returns its CSRF token; 429 after 5 failures in a row",
                        List.of(), LoginData.class, SessionData.class, false, 200, this::login),
                new Route(HandlerType.GET, "/api/v1/session", "whoAmI", "access", "Who the request acts as",
                        List.of(), null, WhoAmI.class, false, 200, ctx -> {
                            var p = principals.of(ctx);
                            ctx.json(new WhoAmI(p.user(), p.role().name(), p.nation().map(Iso3::code).orElse("")));
                        }),
                new Route(HandlerType.DELETE, "/api/v1/session", "signOut", "access", "Sign out",
                        List.of(), null, SignedOut.class, false, 200, this::logout),
                new Route(HandlerType.GET, "/api/v1/users", "listUsers", "access", "Users (ADMIN)",
                        List.of(), null, UserData.class, true, 200, ctx -> ctx.json(Paging.page(ctx, access.users(principals.of(ctx)).stream().map(UserData::of).toList(), UserData::name))),
                new Route(HandlerType.POST, "/api/v1/users", "addUser", "access", "Add a user (ADMIN); the password must be 12 characters or more",
                        List.of(), NewUserData.class, UserData.class, false, 201, this::addUser),
                new Route(HandlerType.POST, "/api/v1/users/{name}/disable", "disableUser", "access", "Disable a user and end their sessions (ADMIN)",
                        List.of(Param.path("name", "user name")), null, UserData.class, false, 200,
                        ctx -> ctx.json(UserData.of(access.disable(principals.of(ctx), ctx.pathParam("name"))))),
                new Route(HandlerType.POST, "/api/v1/users/{name}/unlock", "unlockUser", "access", "Lift every sign-in lock and count of a user, at every address (ADMIN)",
                        List.of(Param.path("name", "user name")), null, Map.class, false, 200,
                        ctx -> ctx.json(Map.of("user", ctx.pathParam("name"), "cleared", access.unlock(principals.of(ctx), ctx.pathParam("name"))))),
                new Route(HandlerType.POST, "/api/v1/tokens", "createToken", "access", "Create a bearer token (shown once; only its hash is stored)",
                        List.of(), TokenRequest.class, TokenData.class, false, 201, this::token),
                new Route(HandlerType.GET, "/api/v1/tokens", "listTokens", "access", "Bearer tokens of a user (its own, or anyone's for an ADMIN): id, created, expires, revoked",
                        List.of(Param.query("owner", "whose tokens (default: the caller's)")), null, TokenInfo.class, true, 200,
                        ctx -> {
                            var who = principals.of(ctx);
                            String owner = ctx.queryParam("owner");
                            ctx.json(access.tokens(who, owner == null ? who.user() : owner).stream().map(TokenInfo::of).toList());
                        }),
                new Route(HandlerType.DELETE, "/api/v1/tokens/{id}", "revokeToken", "access", "Revoke a token by its id (its own, or anyone's for an ADMIN)",
                        List.of(Param.path("id", "the token id: the first 12 hex digits of its hash")), null, TokenInfo.class, false, 200,
                        ctx -> ctx.json(TokenInfo.of(access.revokeToken(principals.of(ctx), ctx.pathParam("id"))))),
                new Route(HandlerType.GET, "/api/v1/audit", "listAudit", "access", "The audit trail: logins, failed logins, refusals, account changes (ADMIN)",
                        List.of(Param.query("after", "only entries after this sequence number", "int64")),
                        null, JournalEntry.class, true, 200, this::audit));
    }

    /** Pages by sequence number: the cursor names the last entry shown. */
    private void audit(Context ctx) {
        Paging.Request page = Paging.request(ctx);
        long after = Queries.longValue(ctx, "after", 0);
        if (page.after().isPresent()) {
            try {
                after = Math.max(after, Long.parseLong(page.after().get()));
            } catch (NumberFormatException e) {
                throw new InvalidInput("cursor", "is not a cursor of the audit trail: take it from the Link header of the previous page");
            }
        }
        List<JournalEntry> rows = journal.audit(principals.of(ctx), after, page.limit() + 1);
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            Paging.next(ctx, Long.toString(rows.get(rows.size() - 1).seq()));
        }
        ctx.json(rows);
    }

    private void login(Context ctx) {
        // Login CSRF: a form on another site cannot send application/json without a preflight, and a browser names
        // the page's origin, which must be this server.
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            Problems.write(ctx, 415, "unsupported-media-type", "Unsupported media type",
                    "sign-in accepts Content-Type application/json only", List.of());
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.host()))
            throw new Forbidden("sign-in from another origin (" + (origin.length() > 100 ? origin.substring(0, 100) : origin) + ") is refused");
        LoginData data = JsonBody.read(ctx, LoginData.class);
        switch (access.login(data.name(), data.password(), ctx.ip())) {
            case AccessService.Login.Started s -> {
                Cookie cookie = new Cookie(WebPrincipals.SESSION_COOKIE, s.sessionId());
                cookie.setHttpOnly(true);
                cookie.setSecure(org.concord.web.pages.DeskSession.overTls(ctx));
                cookie.setSameSite(SameSite.LAX);
                cookie.setPath("/");
                ctx.cookie(cookie);
                User u = s.user();
                ctx.json(new SessionData(u.name().value(), u.role().name(), u.nation().map(Iso3::code).orElse(null), u.clearance().name(), s.csrf()));
            }
            case AccessService.Login.Refused r -> throw new Unauthenticated(r.reason());
            case AccessService.Login.Throttled t -> {
                ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
                Problems.write(ctx, 429, "too-many-attempts", "Too many failed sign-ins",
                        "too many failed sign-ins in a row: try again in " + t.retryAfterSeconds() + " s", List.of());
            }
        }
    }

    /** Whether the {@code Origin} header names this server: its host and port are the request's {@code Host}. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) return false;
        try {
            java.net.URI u = java.net.URI.create(origin.strip());
            if (u.getHost() == null || u.getScheme() == null) return false;
            String authority = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
            return authority.equalsIgnoreCase(host) || (u.getPort() < 0 && (u.getHost() + (u.getScheme().equals("https") ? ":443" : ":80")).equalsIgnoreCase(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void logout(Context ctx) {
        access.logout(ctx.cookie(WebPrincipals.SESSION_COOKIE), ctx.header(WebPrincipals.CSRF_HEADER));
        ctx.removeCookie(WebPrincipals.SESSION_COOKIE, "/");
        ctx.json(new SignedOut(true));
    }

    private void addUser(Context ctx) {
        var who = principals.of(ctx);
        NewUserData d = JsonBody.read(ctx, NewUserData.class);
        Violations v = new Violations();
        Role role = d.role() == null ? null : v.parse("role", () -> {
            try {
                return Role.valueOf(d.role());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + d.role() + "' is not one of ADMIN, CHAIR, DELEGATION, PARTNER, ANALYST, READER");
            }
        });
        if (d.role() == null) v.add("role", "is required");
        Optional<Iso3> nation = d.nation() == null ? Optional.empty() : Optional.ofNullable(v.parse("nation", () -> Iso3.of(d.nation())));
        if (d.password() == null) v.add("password", "is required");
        v.throwIfAny();
        User u = access.addUser(who, d.name(), role, nation, Optional.ofNullable(d.clearance()), d.password());
        ctx.status(201).json(UserData.of(u));
    }

    private void token(Context ctx) {
        var who = principals.of(ctx);
        TokenRequest r = ctx.body().isBlank() ? new TokenRequest(null, null) : JsonBody.read(ctx, TokenRequest.class);
        if (r.days() != null && r.days() < 1) throw new InvalidInput("days", "must be at least 1, got " + r.days());
        var issued = access.createToken(who, r.owner() == null ? who.user() : r.owner(), Optional.ofNullable(r.days()));
        ctx.status(201).json(new TokenData(issued.secret().value(), issued.token().hash().shortId(), issued.token().user().value(),
                issued.token().expires().map(Object::toString).orElse(null)));
    }
}
