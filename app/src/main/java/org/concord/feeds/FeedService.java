package org.concord.feeds;

import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.access.model.User;
import org.concord.journal.JournalService;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Unauthenticated;
import org.concord.shared.Violations;
import org.concord.shared.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Feed tokens and webhooks. Every call carries the acting principal: a feed token or a webhook belongs to the signed-in
 * user who made it, and acts with that user's rights as they stand each time it is used.
 */
public final class FeedService {
    private static final int MIN_SECRET = 16;
    private final Transactions tx;
    private final AccessService access;
    private final JournalService journal;
    private final Clock clock;
    private final SecureRandom random;

    public FeedService(Transactions tx, AccessService access, JournalService journal, Clock clock, SecureRandom random) {
        this.tx = tx;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
        this.random = random;
    }

    /** A new feed token: the secret is here and nowhere else. */
    public record IssuedFeedToken(String secret, FeedToken token) {}

    /** @throws Unauthenticated if {@code who} is not a signed-in user */
    private User signedIn(Principal who) {
        return access.activeUser(who.user()).filter(u -> !who.user().equals(AccessService.ANONYMOUS.user()))
                .orElseThrow(() -> new Unauthenticated("sign in or send a bearer token: feed tokens and webhooks belong to a user"));
    }

    public IssuedFeedToken issueFeedToken(Principal who, Optional<String> note) {
        User owner = signedIn(who);
        note.filter(n -> n.length() > 200).ifPresent(n -> { throw new InvalidInput("note", "must be at most 200 characters"); });
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = "cft_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = sha256(secret);
        FeedToken token = new FeedToken(hash.substring(0, 12), hash, owner.name().value(), note, clock.instant(), false);
        tx.inTransaction(t -> {
            t.repository(FeedTokens.class).insert(token);
            return null;
        });
        return new IssuedFeedToken(secret, token);
    }

    /** The principal's own feed tokens, newest first. */
    public List<FeedToken> feedTokens(Principal who) {
        User owner = signedIn(who);
        return tx.read(t -> t.repository(FeedTokens.class).ofOwner(owner.name().value()));
    }

    /** @throws NotFound if there is no such token or it is someone else's (an ADMIN may revoke any) */
    public FeedToken revokeFeedToken(Principal who, String id) {
        signedIn(who);
        return tx.inTransaction(t -> {
            FeedTokens tokens = t.repository(FeedTokens.class);
            FeedToken token = tokens.byId(id).filter(x -> x.owner().equals(who.user()) || access.may(who, ActionKind.MANAGE_USERS))
                    .orElseThrow(() -> new NotFound("feed token", id));
            tokens.revoke(id);
            return new FeedToken(token.id(), token.hash(), token.owner(), token.note(), token.created(), true);
        });
    }

    /** Whom a presented feed token reads as: its enabled owner, unless it is unknown or revoked. */
    public Optional<Principal> feedReader(String secret) {
        if (secret == null || !secret.startsWith("cft_")) return Optional.empty();
        return tx.read(t -> t.repository(FeedTokens.class).byHash(sha256(secret))).filter(tk -> !tk.revoked())
                .flatMap(tk -> access.activeUser(tk.owner())).map(User::principal);
    }

    /**
     * Registers a webhook for {@code who}. It receives only what happens from now on.
     *
     * @throws InvalidInput naming {@code url} (not http(s), or an internal address not allow-listed), {@code secret}
     *                      (shorter than 16 characters) or {@code events}
     */
    public Webhook registerWebhook(Principal who, String url, String secret, List<String> events) {
        User owner = signedIn(who);
        Violations v = new Violations();
        if (url == null) v.add("url", "is required");
        else Targets.refusal(url, this::allowed).ifPresent(r -> v.add("url", r));
        if (secret == null) v.add("secret", "is required");
        else if (secret.length() < MIN_SECRET) v.add("secret", "must be at least " + MIN_SECRET + " characters");
        List<String> types = events == null ? List.of() : events;
        for (int i = 0; i < types.size(); i++)
            if (types.get(i) == null || !types.get(i).matches("[A-Z][A-Za-z]{1,99}")) v.add("events[" + i + "]", "is not a journal event type, e.g. SilenceBroken");
        v.throwIfAny();
        long head = journal.head();
        Webhook w = new Webhook(0, owner.name().value(), url, secret, types, true, clock.instant(), head);
        long id = tx.inTransaction(t -> t.repository(Webhooks.class).insert(w));
        return new Webhook(id, w.owner(), w.url(), w.secret(), w.events(), true, w.created(), head);
    }

    /** The principal's webhooks (an ADMIN sees every one). */
    public List<Webhook> webhooks(Principal who) {
        signedIn(who);
        Optional<String> owner = access.may(who, ActionKind.MANAGE_USERS) ? Optional.empty() : Optional.of(who.user());
        return tx.read(t -> t.repository(Webhooks.class).list(owner));
    }

    private Webhook own(Principal who, long id) {
        signedIn(who);
        return tx.read(t -> t.repository(Webhooks.class).byId(id))
                .filter(w -> w.owner().equals(who.user()) || access.may(who, ActionKind.MANAGE_USERS))
                .orElseThrow(() -> new NotFound("webhook", Long.toString(id)));
    }

    /** Stops a webhook; its delivery log stays. */
    public Webhook disableWebhook(Principal who, long id) {
        Webhook w = own(who, id);
        tx.inTransaction(t -> {
            t.repository(Webhooks.class).disable(id);
            return null;
        });
        return new Webhook(w.id(), w.owner(), w.url(), w.secret(), w.events(), false, w.created(), w.lastSeq());
    }

    /** A webhook's delivery log, newest first. */
    public List<Delivery> deliveries(Principal who, long id) {
        own(who, id);
        return tx.read(t -> t.repository(Webhooks.class).deliveries(id));
    }

    /**
     * Allows webhooks to target {@code host} although it is in a loopback or private range (ADMIN).
     *
     * @throws org.concord.shared.Forbidden if {@code who} may not manage users
     */
    public Webhooks.AllowedHost allowHost(Principal who, String host) {
        access.require(who, ActionKind.MANAGE_USERS, Optional.empty());
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (!h.matches("[a-z0-9.:\\-\\[\\]]{1,255}")) throw new InvalidInput("host", "'" + host + "' is not a host name or address");
        Webhooks.AllowedHost allowed = new Webhooks.AllowedHost(h, who.user(), clock.instant());
        tx.inTransaction(t -> {
            if (!t.repository(Webhooks.class).allowed(h)) t.repository(Webhooks.class).allow(h, who.user(), allowed.addedAt());
            return null;
        });
        return allowed;
    }

    public List<Webhooks.AllowedHost> allowedHosts(Principal who) {
        access.require(who, ActionKind.MANAGE_USERS, Optional.empty());
        return tx.read(t -> t.repository(Webhooks.class).allowedHosts());
    }

    boolean allowed(String host) { return tx.read(t -> t.repository(Webhooks.class).allowed(host)); }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
