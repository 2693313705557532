package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.access.AccessService;
import org.concord.access.model.IssuedToken;
import org.concord.access.model.User;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.web.pages.Pages.Choice;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Administration (ADMIN): users listed, added, disabled and unlocked; bearer tokens created (the secret shown once),
 * listed and revoked; all through {@link AccessService}, as the API and the CLI do.
 */
public final class AdminDesk {
    private final DeskSession sessions;
    private final AccessService access;
    private final java.time.Clock clock;

    AdminDesk(DeskSession sessions, AccessService access, java.time.Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    public record UserRow(String name, String role, String nation, String clearance, boolean enabled, String created) {}

    /** A bearer token as listed: its id (the start of its hash), never its secret. */
    public record TokenRow(String id, String owner, String created, String expires, String state, boolean revocable) {}

    /** @param sent the fields of a refused new user (never its password), shown in the form again */
    public record AdminPage(Viewer viewer, List<UserRow> users, List<TokenRow> tokens, List<Choice> roles, List<Choice> clearances, String notice,
                            String token, List<String> errors, java.util.Map<String, String> sent) {

        /** What the refused new user had in {@code field}, or null. */
        public String sent(String field) { return sent.get(field); }

        /** Whether {@code c} is chosen: as the refused new user sent {@code field}, else as the form's default. */
        public boolean selected(String field, Choice c) {
            String v = sent.get(field);
            return v == null ? c.selected() : v.equals(c.value());
        }
    }

    /** {@code GET /admin}: the users (a non-administrator is told so; the service refuses and audits). */
    public void page(Context ctx) {
        var s = sessions.of(ctx);
        if (!s.viewer().signedIn()) {
            Html.seeOther(ctx, "/login?next=/admin");
            return;
        }
        String done = ctx.queryParam("done");
        String notice = done == null ? null : switch (done) {
            case "user" -> "User added.";
            case "disabled" -> "User disabled: their sessions are closed.";
            case "revoked" -> "Token revoked: it no longer signs anything in.";
            case "unlocked" -> "Sign-in locks lifted (" + DeskPages.blank(ctx.queryParam("cleared")) + " cleared).";
            default -> "Done.";
        };
        render(ctx, 200, s.principal(), s.viewer(), notice, null, List.of());
    }

    private void render(Context ctx, int status, Principal who, Viewer viewer, String notice, String token, List<String> errors) {
        render(ctx, status, who, viewer, notice, token, errors, java.util.Map.of());
    }

    private void render(Context ctx, int status, Principal who, Viewer viewer, String notice, String token, List<String> errors,
                        java.util.Map<String, String> sent) {
        List<User> users;
        try {
            users = access.users(who);
        } catch (Forbidden e) {
            Html.render(ctx, 403, "message.jte", new MessagePage(viewer, "Administration", "Only an administrator manages users and tokens.", List.of()));
            return;
        }
        java.time.Instant now = clock.instant();
        List<TokenRow> tokens = users.stream().flatMap(u -> access.tokens(who, u.name().value()).stream()).map(t -> new TokenRow(t.hash().shortId(),
                t.user().value(), Display.instant(t.created()), t.expires().map(Display::instant).orElse("never"),
                t.revoked() ? "revoked" : t.expiredAt(now) ? "expired" : "valid", !t.revoked())).toList();
        Html.render(ctx, status, "admin.jte", new AdminPage(viewer, users.stream().map(u -> new UserRow(u.name().value(), u.role().name(),
                        u.nation().map(Iso3::code).orElse("—"), u.clearance().name(), u.enabled(), u.created().toString().substring(0, 10))).toList(), tokens,
                Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).map(r -> new Choice(r.name(), Labels.words(r.name()), r == Role.READER)).toList(),
                access.ladder().markings().stream().map(m -> new Choice(m.name(), m.name(), m.name().equals("NATO UNCLASSIFIED"))).toList(),
                notice, token, errors, sent));
    }

    /** {@code POST /admin/users}. */
    public void addUser(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        try {
            String role = ItemDesk.param(ctx, "role"), nation = ItemDesk.param(ctx, "nation");
            Role r;
            try {
                r = Role.valueOf(role == null ? "" : role);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("role", "'" + role + "' is not a role");
            }
            Optional<Iso3> n;
            try {
                n = Optional.ofNullable(nation).map(x -> Iso3.of(x.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("nation", e.getMessage());
            }
            String password = ctx.formParam("password");
            if (password == null || password.isEmpty()) throw new InvalidInput("password", "is required");
            access.addUser(s.principal(), ItemDesk.param(ctx, "name"), r, n, Optional.ofNullable(ItemDesk.param(ctx, "clearance")), password);
            Html.seeOther(ctx, "/admin?done=user");
        } catch (InvalidInput e) {
            render(ctx, 400, s.principal(), s.viewer(), null, null, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), sentUser(ctx));
        } catch (Forbidden | org.concord.shared.Conflict e) {
            render(ctx, e instanceof Forbidden ? 403 : 409, s.principal(), s.viewer(), null, null, List.of(e.getMessage()), sentUser(ctx));
        }
    }

    /** A refused new user's fields to show again: name, role, nation and clearance, never the password. */
    private static java.util.Map<String, String> sentUser(Context ctx) {
        java.util.Map<String, String> sent = new java.util.HashMap<>();
        for (String f : List.of("name", "role", "nation", "clearance")) {
            String v = ctx.formParam(f);
            if (v != null) sent.put(f, v);
        }
        return java.util.Map.copyOf(sent);
    }

    /** {@code POST /admin/users/{name}/disable}. */
    public void disable(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        try {
            access.disable(s.principal(), ctx.pathParam("name"));
            Html.seeOther(ctx, "/admin?done=disabled");
        } catch (InvalidInput | NotFound | Forbidden e) {
            render(ctx, e instanceof Forbidden ? 403 : 400, s.principal(), s.viewer(), null, null, List.of(e.getMessage()));
        }
    }

    /** {@code POST /admin/users/{name}/unlock}: lifts every sign-in lock and count of the user, as {@code POST /api/v1/users/{name}/unlock}. */
    public void unlock(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        try {
            int cleared = access.unlock(s.principal(), ctx.pathParam("name"));
            Html.seeOther(ctx, "/admin?done=unlocked&cleared=" + cleared);
        } catch (InvalidInput | NotFound | Forbidden e) {
            render(ctx, e instanceof Forbidden ? 403 : 400, s.principal(), s.viewer(), null, null, List.of(e.getMessage()));
        }
    }

    /** {@code POST /admin/tokens/{id}/revoke}: as {@code DELETE /api/v1/tokens/{id}}. */
    public void revoke(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        try {
            access.revokeToken(s.principal(), ctx.pathParam("id"));
            Html.seeOther(ctx, "/admin?done=revoked");
        } catch (InvalidInput | NotFound | Forbidden e) {
            render(ctx, e instanceof Forbidden ? 403 : 400, s.principal(), s.viewer(), null, null, List.of(e.getMessage()));
        }
    }

    /** {@code POST /admin/tokens}: the secret is on this one answer only (never stored, never in a URL). */
    public void token(Context ctx) {
        DeskSession.Session s = form(ctx);
        if (s == null) return;
        try {
            String days = ItemDesk.param(ctx, "days");
            Optional<Integer> d;
            try {
                d = Optional.ofNullable(days).map(Integer::parseInt);
            } catch (NumberFormatException e) {
                throw new InvalidInput("days", "'" + days + "' is not a whole number");
            }
            if (d.isPresent() && d.get() < 1) throw new InvalidInput("days", "must be at least 1, got " + d.get());
            String owner = ItemDesk.param(ctx, "owner");
            IssuedToken t = access.createToken(s.principal(), owner == null ? s.viewer().name() : owner, d);
            render(ctx, 201, s.principal(), s.viewer(), "Token " + t.token().hash().shortId() + " created for " + t.token().user().value()
                    + t.token().expires().map(x -> ", expires " + Display.instant(x)).orElse(", no expiry") + ". Copy it now: it is not shown again.",
                    t.secret().value(), List.of());
        } catch (InvalidInput e) {
            render(ctx, 400, s.principal(), s.viewer(), null, null, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList());
        } catch (NotFound e) {
            render(ctx, 400, s.principal(), s.viewer(), null, null, List.of("owner: " + e.getMessage()));
        } catch (Forbidden e) {
            render(ctx, 403, s.principal(), s.viewer(), null, null, List.of(e.getMessage()));
        }
    }

    private DeskSession.Session form(Context ctx) {
        try {
            return sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Not done", r.getMessage(), List.of()));
            return null;
        }
    }
}
