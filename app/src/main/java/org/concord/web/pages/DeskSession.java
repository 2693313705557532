package org.concord.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.concord.access.AccessService;
import org.concord.access.model.User;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The desk's own sign-in: who a page request acts as (the web session cookie, else the anonymous reader), the checks
 * every desk form passes (the {@code Origin} of the page and the session's CSRF token in a hidden field), and the
 * {@code /login} and {@code /logout} forms. Sign-in goes through {@link AccessService#login}, so it is throttled and
 * audited exactly as the API's.
 */
public final class DeskSession {
    /** The cookie the API's sign-in sets too: one session serves the desk and the API. */
    public static final String SESSION_COOKIE = "concord_session";
    static final String LOGIN_COOKIE = "concord_login";
    static final String CSRF_FIELD = "_csrf";
    private final AccessService access;
    private final SecureRandom random;

    DeskSession(AccessService access, SecureRandom random) {
        this.access = access;
        this.random = random;
    }

    /** A request's principal and how the page shows it; {@code ended} when a session cookie came but its session is gone. */
    record Session(Principal principal, Viewer viewer, boolean ended) {}

    /** Who a page (GET) request acts as: never throws; an ended session reads as the anonymous reader. */
    Session of(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // a bearer token is never sent by a browser on its own, so it needs no CSRF token (API clients reading pages)
            Optional<User> bearer = access.byToken(auth.substring(7).trim());
            if (bearer.isPresent()) {
                User u = bearer.get();
                return new Session(u.principal().from(ctx.ip()), new Viewer(true, u.name().value(), u.role().name(),
                        u.nation().map(Iso3::code).orElse(null), "", ctx.path()), false);
            }
            return new Session(AccessService.ANONYMOUS.from(ctx.ip()), new Viewer(false, "anonymous reader", "READER", null, "", ctx.path()), true);
        }
        String cookie = ctx.cookie(SESSION_COOKIE);
        Optional<AccessService.SessionUser> user = cookie == null ? Optional.empty() : access.bySession(cookie);
        if (user.isPresent()) {
            User u = user.get().user();
            Principal p = u.principal().from(ctx.ip());
            return new Session(p, new Viewer(true, u.name().value(), u.role().name(), u.nation().map(Iso3::code).orElse(null),
                    user.get().csrf(), ctx.path()), false);
        }
        return new Session(AccessService.ANONYMOUS.from(ctx.ip()),
                new Viewer(false, "anonymous reader", "READER", null, "", ctx.path()), cookie != null);
    }

    /** A refused form: not signed in, or a failed Origin or CSRF check. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The session behind a desk form (POST).
     *
     * @throws Refused (403) if the Origin is another site's or the CSRF field is missing or wrong, (401) if not signed in
     */
    Session form(Context ctx) {
        checkOrigin(ctx);
        Session s = of(ctx);
        if (!s.viewer().signedIn()) throw new Refused(401, s.ended() ? "Your session has ended: sign in again." : "Sign in to do this.");
        if (ctx.cookie(SESSION_COOKIE) != null && !constantTimeEquals(ctx.formParam(CSRF_FIELD), s.viewer().csrf()))
            throw new Refused(403, "This form did not carry the session's CSRF token: reload the page and try again.");
        return s;
    }

    /** A browser sends Origin with every form POST; one naming another site is refused (a missing one leaves the CSRF token to decide). */
    static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) return;
        String own = browserScheme(ctx) + "://" + ctx.host();
        if (!origin.equalsIgnoreCase(own)) throw new Refused(403, "This form was sent from " + origin + ", not from this desk (" + own + ").");
    }

    /**
     * The scheme the browser used: a TLS-terminating proxy in front speaks plain http to Concord and names the browser's
     * scheme in {@code X-Forwarded-Proto} (a browser cannot set that header on a request another site makes it send).
     */
    public static String browserScheme(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        if (forwarded != null) {
            String first = forwarded.split(",", 2)[0].strip();
            if (first.equalsIgnoreCase("https") || first.equalsIgnoreCase("http")) return first.toLowerCase(java.util.Locale.ROOT);
        }
        return ctx.scheme();
    }

    /** Whether the browser reached the desk over TLS: its cookies are then marked {@code Secure}. */
    public static boolean overTls(Context ctx) { return "https".equals(browserScheme(ctx)); }

    /** The sign-in page: its form carries a fresh token that must come back with the login cookie (double submit). */
    public record LoginPage(Viewer viewer, String csrf, String next, String name, String message, boolean signedOut) {}

    /** {@code GET /login}. */
    public void loginForm(Context ctx) {
        Session s = of(ctx);
        if (s.viewer().signedIn()) {
            Html.seeOther(ctx, "/");
            return;
        }
        showLogin(ctx, 200, s.viewer(), "", ctx.queryParam("signedOut") != null ? null : (s.ended() ? "Your session has ended: sign in again." : null),
                ctx.queryParam("signedOut") != null);
    }

    private void showLogin(Context ctx, int status, Viewer viewer, String name, String message, boolean signedOut) {
        String token = secret();
        Cookie c = new Cookie(LOGIN_COOKIE, token);
        c.setHttpOnly(true);
        c.setSecure(overTls(ctx));
        c.setSameSite(SameSite.STRICT);
        c.setPath("/login");
        ctx.cookie(c);
        Html.render(ctx, status, "login.jte", new LoginPage(viewer, token, safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")),
                name, message, signedOut));
    }

    /** {@code POST /login}: the same service, throttle and audit as {@code POST /api/v1/session}. */
    public void login(Context ctx) {
        Viewer anonymous = of(ctx).viewer();
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").trim();
        try {
            checkOrigin(ctx);
        } catch (Refused r) {
            showLogin(ctx, r.status, anonymous, name, r.getMessage(), false);
            return;
        }
        if (!constantTimeEquals(ctx.formParam(CSRF_FIELD), ctx.cookie(LOGIN_COOKIE))) {
            showLogin(ctx, 403, anonymous, name, "The sign-in form had expired: please sign in again.", false);
            return;
        }
        switch (access.login(name, ctx.formParam("password"), ctx.ip())) {
            case AccessService.Login.Started started -> {
                Cookie cookie = new Cookie(SESSION_COOKIE, started.sessionId());
                cookie.setHttpOnly(true);
                cookie.setSecure(overTls(ctx));
                cookie.setSameSite(SameSite.LAX);
                cookie.setPath("/");
                ctx.cookie(cookie);
                ctx.removeCookie(LOGIN_COOKIE, "/login");
                Html.seeOther(ctx, safeNext(ctx.formParam("next")));
            }
            case AccessService.Login.Refused refused -> showLogin(ctx, 401, anonymous, name, "Not signed in: " + refused.reason() + ".", false);
            case AccessService.Login.Throttled t -> {
                ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
                showLogin(ctx, 429, anonymous, name, "Too many failed sign-ins in a row: try again in " + t.retryAfterSeconds() + " s.", false);
            }
        }
    }

    /** {@code POST /logout}: ends the session (CSRF-checked, so no other site can sign a user out). */
    public void logout(Context ctx) {
        try {
            form(ctx);
        } catch (Refused r) {
            if (r.status == 401) {
                Html.seeOther(ctx, "/login");
                return;
            }
            Html.render(ctx, r.status, "message.jte", new MessagePage(of(ctx).viewer(), "Not signed out", r.getMessage(), List.of()));
            return;
        }
        access.logout(ctx.cookie(SESSION_COOKIE), ctx.formParam(CSRF_FIELD));
        ctx.removeCookie(SESSION_COOKIE, "/");
        Html.seeOther(ctx, "/login?signedOut");
    }

    /**
     * Only a path on this desk: never another host ("//evil", "https://..."), nor one a browser would read as another
     * host once it drops the tabs and line breaks a URL may not hold ("/&lt;TAB&gt;/evil" is followed as "//evil").
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/login")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return "/";
        return next;
    }

    private String secret() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null || a.isEmpty()) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
